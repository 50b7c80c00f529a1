import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { describe, useDialogError } from '../errors';

/** A dialog that asks before an action that cannot be undone (revoke, remove, rotate). */
export function Confirm({
  opened,
  title,
  children,
  action,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  action: string;
  busy: boolean;
  /** The action's last failure; said in the dialog if it came after the dialog opened. */
  error?: CombinedError;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const failure = useDialogError(opened, error);
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="md">
        <Text size="sm">{children}</Text>
        {failure && (
          <Alert color="red.9" variant="outline" role="alert" title="It did not work">
            {describe(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button color="red" loading={busy} onClick={onConfirm}>
            {action}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
