import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';
import type { CandidateDebriefQuery } from '../gql/graphql';
import { formatDateTime, formatDuration } from '../time';
import { explainFlag } from './flags';

export type Debrief = CandidateDebriefQuery['candidateDebrief'];
type Scorecard = Debrief['scorecards'][number];

// Red 9 and a green darker than Mantine's darkest (green 9 is 4.4:1 on white) keep the text
// at WCAG AA contrast, filled or outlined.
const GREEN = '#1e7a34';
export const RECOMMENDATIONS = [
  { key: 'strongNo', value: 'STRONG_NO', label: 'Strong no', color: 'red.9', variant: 'filled' },
  { key: 'no', value: 'NO', label: 'No', color: 'red.9', variant: 'outline' },
  { key: 'yes', value: 'YES', label: 'Yes', color: GREEN, variant: 'outline' },
  {
    key: 'strongYes',
    value: 'STRONG_YES',
    label: 'Strong yes',
    color: GREEN,
    variant: 'filled',
  },
] as const;

/** The flag colour: light orange with dark text (white on orange is below AA contrast). */
const FLAG = { color: 'orange.4', autoContrast: true, variant: 'filled' } as const;

/** A section of the debrief with its own heading (a region for screen readers). */
export function Section(props: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <Title order={2} size="h3" id={`${props.id}-title`} mb="xs">
        {props.title}
      </Title>
      {props.children}
    </section>
  );
}

/** "2 sealed scorecards are", "1 sealed scorecard is". */
const sealedCount = (n: number) => `${n} sealed scorecard${n === 1 ? ' is' : 's are'}`;

/**
 * Under a figure computed from the readable scorecards alone, while some are sealed: says the
 * figure leaves them out (nothing when none is sealed).
 */
export function ReadableOnly({ debrief }: { debrief: Debrief }) {
  if (!debrief.sealedScorecards) return null;
  return (
    <Text size="sm" mt="xs">
      Only the scorecards you can read count here: {sealedCount(debrief.sealedScorecards)} not
      included.
    </Text>
  );
}

export function Flags({ debrief }: { debrief: Debrief }) {
  if (!debrief.flags.length) {
    if (debrief.sealedScorecards) {
      return (
        <Text c="dimmed">
          No disagreement flagged among the scorecards you can read;{' '}
          {sealedCount(debrief.sealedScorecards)} not included.
        </Text>
      );
    }
    return <Text c="dimmed">No disagreement flagged.</Text>;
  }
  const names = {
    competency: (id: string) =>
      debrief.competencies.find((c) => c.competency.id === id)?.competency.name,
    author: (id: string) => debrief.scorecards.find((s) => s.id === id)?.interviewer.displayName,
  };
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {debrief.flags.map((flag, i) => {
        const text = explainFlag(flag, names);
        return (
          <Paper
            key={`${flag.code}-${i}`}
            component="li"
            withBorder
            p="sm"
            style={{ borderLeft: '4px solid var(--mantine-color-orange-6)' }}
          >
            <Text fw={700}>{text.title}</Text>
            <Text size="sm">{text.explanation}</Text>
          </Paper>
        );
      })}
    </Stack>
  );
}

export function Missing({ debrief }: { debrief: Debrief }) {
  if (!debrief.missing.length) return <Text c="dimmed">Every scorecard is in.</Text>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {debrief.missing.map((m) => (
        <Card key={m.scorecardId} component="li" withBorder padding="sm">
          <Group justify="space-between" gap="xs">
            <div>
              <Text fw={600}>{m.interviewer.displayName}</Text>
              <Text size="sm" c="dimmed">
                owes the scorecard for {m.interview.stage?.name ?? 'an interview'} · due{' '}
                {formatDateTime(m.dueAt)}
              </Text>
            </div>
            {m.overdueSeconds > 0 ? (
              <Badge color="red" variant="filled" size="lg">
                Overdue by {formatDuration(m.overdueSeconds * 1000)}
              </Badge>
            ) : (
              <Text size="sm">Not yet due</Text>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

export function Tally({ debrief }: { debrief: Debrief }) {
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {RECOMMENDATIONS.map((r) => (
          <Paper key={r.key} withBorder p="sm" ta="center">
            <Text size="xl" fw={700}>
              {debrief.recommendations[r.key]}
            </Text>
            <Text size="sm">{r.label}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <ReadableOnly debrief={debrief} />
    </>
  );
}

/**
 * The submitted scorecards the sealed-feedback policy hides from the reader until they submit
 * their own: how many, in words, and the way to the reader's own interview when it is one of
 * the debrief's missing scorecards.
 */
export function Sealed({ debrief, viewerId }: { debrief: Debrief; viewerId?: string }) {
  const n = debrief.sealedScorecards;
  if (!n) return null;
  const mine = debrief.missing.filter((m) => m.interviewer.id === viewerId);
  return (
    <Alert role="note" color="blue" variant="light" mb="sm">
      <Text size="sm">
        {n} submitted scorecard{n === 1 ? ' is' : 's are'} sealed until you submit your own
        scorecard for this candidate.
      </Text>
      {mine.map((m) => (
        <Anchor
          key={m.scorecardId}
          component={Link}
          to={`/interviews/${m.interview.id}`}
          size="sm"
          display="block"
          mt={4}
        >
          Write your scorecard for {m.interview.stage?.name ?? 'your interview'}
        </Anchor>
      ))}
    </Alert>
  );
}

/** The competency figures as the API gives them: the chart's text alternative. */
export function CompetencyTable({ debrief, id }: { debrief: Debrief; id: string }) {
  const fixed = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  return (
    // Five short columns fit a phone's width: no scroll container to reach by keyboard.
    <Table id={id} withTableBorder horizontalSpacing="xs" fz="sm">
      <Table.Caption>Scores per competency across the submitted scorecards</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Competency</Table.Th>
          <Table.Th scope="col">Scores</Table.Th>
          <Table.Th scope="col">Mean</Table.Th>
          <Table.Th scope="col">Range</Table.Th>
          <Table.Th scope="col">Spread</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {debrief.competencies.map((c) => (
          <Table.Tr
            key={c.competency.id}
            bg={c.disagreement ? 'var(--mantine-color-orange-0)' : undefined}
          >
            <Table.Th scope="row" fw={500}>
              {c.competency.name}
            </Table.Th>
            <Table.Td>{c.count}</Table.Td>
            <Table.Td>{fixed(c.mean)}</Table.Td>
            <Table.Td>
              {fixed(c.min)} to {fixed(c.max)}
            </Table.Td>
            <Table.Td>
              {fixed(c.spread)}
              {c.disagreement && <strong>, flagged</strong>}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function ScorecardCard({ card, top }: { card: Scorecard; top: number }) {
  const rec = RECOMMENDATIONS.find((r) => r.value === card.recommendation);
  const amendments = card.revisions.edges.map((e) => e.node).filter((r) => r.reason);
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={`${card.interviewer.displayName}'s scorecard`}
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <div>
          <Title order={3} size="h4">
            {card.interviewer.displayName}
          </Title>
          <Text size="sm" c="dimmed">
            {card.interview?.stage?.name ?? 'Another interview'}
            {card.submittedAt && ` · submitted ${formatDateTime(card.submittedAt)}`}
          </Text>
        </div>
        {rec ? (
          <Badge color={rec.color} variant={rec.variant} size="lg">
            {rec.label}
          </Badge>
        ) : (
          <Badge color="gray.8" variant="outline" size="lg">
            No recommendation
          </Badge>
        )}
      </Group>
      {card.amendedAfterReveal && (
        <Badge {...FLAG} mb="xs">
          Amended after reading others&apos; feedback
        </Badge>
      )}
      {card.competencyRatings.length > 0 && (
        <List size="sm" mb="xs" spacing={2}>
          {card.competencyRatings.map((r) => (
            <List.Item key={r.competency.id}>
              {r.competency.name}: <strong>{r.score}</strong> of {top}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {card.summary || 'No summary.'}
      </Text>
      {amendments.map((r) => (
        <Text key={r.number} size="sm" mt="xs" c="dimmed">
          Amended ({formatDateTime(r.createdAt)}): {r.reason}
        </Text>
      ))}
    </Card>
  );
}
