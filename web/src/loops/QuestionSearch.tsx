import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { describe } from '../errors';
import { AddStageQuestionDocument, LoopQuestionSearchDocument } from '../gql/graphql';
import type { BuilderTools } from './LoopBuilder';
import { useCompetencyOptions } from './LoopDetailsForm';
import { errorFor, pinElementId } from './coverage';
import type { LoopStage } from './types';

/** The search's passage with its <mark> matches as elements (never as HTML). */
export function Highlighted({ text }: { text: string }) {
  const parts: ReactNode[] = text
    .split(/(<mark>.*?<\/mark>)/g)
    .map((part, i) =>
      part.startsWith('<mark>') ? <mark key={i}>{part.slice(6, -7)}</mark> : part,
    );
  return <>{parts}</>;
}

/** A time budget the API accepts (1 to 240 minutes) from a question's estimate. */
const budgetOf = (minutes: number) => Math.min(240, Math.max(1, minutes || 10));

/** The library's active questions, searched, each added to the chosen stage in one click. */
export function QuestionSearch({ stage, tools }: { stage: LoopStage; tools: BuilderTools }) {
  const competencies = useCompetencyOptions();
  const [search, setSearch] = useState('');
  const [competencyId, setCompetencyId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const variables = { search: search || undefined, competencyId: competencyId ?? undefined };
  const [{ data, fetching, error, operation }] = useQuery({
    query: LoopQuestionSearchDocument,
    variables,
  });
  // While a new search loads, urql keeps the previous answer on screen: it is said to be the
  // previous one's, never labelled with the words just typed.
  const answered = operation?.variables as typeof variables | undefined;
  const current =
    answered?.search === variables.search && answered?.competencyId === variables.competencyId;
  const pinned = new Set(stage.questions.map((q) => q.questionVersion.questionId));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get('search') ?? '').trim());
  }

  async function add(questionId: string, minutes: number) {
    const outcome = await tools.act(AddStageQuestionDocument, {
      input: {
        stageId: stage.id,
        questionId,
        timeBudgetMinutes: budgetOf(minutes),
        required: true,
      },
    });
    if (!outcome.ok) return setErrors(outcome.fields);
    setErrors({});
    tools.announce(`Question added to ${stage.name}.`);
    tools.focusAfterReload(pinElementId(outcome.data.addStageQuestion.id));
  }

  const focus = stage.focusCompetencies.map((c) => c.id);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="question-search-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="question-search-title">
          Add questions to {stage.name}
        </Title>
        <form onSubmit={submit} role="search" aria-label="Questions of the library">
          <Group align="flex-end" gap="xs">
            <TextInput
              id="question-search-input"
              name="search"
              label="Search the library"
              placeholder="e.g. index, outage, feedback"
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="default">
              Search
            </Button>
          </Group>
        </form>
        <Select
          label="Assesses"
          placeholder="Any competency"
          data={competencies.map((c) => ({
            ...c,
            label: focus.includes(c.value) ? `${c.label} (focus of this stage)` : c.label,
          }))}
          value={competencyId}
          onChange={setCompetencyId}
          clearable
          searchable
        />
        {(errors[''] ||
          errorFor(errors, 'questionId') ||
          errorFor(errors, 'timeBudgetMinutes')) && (
          <Alert color="red" role="alert">
            {[errors[''], errorFor(errors, 'questionId'), errorFor(errors, 'timeBudgetMinutes')]
              .filter(Boolean)
              .join(' ')}
          </Alert>
        )}
        {error && <Alert color="red">{describe(error)}</Alert>}
        {!data && fetching && <Loader size="sm" aria-label="Searching" />}
        {data && (
          <Text size="sm" c="dimmed" role="status">
            {!current
              ? 'Searching…'
              : `${data.questions.totalCount} active ${data.questions.totalCount === 1 ? 'question' : 'questions'}` +
                (search
                  ? ` ${data.questions.totalCount === 1 ? 'matches' : 'match'} “${search}”`
                  : '') +
                (data.questions.totalCount > data.questions.edges.length
                  ? `; the first ${data.questions.edges.length} shown`
                  : '')}
          </Text>
        )}
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          aria-label="Search results"
          aria-busy={!current}
          style={{ opacity: current ? 1 : 0.6 }}
        >
          {data?.questions.edges.map(({ node, highlight }) => {
            const names = [
              ...new Set(node.currentVersion.rubric.criteria.map((c) => c.competency.name)),
            ];
            const already = pinned.has(node.id);
            return (
              <Paper key={node.id} component="li" withBorder p="xs" style={{ listStyle: 'none' }}>
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {node.currentVersion.prompt}
                  </Text>
                  {highlight && (
                    <Text size="xs" c="dimmed">
                      <Highlighted text={highlight} />
                    </Text>
                  )}
                  <Group gap={6} justify="space-between">
                    <Group gap={6}>
                      {names.map((name) => (
                        <Badge key={name} variant="light" size="sm">
                          {name}
                        </Badge>
                      ))}
                      <Text size="xs" c="dimmed">
                        about {node.estimatedMinutes} min
                      </Text>
                    </Group>
                    <Button
                      size="compact-sm"
                      variant={already ? 'subtle' : 'light'}
                      aria-label={`Add “${node.currentVersion.prompt}” to ${stage.name}`}
                      onClick={() => void add(node.id, node.estimatedMinutes)}
                    >
                      {already ? 'Add again' : 'Add'}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
