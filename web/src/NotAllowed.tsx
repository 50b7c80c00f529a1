import { Alert, Button, Stack, Title } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ROLE_NAMES } from './roles';
import type { NavItem } from './nav';
import type { Viewer } from './session';

/** What a direct link to a section the viewer's role may not open shows, in words. */
export function NotAllowed({ section, viewer }: { section: NavItem; viewer: Viewer }) {
  const allowed = section.roles.map((role) => ROLE_NAMES[role] ?? role).join(', ');
  return (
    <Stack gap="md">
      <Title order={1}>Not allowed</Title>
      <Alert color="red.9" variant="outline" title={`${section.label} is not open to your role`}>
        You are signed in as {ROLE_NAMES[viewer.role] ?? viewer.role} in {viewer.tenant.name}.{' '}
        {section.label} is open to: {allowed}. Ask an admin of your team if you need it.
      </Alert>
      <Button component={Link} to="/interviews" variant="default" w="fit-content">
        Go to My interviews
      </Button>
    </Stack>
  );
}

/** A section's pages, loaded on demand, or the "not allowed" page for a role outside it. */
export function Section({
  section,
  viewer,
  fallback,
  children,
}: {
  section: NavItem;
  viewer: Viewer;
  fallback: ReactNode;
  children: ReactNode;
}) {
  if (!section.roles.includes(viewer.role)) return <NotAllowed section={section} viewer={viewer} />;
  return <Suspense fallback={fallback}>{children}</Suspense>;
}
