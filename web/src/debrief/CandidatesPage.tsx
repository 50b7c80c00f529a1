import { Alert, Anchor, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describe } from '../errors';
import { CandidatesDocument } from '../gql/graphql';
import { formatDateTime } from '../time';

/** Candidates the viewer may read (the API decides which), each opening its debrief. */
export default function CandidatesPage() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [{ data, error, fetching }] = useQuery({
    query: CandidatesDocument,
    variables: { search: debounced || null },
  });
  const rows = data?.candidates.edges.map((e) => e.node) ?? [];
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Candidates
        </Title>
        <Text size="sm" c="dimmed">
          Open a candidate to read the debrief.
        </Text>
      </div>
      <TextInput
        label="Search by name"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={360}
      />
      {error && (
        <Alert color="red" variant="filled" role="alert" title="Could not load the candidates">
          {describe(error)}
        </Alert>
      )}
      {fetching && !data ? (
        <Loader aria-label="Loading candidates" />
      ) : rows.length ? (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {rows.map((c) => {
            const last = c.interviews.at(-1);
            return (
              <Card key={c.id} component="li" withBorder padding="sm">
                <Group justify="space-between" gap="xs">
                  <Anchor component={Link} to={`/candidates/${c.id}`} fw={600}>
                    {c.name || 'Anonymised candidate'}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {c.interviews.length} interview{c.interviews.length === 1 ? '' : 's'}
                    {last
                      ? ` · last: ${last.stage?.name ?? 'a stage'}, ${formatDateTime(last.scheduledStart)}`
                      : ''}
                  </Text>
                </Group>
              </Card>
            );
          })}
        </Stack>
      ) : (
        <Text c="dimmed">No candidates{debounced ? ' match' : ' yet'}.</Text>
      )}
    </Stack>
  );
}
