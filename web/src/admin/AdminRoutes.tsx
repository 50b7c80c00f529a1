import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApiKeysPage } from './ApiKeysPage';
import { AuditPage } from './AuditPage';
import { MembersPage } from './MembersPage';
import { SettingsPage } from './SettingsPage';
import { WebhooksPage } from './WebhooksPage';

/** The administration pages, in the order the sub-navigation shows them. */
const PAGES = [
  { path: 'members', label: 'Members', element: <MembersPage /> },
  { path: 'settings', label: 'Settings', element: <SettingsPage /> },
  { path: 'api-keys', label: 'API keys', element: <ApiKeysPage /> },
  { path: 'webhooks', label: 'Webhooks', element: <WebhooksPage /> },
  { path: 'audit', label: 'Audit log', element: <AuditPage /> },
] as const;

/** Administration (admins only, guarded by the app's Section): one page per concern. */
export default function AdminRoutes() {
  const { pathname } = useLocation();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Administration
        </Title>
        <Text size="sm" c="dimmed">
          Your team’s members, settings and integrations.
        </Text>
      </div>
      <nav aria-label="Administration">
        <Group gap={4}>
          {PAGES.map((page) => {
            const current = pathname.startsWith(`/admin/${page.path}`);
            return (
              <Button
                key={page.path}
                component={Link}
                to={`/admin/${page.path}`}
                size="xs"
                variant={current ? 'filled' : 'default'}
                aria-current={current ? 'page' : undefined}
              >
                {page.label}
              </Button>
            );
          })}
        </Group>
      </nav>
      <Routes>
        <Route index element={<Navigate to="members" replace />} />
        {PAGES.map((page) => (
          <Route key={page.path} path={page.path} element={page.element} />
        ))}
        <Route path="*" element={<Navigate to="members" replace />} />
      </Routes>
    </Stack>
  );
}
