import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { describe } from '../errors';
import { LibraryQuestionsDocument, type LibraryQuestionsQueryVariables } from '../gql/graphql';
import {
  browseParams,
  hasFilters,
  nextPage,
  pageNumber,
  parseBrowse,
  previousPage,
  queryVariables,
  rangeText,
  withFilter,
  type BrowseState,
  type FilterKey,
} from './browse-state';
import { CategoryTree } from './CategoryTree';
import { Highlight } from './Highlight';
import { LibraryActions } from './LibraryActions';
import { label, options, SENIORITIES, STATUS_COLORS, STATUSES, TYPES } from './labels';
import { useTaxonomy } from './taxonomy';

/** The library: category tree, filters and search, a page of questions; all in the address. */
export function BrowsePage() {
  const [params, setParams] = useSearchParams();
  const state = parseBrowse(params);
  const go = (next: BrowseState) => setParams(browseParams(next));
  const taxonomy = useTaxonomy();
  const [{ data, error, fetching }] = useQuery({
    query: LibraryQuestionsDocument,
    // Enum filters go as the address has them; a wrong one is the API's error, shown below.
    variables: queryVariables(state) as LibraryQuestionsQueryVariables,
  });
  const page = pageNumber(state);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [page]);

  const edges = data?.questions.edges ?? [];
  const filter = (key: FilterKey) => (value: string | null) =>
    go(withFilter(state, key, value ?? ''));
  const searching = !!state.filters.q;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Library
          </Title>
          <Text size="sm" c="dimmed">
            Every question with its rubric. Search, filter, open one to read or edit it.
          </Text>
        </div>
        <LibraryActions />
      </Group>
      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <CategoryTree roots={taxonomy.roots} state={state} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md">
            <SearchForm state={state} onSubmit={go} />
            <Group gap="sm" align="flex-end">
              <Select
                label="Type"
                placeholder="Any type"
                data={options(TYPES)}
                value={state.filters.type ?? null}
                onChange={filter('type')}
                clearable
                w={170}
              />
              <Select
                label="Seniority"
                placeholder="Any level"
                data={options(SENIORITIES)}
                value={state.filters.seniority ?? null}
                onChange={filter('seniority')}
                clearable
                w={140}
              />
              <Select
                label="Competency"
                placeholder="Any competency"
                data={taxonomy.competencies.map((c) => ({ value: c.id, label: c.name }))}
                value={state.filters.competency ?? null}
                onChange={filter('competency')}
                searchable
                clearable
                w={210}
              />
              <Select
                label="Status"
                placeholder="Any status"
                data={options(STATUSES)}
                value={state.filters.status ?? null}
                onChange={filter('status')}
                clearable
                w={130}
              />
              {hasFilters(state) && (
                <Button variant="subtle" onClick={() => go({ filters: {}, trail: [] })}>
                  Clear filters
                </Button>
              )}
            </Group>
            {(error || taxonomy.error) && (
              <Alert color="red" variant="filled" role="alert" title="Could not load the library">
                {describe((error ?? taxonomy.error)!)}
              </Alert>
            )}
            <section aria-labelledby="library-results">
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4" id="library-results">
                  {searching ? 'Best matches' : 'Questions'}
                </Title>
                {data && (
                  <Text size="sm" c="dimmed" aria-live="polite">
                    {rangeText(state, edges.length, data.questions.totalCount)}
                  </Text>
                )}
              </Group>
              {fetching && !data ? (
                <Loader aria-label="Loading questions" />
              ) : edges.length ? (
                <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                  {edges.map(({ node, highlight }) => (
                    <Card key={node.id} component="li" withBorder padding="sm">
                      <Stack gap={6}>
                        <Anchor
                          component={Link}
                          to={`/library/${node.id}`}
                          state={{ from: `/library?${params}` }}
                          fw={600}
                          lineClamp={2}
                        >
                          {node.currentVersion.prompt}
                        </Anchor>
                        {highlight && <Highlight passage={highlight} />}
                        <Group gap={6}>
                          <Badge color={STATUS_COLORS[node.status]} variant="light" c="dark.8">
                            {label(STATUSES, node.status)}
                          </Badge>
                          <Badge color="gray.8" variant="outline">
                            {label(TYPES, node.type)}
                          </Badge>
                          {node.type !== 'CANDIDATE_QUESTION' &&
                            !node.currentVersion.rubric.complete && (
                              <Badge color="orange.9" variant="light" c="dark.8">
                                No rubric yet
                              </Badge>
                            )}
                          <Text size="xs" c="dimmed">
                            {node.category.name} ·{' '}
                            {node.seniority.map((s) => label(SENIORITIES, s)).join(', ')} ·{' '}
                            {node.estimatedMinutes} min · version {node.currentVersion.number}
                            {node.tags.length ? ` · ${node.tags.join(', ')}` : ''}
                          </Text>
                        </Group>
                      </Stack>
                    </Card>
                  ))}
                </Stack>
              ) : (
                <Text c="dimmed">
                  {hasFilters(state)
                    ? 'No question matches these filters.'
                    : 'The library is empty: create a question or import a pack.'}
                </Text>
              )}
            </section>
            {data && (page > 1 || data.questions.pageInfo.hasNextPage) && (
              <Group component="nav" aria-label="Pages" gap="sm">
                <Button
                  variant="default"
                  disabled={page === 1}
                  onClick={() => go(previousPage(state))}
                >
                  Previous page
                </Button>
                <Text size="sm">Page {page}</Text>
                <Button
                  variant="default"
                  disabled={!data.questions.pageInfo.hasNextPage}
                  onClick={() => go(nextPage(state, data.questions.pageInfo.endCursor!))}
                >
                  Next page
                </Button>
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Words and a tag, applied together on submit (one history entry per search, not per key). */
function SearchForm({
  state,
  onSubmit,
}: {
  state: BrowseState;
  onSubmit: (next: BrowseState) => void;
}) {
  const [q, setQ] = useState(state.filters.q ?? '');
  const [tag, setTag] = useState(state.filters.tag ?? '');
  // Back and forward change the address: the boxes follow it.
  useEffect(() => {
    setQ(state.filters.q ?? '');
  }, [state.filters.q]);
  useEffect(() => {
    setTag(state.filters.tag ?? '');
  }, [state.filters.tag]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(withFilter(withFilter(state, 'q', q), 'tag', tag));
  };
  return (
    <form role="search" aria-label="Library" onSubmit={submit}>
      <Group gap="sm" align="flex-end">
        <TextInput
          label="Search the library"
          description="Words from the prompt, what it assesses, guidance or tags"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
        />
        <TextInput
          label="Tag"
          value={tag}
          onChange={(e) => setTag(e.currentTarget.value)}
          w={150}
        />
        <Button type="submit">Search</Button>
      </Group>
    </form>
  );
}
