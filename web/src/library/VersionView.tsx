import { Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { LibraryVersionFragment } from '../gql/graphql';
import { FORMATS, label, SENIORITIES } from './labels';

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

const items = (list: readonly string[]) =>
  list.length ? (
    <List size="sm" spacing={2}>
      {list.map((item, i) => (
        <List.Item key={i}>{item}</List.Item>
      ))}
    </List>
  ) : (
    <Text size="sm" c="dimmed">
      None.
    </Text>
  );

/** A version's content: what the interviewer reads, and level expectations and examples. */
export function VersionContent({ version }: { version: LibraryVersionFragment }) {
  const levelName = (score: number) => {
    const level = version.scale.levels.find((l) => l.value === score);
    return level ? `${score} · ${level.label}` : String(score);
  };
  return (
    <section aria-labelledby="library-content">
      <Title order={2} size="h4" id="library-content" mb="sm">
        The question
      </Title>
      <Stack gap="md">
        <Part title="What it assesses">
          <Text size="sm">{version.purpose}</Text>
        </Part>
        <Part title="Guidance">
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {version.guidance || 'None.'}
          </Text>
        </Part>
        <Text size="sm">
          <b>Answer format:</b> {label(FORMATS, version.answerFormat)}
        </Text>
        <Group align="flex-start" grow gap="lg">
          <Part title="Follow-ups">{items(version.followUps)}</Part>
          <Part title="Strong signals">{items(version.strongSignals)}</Part>
          <Part title="Red flags">{items(version.redFlags)}</Part>
        </Group>
        <Part title="Level expectations (what a “Yes” looks like)">
          {version.levelExpectations.length ? (
            <Table withTableBorder variant="vertical" layout="fixed">
              <Table.Tbody>
                {version.levelExpectations.map((e) => (
                  <Table.Tr key={e.seniority}>
                    <Table.Th w={120} scope="row">
                      {label(SENIORITIES, e.seniority)}
                    </Table.Th>
                    <Table.Td>{e.expectation}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c="dimmed">
              None written.
            </Text>
          )}
        </Part>
        <Part title="Example answers">
          {version.exampleAnswers.length ? (
            <Stack gap={6}>
              {version.exampleAnswers.map((e, i) => (
                <Text key={i} size="sm">
                  <Badge color="indigo.9" variant="light" c="dark.8" mr={6}>
                    {levelName(e.score)}
                  </Badge>
                  {e.answer}
                </Text>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              None written.
            </Text>
          )}
        </Part>
      </Stack>
    </section>
  );
}

/** The rubric: each criterion with its competency, weight and an anchor for every level. */
export function RubricView({
  version,
  rated,
}: {
  version: LibraryVersionFragment;
  rated: boolean;
}) {
  const criteria = version.rubric.criteria;
  const total = criteria.reduce((n, c) => n + c.weight, 0);
  return (
    <section aria-labelledby="library-rubric">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="library-rubric">
          Rubric
        </Title>
        {rated && (
          <Badge
            color={version.rubric.complete ? 'green.9' : 'orange.9'}
            variant="light"
            c="dark.8"
          >
            {version.rubric.complete ? 'Complete' : 'Not written yet'}
          </Badge>
        )}
      </Group>
      {!rated ? (
        <Text size="sm" c="dimmed">
          A candidate question prepares the interviewer for what the candidate asks; it is never
          rated and has no rubric.
        </Text>
      ) : criteria.length === 0 ? (
        <Text size="sm">
          No criteria yet. Edit the question to write its rubric; it can be activated once every
          criterion has an anchor for each level.
        </Text>
      ) : (
        <Stack gap="sm">
          {criteria.map((c, i) => (
            <Card
              key={c.id}
              withBorder
              padding="sm"
              component="article"
              aria-labelledby={`criterion-${c.id}`}
            >
              <Group justify="space-between" align="flex-start" mb={4}>
                <Title order={3} size="h5" id={`criterion-${c.id}`}>
                  {i + 1}. {c.title}
                </Title>
                <Text size="sm">
                  {c.competency.name} · weight {c.weight}
                  {criteria.length > 1 ? ` (${Math.round((c.weight / total) * 100)} %)` : ''}
                </Text>
              </Group>
              {c.description && (
                <Text size="sm" c="dimmed" mb={6}>
                  {c.description}
                </Text>
              )}
              <Table withTableBorder layout="fixed" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={140}>Level</Table.Th>
                    <Table.Th>What the candidate did</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.anchors.map((a) => (
                    <Table.Tr key={a.level}>
                      <Table.Th scope="row" fw={500}>
                        {a.level} · {a.label}
                      </Table.Th>
                      <Table.Td>{a.text}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          ))}
        </Stack>
      )}
    </section>
  );
}
