import { AppShell, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router';
import { activeItem, navItems, sectionOf } from './nav';
import { ROLE_NAMES } from './roles';
import { signOut, type Viewer } from './session';

export function Shell({ viewer }: { viewer: Viewer }) {
  const location = useLocation();
  const items = navItems(viewer.role);
  const active = activeItem(items, location.pathname);
  const wide = sectionOf(location.pathname)?.wide === true;
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
        {/* The navigation keeps one width and place on every page (it moved sideways under the
            pointer between wide and reading pages); a reading page's column starts below it. */}
        <Stack maw={1320} mx="auto" gap="md">
          <nav aria-label="Main">
            {/* A row of links (not tabs: each opens a page); the current one is marked for
                sight and for screen readers (aria-current). */}
            <Group gap={4} pb={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              {items.map((item) => {
                const current = item === active;
                return (
                  <Button
                    key={item.to}
                    component={Link}
                    to={item.to}
                    size="sm"
                    variant={current ? 'light' : 'subtle'}
                    color={current ? undefined : 'dark'}
                    fw={current ? 700 : 500}
                    aria-current={current ? 'page' : undefined}
                  >
                    {item.label}
                  </Button>
                );
              })}
            </Group>
          </nav>
          <Box maw={wide ? undefined : 960} w="100%">
            <Outlet />
          </Box>
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
}
