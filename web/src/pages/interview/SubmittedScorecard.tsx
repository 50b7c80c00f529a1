import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { formatDateTime } from '../../time';
import { amend } from './api';
import { fromScorecard, isEmptyPatch, placeErrors, toPatch, type Fields } from './fields';
import { Gaps } from './Gaps';
import { History } from './History';
import { Sheet } from './Sheet';
import type { Card, Kit } from './types';

/** A submitted scorecard: read-only, amendable with a reason, with its revisions. */
export function SubmittedScorecard({
  kit,
  card,
  onAmended,
}: {
  kit: Kit;
  card: Card;
  onAmended(card: Card): void;
}) {
  const client = useClient();
  const [editing, setEditing] = useState<Fields | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // The Amend button and the reason field take each other's place: the focus follows, so that
  // a keyboard user is not sent back to the top of the page (not on the first render).
  const amendButton = useRef<HTMLButtonElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing && !wasEditing.current) reasonField.current?.focus();
    if (!editing && wasEditing.current) amendButton.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);
  const base = fromScorecard(card);

  const send = async () => {
    if (!editing) return;
    if (!reason.trim()) {
      setErrors({
        reason: 'Give the reason for this amendment; the hiring team reads it in the debrief.',
      });
      return;
    }
    const patch = toPatch(base, editing);
    if (isEmptyPatch(patch)) {
      setErrors({ '': 'Nothing was changed: change an answer, or cancel.' });
      return;
    }
    setBusy(true);
    const answer = await amend(client, card.id, card.version, reason.trim(), patch);
    setBusy(false);
    if (answer.ok) {
      setEditing(null);
      setReason('');
      setErrors({});
      onAmended(answer.card);
    } else {
      const placed = placeErrors(answer.fields, patch);
      setErrors(Object.keys(placed).length ? placed : { '': answer.message });
    }
  };

  const { reason: reasonError, ...fieldErrorsOnly } = errors;
  return (
    <Stack gap="md">
      <Alert
        color="green"
        variant="light"
        title={editing ? 'Amending your scorecard' : 'Submitted'}
      >
        {editing
          ? 'Change what needs changing and give the reason; the earlier revision stays readable.'
          : `You submitted this scorecard on ${formatDateTime(card.submittedAt ?? card.updatedAt)}${
              (card.revision ?? 1) > 1 ? ` and amended it ${(card.revision ?? 1) - 1} time(s)` : ''
            }. It is read-only.`}
      </Alert>
      <Sheet
        kit={kit}
        fields={editing ?? base}
        errors={fieldErrorsOnly}
        readOnly={!editing}
        onChange={(key, value) => editing && setEditing({ ...editing, [key]: value })}
      />
      {Object.keys(fieldErrorsOnly).length > 0 && (
        <Gaps kit={kit} errors={fieldErrorsOnly} title="The amendment was not saved" />
      )}
      <Paper withBorder p="sm" className="ik-controls">
        {editing ? (
          <Stack gap="sm">
            <Textarea
              ref={reasonField}
              id="reason"
              label="Reason for the amendment"
              required
              autosize
              minRows={2}
              maxLength={2000}
              value={reason}
              error={reasonError}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group gap="sm">
              <Button onClick={() => void send()} loading={busy}>
                Submit amendment
              </Button>
              <Button variant="default" onClick={() => (setEditing(null), setErrors({}))}>
                Cancel
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="space-between">
            <Text size="sm">Something to correct or add?</Text>
            <Button ref={amendButton} variant="default" onClick={() => setEditing(base)}>
              Amend
            </Button>
          </Group>
        )}
      </Paper>
      <History card={card} />
    </Stack>
  );
}
