import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describe } from '../errors';
import { CandidatesDocument, type CandidatesQuery } from '../gql/graphql';
import { EDITOR_ROLES } from '../nav';
import { session } from '../session';
import { formatDateTime } from '../time';
import { CandidateForm, type CandidateFields } from './CandidateForm';

type Row = CandidatesQuery['candidates']['edges'][number]['node'];

// An empty list's answer names no Candidate, so without this the cache would not know that
// adding the first candidate changes it: the page said "added" over "No candidates yet".
const LIST_CONTEXT = { additionalTypenames: ['Candidate'] };

function CandidateCard({ c, onEdit }: { c: Row; onEdit?: () => void }) {
  const last = c.interviews.at(-1);
  const name = c.name || 'Anonymised candidate';
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={0}>
          <Anchor component={Link} to={`/candidates/${c.id}`} fw={600}>
            {name}
          </Anchor>
          {(c.email || c.atsExternalId) && (
            <Text size="sm" c="dimmed">
              {[c.email, c.atsExternalId && `ATS ${c.atsExternalId}`].filter(Boolean).join(' · ')}
            </Text>
          )}
        </Stack>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {c.interviews.length} interview{c.interviews.length === 1 ? '' : 's'}
            {last
              ? ` · last: ${last.stage?.name ?? 'a stage'}, ${formatDateTime(last.scheduledStart)}`
              : ''}
          </Text>
          {onEdit && !c.anonymizedAt && (
            <Button size="xs" variant="default" onClick={onEdit} aria-label={`Edit ${name}`}>
              Edit
            </Button>
          )}
        </Group>
      </Group>
    </Card>
  );
}

/**
 * Candidates the viewer may read (the API decides which), each opening its debrief; admins
 * and recruiters also add and edit them, and see their e-mail (the API shows it to no one else).
 */
export default function CandidatesPage() {
  const editor = EDITOR_ROLES.includes(session.get()?.viewer.role ?? '');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [{ data, error, fetching }] = useQuery({
    query: CandidatesDocument,
    variables: { search: debounced || null },
    context: LIST_CONTEXT,
  });
  const [editing, setEditing] = useState<CandidateFields | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = data?.candidates.edges.map((e) => e.node) ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Candidates
          </Title>
          <Text size="sm" c="dimmed">
            Open a candidate to read the debrief.
          </Text>
        </div>
        {editor && (
          <Button
            onClick={() => {
              setNotice(null);
              setEditing({ name: '', email: null, atsExternalId: null });
            }}
          >
            New candidate
          </Button>
        )}
      </Group>
      {notice && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      <TextInput
        label={editor ? 'Search by name or e-mail' : 'Search by name'}
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
          {rows.map((c) => (
            <CandidateCard
              key={c.id}
              c={c}
              onEdit={
                editor
                  ? () => {
                      setNotice(null);
                      setEditing(c);
                    }
                  : undefined
              }
            />
          ))}
        </Stack>
      ) : (
        <Text c="dimmed">No candidates{debounced ? ' match' : ' yet'}.</Text>
      )}
      {editing && (
        <CandidateForm
          candidate={editing}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setNotice(editing.id ? `${name} is saved.` : `${name} is added.`);
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
