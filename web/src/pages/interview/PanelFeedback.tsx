import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../time';
import { fromScorecard, notesKey, ratingKey, valueOf } from './fields';
import { valueLabel } from './labels';
import { recommendationLabel, type Card, type Kit } from './types';

/** One other panel member's submitted scorecard, read-only and compact. */
export function OtherScorecard({ kit, card }: { kit: Kit; card: Card }) {
  const fields = fromScorecard(card);
  const titleId = `scorecard-${card.id}-title`;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={titleId}
      id={`scorecard-${card.id}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5" id={titleId}>
            {card.interviewer.displayName}
          </Title>
          <Group gap="xs">
            <Badge variant="light">{recommendationLabel(card.recommendation)}</Badge>
            {card.submittedAt && (
              <Text size="xs" c="dimmed">
                Submitted {formatDateTime(card.submittedAt)}
              </Text>
            )}
          </Group>
        </Group>
        {card.summary && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {card.summary}
          </Text>
        )}
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Question and criterion</Table.Th>
              <Table.Th scope="col">Rating</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kit.questions.flatMap((q, i) =>
              q.criteria.map((c) => {
                const key = ratingKey(q.stageQuestionId, c.id);
                return (
                  <Table.Tr key={key}>
                    <Table.Td>
                      Q{i + 1} · {c.title}
                    </Table.Td>
                    <Table.Td>{valueLabel(kit, key, valueOf(fields, key))}</Table.Td>
                  </Table.Tr>
                );
              }),
            )}
          </Table.Tbody>
        </Table>
        {kit.questions.map((q, i) => {
          const notes = String(valueOf(fields, notesKey(q.stageQuestionId)));
          return notes ? (
            <Text key={q.stageQuestionId} size="sm" style={{ whiteSpace: 'pre-line' }}>
              <strong>Notes on question {i + 1}:</strong> {notes}
            </Text>
          ) : null;
        })}
      </Stack>
    </Paper>
  );
}

/**
 * The panel's submitted scorecards the API lets this interviewer read. The API leaves sealed
 * ones out entirely, and so does this section: no count, no names, no placeholder.
 */
export function PanelFeedback({ kit, cards }: { kit: Kit; cards: Card[] }) {
  if (!cards.length) return null;
  return (
    <section aria-labelledby="panel-title" className="ik-panel">
      <Title order={2} size="h4" id="panel-title" mb="xs">
        Feedback from the panel
      </Title>
      <Stack gap="sm">
        {cards.map((card) => (
          <OtherScorecard key={card.id} kit={kit} card={card} />
        ))}
      </Stack>
    </section>
  );
}
