import { AppShell, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router';
import { signOut, type Viewer } from './session';

const ROLE_NAMES: Record<string, string> = {
  ADMIN: 'Admin',
  RECRUITER: 'Recruiter',
  HIRING_MANAGER: 'Hiring manager',
  INTERVIEWER: 'Interviewer',
};

export function Shell({ viewer }: { viewer: Viewer }) {
  const location = useLocation();
  return (
    <AppShell header={{ height: 64 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h4">
              Interview Kit
            </Title>
            <Text c="dimmed" size="sm" truncate>
              {viewer.tenant.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="sm">
              <Text size="sm" fw={500}>
                {viewer.user.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {ROLE_NAMES[viewer.role] ?? viewer.role} · {viewer.tenant.name}
              </Text>
            </Stack>
            <Button variant="default" size="sm" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Stack maw={960} mx="auto" gap="md">
          <nav aria-label="Main">
            <Group gap="xs">
              <NavLink
                component={Link}
                to="/interviews"
                label="My interviews"
                active={location.pathname.startsWith('/interviews')}
                w="auto"
                variant="light"
              />
            </Group>
          </nav>
          <Outlet />
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
}
