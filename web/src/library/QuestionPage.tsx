import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describe } from '../errors';
import {
  LibraryActivateQuestionDocument,
  LibraryArchiveQuestionDocument,
  LibraryQuestionDocument,
  LibraryQuestionVersionsDocument,
  type LibraryQuestionFieldsFragment,
} from '../gql/graphql';
import { formatDateTime } from '../time';
import { label, SENIORITIES, STATUS_COLORS, STATUSES, TYPES } from './labels';
import { useTaxonomy } from './taxonomy';
import { VersionDiff } from './VersionDiff';
import { RubricView, VersionContent } from './VersionView';

/** Where "Library" leads back to: the list as the viewer left it (filters and page). */
export function useListAddress(): string {
  const from = (useLocation().state as { from?: string } | null)?.from;
  return from ?? '/library';
}

/** A question: its current version and rubric, its history and a diff of any two versions. */
export function QuestionPage() {
  const { id = '' } = useParams();
  const back = useListAddress();
  const [{ data, error, fetching }] = useQuery({
    query: LibraryQuestionDocument,
    variables: { id },
  });
  const question = data?.question;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={back} size="sm">
        ← Library
      </Anchor>
      {error && (
        <Alert color="red" variant="filled" role="alert" title="Could not load the question">
          {describe(error)}
        </Alert>
      )}
      {fetching && !question && <Loader aria-label="Loading the question" />}
      {question && <QuestionDetail question={question} back={back} />}
    </Stack>
  );
}

function QuestionDetail({
  question,
  back,
}: {
  question: LibraryQuestionFieldsFragment;
  back: string;
}) {
  const v = question.currentVersion;
  const rated = question.type !== 'CANDIDATE_QUESTION';
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {question.category.name} · version {v.number}
          {question.packKey ? ` · from the pack ${question.packKey}` : ''}
        </Text>
        <Title order={1} size="h3">
          {v.prompt}
        </Title>
        <Group gap={6}>
          <Badge color={STATUS_COLORS[question.status]} variant="light" c="dark.8">
            {label(STATUSES, question.status)}
          </Badge>
          <Badge color="gray.8" variant="outline">
            {label(TYPES, question.type)}
          </Badge>
          <Text size="sm">
            {question.seniority.map((s) => label(SENIORITIES, s)).join(', ')} ·{' '}
            {question.estimatedMinutes} min
            {question.tags.length ? ` · tags: ${question.tags.join(', ')}` : ''}
          </Text>
        </Group>
        <StatusActions question={question} back={back} />
      </Stack>
      <VersionContent version={v} />
      <RubricView version={v} rated={rated} />
      {/* A new version starts the history over from its first page. */}
      <History key={question.versions.edges[0]?.node.id} question={question} />
    </Stack>
  );
}

function StatusActions({
  question,
  back,
}: {
  question: LibraryQuestionFieldsFragment;
  back: string;
}) {
  const [activation, activate] = useMutation(LibraryActivateQuestionDocument);
  const [archival, archive] = useMutation(LibraryArchiveQuestionDocument);
  const rated = question.type !== 'CANDIDATE_QUESTION';
  const ready = !rated || question.currentVersion.rubric.complete;
  const failure = activation.error ?? archival.error;
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <Button
          component={Link}
          to={`/library/${question.id}/edit`}
          state={{ from: back }}
          variant="default"
        >
          Edit
        </Button>
        {question.status !== 'ACTIVE' && (
          <Button
            onClick={() => void activate({ id: question.id })}
            loading={activation.fetching}
            disabled={!ready}
            aria-describedby={ready ? undefined : 'library-activate-why'}
          >
            Activate
          </Button>
        )}
        {question.status !== 'ARCHIVED' && (
          <Button
            variant="default"
            onClick={() => void archive({ id: question.id })}
            loading={archival.fetching}
          >
            Archive
          </Button>
        )}
      </Group>
      {!ready && question.status !== 'ACTIVE' && (
        <Text id="library-activate-why" size="sm" c="dimmed">
          Activating needs a rubric: at least one criterion, with an anchor for every level.
        </Text>
      )}
      {question.status === 'ARCHIVED' && (
        <Text size="sm" c="dimmed">
          Archived: loops keep the versions they pinned; it is offered for no new loop.
        </Text>
      )}
      {failure && (
        <Alert color="red" variant="filled" role="alert" title="Not changed">
          {describe(failure)}
        </Alert>
      )}
    </Stack>
  );
}

type VersionRow = LibraryQuestionFieldsFragment['versions']['edges'][number]['node'];

/**
 * The question's versions, newest first: the first page came with the question; "Show more"
 * adds the older ones a page at a time.
 */
function useVersions(question: LibraryQuestionFieldsFragment) {
  // The older pages already shown, and the cursor of the one loading.
  const [shown, setShown] = useState<{ after: string; rows: VersionRow[] } | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: LibraryQuestionVersionsDocument,
    variables: { id: question.id, after: shown?.after ?? '' },
    pause: !shown,
  });
  const loaded = shown ? data?.question.versions : undefined;
  const versions = [
    ...question.versions.edges.map((e) => e.node),
    ...(shown?.rows ?? []),
    ...(loaded?.edges.map((e) => e.node) ?? []),
  ];
  const pageInfo = shown ? loaded?.pageInfo : question.versions.pageInfo;
  const next = pageInfo?.hasNextPage ? pageInfo.endCursor : null;
  const older = versions.slice(question.versions.edges.length);
  const more = next ? () => setShown({ after: next, rows: older }) : null;
  return { versions, more, loading: fetching, error };
}

function History({ question }: { question: LibraryQuestionFieldsFragment }) {
  const taxonomy = useTaxonomy();
  const { versions, more, loading, error } = useVersions(question);
  // The viewer's choice, else the two newest (the list grows after an edit: defaults follow it).
  const [toChoice, setTo] = useState<string | null>(null);
  const [fromChoice, setFrom] = useState<string | null>(null);
  const byId = (id: string | null) => versions.find((x) => x.id === id);
  const to = byId(toChoice)?.id ?? versions[0]?.id ?? '';
  const from = byId(fromChoice)?.id ?? versions[1]?.id ?? '';
  const options = versions.map((x) => ({ value: x.id, label: `Version ${x.number}` }));
  const a = byId(from);
  const b = byId(to);
  return (
    <section aria-labelledby="library-history">
      <Title order={2} size="h4" id="library-history" mb="sm">
        Version history
      </Title>
      <Table withTableBorder layout="fixed" mb="lg" aria-labelledby="library-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>Version</Table.Th>
            <Table.Th>Written</Table.Th>
            <Table.Th>By</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((x, i) => (
            <Table.Tr key={x.id}>
              <Table.Td>
                {x.number}
                {i === 0 ? ' (current)' : ''}
              </Table.Td>
              <Table.Td>{formatDateTime(x.createdAt)}</Table.Td>
              <Table.Td>
                {x.author?.displayName ?? (x.source === 'PACK' ? 'Pack import' : 'Unknown')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {error && (
        <Alert
          color="red"
          variant="filled"
          role="alert"
          title="Could not load older versions"
          mb="sm"
        >
          {describe(error)}
        </Alert>
      )}
      {more && (
        <Button
          variant="default"
          size="xs"
          mb="lg"
          loading={loading}
          onClick={more}
          aria-label="Show more versions"
        >
          Show more
        </Button>
      )}
      <Title order={3} size="h5" mb="xs">
        Compare two versions
      </Title>
      {versions.length < 2 ? (
        <Text size="sm" c="dimmed">
          There is one version so far; each edit adds one, and any two can be compared here.
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap="sm">
            <Select
              label="From version"
              data={options}
              value={from}
              onChange={(x) => x && setFrom(x)}
              allowDeselect={false}
              w={160}
            />
            <Select
              label="To version"
              data={options}
              value={to}
              onChange={(x) => x && setTo(x)}
              allowDeselect={false}
              w={160}
            />
          </Group>
          {a && b && a.id !== b.id ? (
            <VersionDiff
              from={a}
              to={b}
              levels={taxonomy.levels}
              competencyName={(id) => taxonomy.competencies.find((c) => c.id === id)?.name}
            />
          ) : (
            <Text size="sm" c="dimmed">
              Choose two different versions.
            </Text>
          )}
        </Stack>
      )}
    </section>
  );
}
