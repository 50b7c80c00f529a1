import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useClient } from 'urql';
import { submit } from './api';
import { ConflictPanel } from './ConflictPanel';
import { changedKeys, fromScorecard, isText, placeErrors } from './fields';
import { Gaps } from './Gaps';
import { fieldLabel, gapMessage } from './labels';
import { SaveStatus } from './SaveStatus';
import { Sheet } from './Sheet';
import type { Card, Kit } from './types';
import { useDraft } from './useDraft';

const levelKeys = (kit: Kit) => {
  const values = kit.scale.levels.map((l) => l.value);
  return values.length ? `${Math.min(...values)}–${Math.max(...values)}` : 'a number';
};

/** The interviewer's own draft: saved as they go, submitted when complete. */
export function DraftScorecard({
  kit,
  card,
  onSubmitted,
}: {
  kit: Kit;
  card: Card;
  onSubmitted(card: Card): void;
}) {
  const client = useClient();
  const draft = useDraft(card);
  const [gaps, setGaps] = useState<Record<string, string> | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = {
    ...(draft.status.kind === 'invalid' ? draft.status.errors : {}),
    ...(gaps ?? {}),
  };

  const onSubmit = async () => {
    setBusy(true);
    try {
      await draft.saver.flush();
      if (draft.saver.status.kind !== 'saved') return;
      const answer = await submit(client, card.id, draft.saver.version);
      if (answer.ok) {
        draft.saver.reset(fromScorecard(answer.card), answer.card.version);
        onSubmitted(answer.card);
      } else {
        const placed = Object.fromEntries(
          Object.entries(placeErrors(answer.fields)).map(([k, m]) => [k, gapMessage(k, m)]),
        );
        setGaps(Object.keys(placed).length ? placed : { '': answer.message });
      }
    } finally {
      setBusy(false);
    }
  };

  if (draft.submittedElsewhere) {
    const lost = changedKeys(fromScorecard(draft.submittedElsewhere), draft.saver.local).filter(
      (k) => isText(k),
    );
    return (
      <Alert
        color="orange"
        role="alert"
        title="This scorecard was submitted from another tab or window"
      >
        <Stack gap="sm">
          <Text size="sm">
            Reload the page to see it. What you typed here and had not saved is below: copy it into
            an amendment if you need it.
          </Text>
          {lost.map((k) => (
            <Textarea
              key={k}
              label={fieldLabel(kit, k)}
              readOnly
              autosize
              value={String(draft.saver.local[k] ?? '')}
            />
          ))}
          <Button onClick={() => window.location.reload()}>Reload</Button>
        </Stack>
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      {draft.conflict && (
        <ConflictPanel kit={kit} conflict={draft.conflict} settle={draft.settle} />
      )}
      {draft.notice && !draft.conflict && (
        <Alert color="blue" variant="light" className="ik-controls">
          {draft.notice}
        </Alert>
      )}
      <Text size="sm" c="dimmed" className="ik-controls">
        Your draft saves itself as you type. To rate from the keyboard, Tab to a criterion and press{' '}
        {levelKeys(kit)} for a level or N for “Not assessed”; the arrow keys move between the
        choices.
      </Text>
      <Sheet
        kit={kit}
        fields={draft.fields}
        errors={errors}
        readOnly={false}
        onChange={(key, value) => {
          // A gap the interviewer just filled is no longer listed.
          if (gaps?.[key]) {
            const rest = Object.fromEntries(Object.entries(gaps).filter(([k]) => k !== key));
            setGaps(Object.keys(rest).length ? rest : null);
          }
          draft.change(key, value);
        }}
      />
      {gaps && <Gaps kit={kit} errors={gaps} title="The scorecard is not complete" />}
      <Paper withBorder p="sm" className="ik-bar ik-controls">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <SaveStatus status={draft.status} />
          <Button onClick={() => void onSubmit()} loading={busy} disabled={!!draft.conflict}>
            Submit scorecard
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
