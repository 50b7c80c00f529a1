import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { isText } from './fields';
import { fieldLabel, valueLabel } from './labels';
import type { Choice } from './merge';
import type { Kit } from './types';
import type { ConflictState } from './useDraft';

/**
 * The same scorecard was changed elsewhere: each answer both sides changed, with both values
 * and a choice. Until every one is settled nothing is saved, and nothing typed is lost.
 */
export function ConflictPanel({
  kit,
  conflict,
  settle,
}: {
  kit: Kit;
  conflict: ConflictState;
  settle(key: string, choice: Choice): void;
}) {
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title="This scorecard was changed in another tab or window"
      className="ik-controls"
    >
      <Stack gap="sm">
        <Text size="sm">
          Your changes are kept on this page and are not saved until you choose, for each answer
          below, which version to keep. Everything else was merged.
        </Text>
        {conflict.conflicts.map((c) => {
          const label = fieldLabel(kit, c.key);
          const text = isText(c.key);
          return (
            <Stack key={c.key} gap={4} component="section" aria-label={`Conflict: ${label}`}>
              <Text fw={600} size="sm">
                {label}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                <strong>Yours:</strong> {valueLabel(kit, c.key, c.mine)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                <strong>Other tab:</strong> {valueLabel(kit, c.key, c.theirs)}
              </Text>
              <Group gap="xs">
                <Button size="xs" onClick={() => settle(c.key, 'mine')}>
                  Keep mine
                </Button>
                <Button size="xs" variant="default" onClick={() => settle(c.key, 'theirs')}>
                  Use the other tab's
                </Button>
                {text && (
                  <Button size="xs" variant="default" onClick={() => settle(c.key, 'both')}>
                    Keep both texts
                  </Button>
                )}
              </Group>
            </Stack>
          );
        })}
        {conflict.conflicts.length > 1 && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => settle('*', 'mine')}>
              Keep all mine
            </Button>
            <Button size="xs" variant="light" onClick={() => settle('*', 'theirs')}>
              Use all of the other tab's
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
