import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { formErrors } from '../errors';
import {
  AdminApiKeysDocument,
  AdminAuditEventsDocument,
  AdminMembersDocument,
  type AdminAuditEventsQueryVariables,
} from '../gql/graphql';
import { formatDateTime } from '../time';
import { DataTable, useCursorPages } from './DataTable';

/** The filters' fields (an error about anything else, such as the page, goes in the alert). */
const FILTERS = ['actorId', 'action', 'entity', 'entityId', 'from', 'to'];

/** The start of a local calendar day (an <input type="date"> value) as an instant. */
function startOfDay(day: string, plusDays = 0): string | null {
  if (!day) return null;
  const date = new Date(`${day}T00:00`);
  if (Number.isNaN(date.getTime())) return null;
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
}

/** The audit log: every change, by members and API keys, filtered by who, what and when. */
export function AuditPage() {
  const [filters, setFilters] = useState<AdminAuditEventsQueryVariables>({});
  const pages = useCursorPages();
  const [{ data, error, fetching }] = useQuery({
    query: AdminAuditEventsDocument,
    variables: { ...filters, after: pages.after },
  });
  const [members] = useQuery({ query: AdminMembersDocument });
  // The names of the first 100 keys (a key past them shows as "An API key").
  const [keys] = useQuery({ query: AdminApiKeysDocument, variables: { first: 100 } });
  const keyList = keys.data?.apiKeys.edges.map((e) => e.node) ?? [];
  const people = (members.data?.members.edges ?? [])
    .map((e) => e.node)
    .filter((m) => !m.invitationPending);
  const names = new Map<string, string>([
    ...people.map((m) => [m.user.id, m.user.displayName] as const),
    ...keyList.map((k) => [k.id, `API key “${k.name}”`] as const),
  ]);
  const errors = formErrors(error, FILTERS);
  const rows = data?.auditEvents.edges.map((e) => e.node) ?? [];

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    setFilters({
      action: text('action'),
      actorId: text('actorId'),
      entity: text('entity'),
      entityId: text('entityId'),
      from: startOfDay(String(form.get('from') ?? '')),
      // The last day counts whole: up to the start of the day after it.
      to: startOfDay(String(form.get('to') ?? ''), 1),
    });
    pages.restart();
  }

  return (
    <Stack gap="lg">
      <Title order={2}>Audit log</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="audit-filters-title">
        <form onSubmit={apply} onReset={() => (setFilters({}), pages.restart())} noValidate>
          <Stack gap="sm">
            <Title order={3} size="h4" id="audit-filters-title">
              Filters
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect
                name="actorId"
                label="Who"
                data={[
                  { value: '', label: 'Anyone' },
                  {
                    group: 'Members',
                    items: people.map((m) => ({ value: m.user.id, label: m.user.displayName })),
                  },
                  {
                    group: 'API keys',
                    items: keyList.map((k) => ({ value: k.id, label: k.name })),
                  },
                ]}
                error={errors.actorId}
              />
              <TextInput
                name="action"
                label="Action"
                description="The API's name, e.g. submitScorecard."
                error={errors.action}
              />
              <TextInput
                name="entity"
                label="Kind of thing"
                description="e.g. Scorecard, Member, ApiKey."
                error={errors.entity}
              />
              <TextInput name="entityId" label="Its id" error={errors.entityId} />
              <TextInput name="from" type="date" label="From (day)" error={errors.from} />
              <TextInput name="to" type="date" label="To (day, included)" error={errors.to} />
            </SimpleGrid>
            <Group gap="xs">
              <Button type="submit">Apply the filters</Button>
              <Button type="reset" variant="default">
                Clear
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {errors[''] && (
        <Alert color="red.9" variant="outline" role="alert" title="Could not read the audit log">
          {errors['']}
        </Alert>
      )}
      <DataTable
        label="Audit events"
        loading={fetching && !data}
        empty={rows.length === 0 ? 'Nothing recorded matches these filters.' : null}
        minWidth={820}
        striped
        caption="Newest first. Changed fields are named, never their values."
        columns={
          <>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">On</Table.Th>
            <Table.Th scope="col">Fields</Table.Th>
            <Table.Th scope="col">Request</Table.Th>
          </>
        }
        paging={{
          pages,
          pageInfo: data?.auditEvents.pageInfo,
          newer: 'Newer events',
          older: 'Older events',
        }}
      >
        {rows.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.occurredAt)}</Table.Td>
            <Table.Td>
              {e.actorType === 'SYSTEM'
                ? 'The system'
                : ((e.actorId && names.get(e.actorId)) ??
                  (e.actorType === 'API_KEY' ? 'An API key' : 'A former member'))}
            </Table.Td>
            <Table.Td>
              <Code>{e.action}</Code>
            </Table.Td>
            <Table.Td>
              {e.entity ?? '—'}
              {e.entityId && (
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {e.entityId}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {e.changedFields.map((f) => (
                  <Badge key={f} variant="outline" size="xs" tt="none">
                    {f}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {e.requestId ?? ''}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
