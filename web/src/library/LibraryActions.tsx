import { Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { canImportPacks } from './taxonomy';

/** New question for every editor; pack import for admins, explained to recruiters. */
export function LibraryActions() {
  const admin = canImportPacks();
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="sm">
        {admin ? (
          <Button component={Link} to="/library/import" variant="default">
            Import a pack
          </Button>
        ) : (
          <Button variant="default" disabled aria-describedby="library-import-why">
            Import a pack
          </Button>
        )}
        <Button component={Link} to="/library/new">
          New question
        </Button>
      </Group>
      {!admin && (
        <Text id="library-import-why" size="xs" c="dimmed">
          Only admins import packs: ask one of your team&apos;s admins.
        </Text>
      )}
    </Stack>
  );
}
