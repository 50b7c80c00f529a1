import {
  Alert,
  Anchor,
  Badge,
  Group,
  Loader,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describe } from '../errors';
import { LoopListDocument, type LoopListQueryVariables, type LoopStatus } from '../gql/graphql';
import { NewLoopForm } from './NewLoopForm';
import { STATUS_LABEL } from './labels';

const TABS: { value: string; label: string; variables: LoopListQueryVariables }[] = [
  { value: 'drafts', label: 'Drafts', variables: { status: 'DRAFT', isTemplate: false } },
  { value: 'published', label: 'Published', variables: { status: 'PUBLISHED', isTemplate: false } },
  { value: 'templates', label: 'Templates', variables: { isTemplate: true } },
  { value: 'archived', label: 'Archived', variables: { status: 'ARCHIVED', isTemplate: false } },
];

/** The loops of the tenant by kind, and the form that starts a new one. */
export function LoopList() {
  const [tab, setTab] = useState('drafts');
  const current = TABS.find((t) => t.value === tab) ?? TABS[0];
  return (
    <Stack gap="lg">
      <Title order={1}>Loops</Title>
      <Text c="dimmed" maw={720}>
        A loop is the set of interview stages for one role, each with its questions. Build a draft
        here, check its coverage, then publish it so interviews can be scheduled on it.
      </Text>
      <NewLoopForm />
      <Tabs value={tab} onChange={(value) => setTab(value ?? 'drafts')}>
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="md">
            {t.value === current.value && <LoopTable label={t.label} variables={t.variables} />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function LoopTable({ label, variables }: { label: string; variables: LoopListQueryVariables }) {
  const [{ data, fetching, error }] = useQuery({ query: LoopListDocument, variables });
  if (error) return <Alert color="red">{describe(error)}</Alert>;
  if (!data) return fetching ? <Loader aria-label="Loading the loops" /> : null;
  const loops = data.loops.edges.map((e) => e.node);
  if (!loops.length) return <Text c="dimmed">No loops here yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover>
        <Table.Caption>
          {label}: {data.loops.totalCount} {data.loops.totalCount === 1 ? 'loop' : 'loops'}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Stages</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Last change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loops.map((loop) => (
            <Table.Tr key={loop.id}>
              <Table.Td>
                <Group gap="xs">
                  <Anchor component={Link} to={`/loops/${loop.id}`}>
                    {loop.name}
                  </Anchor>
                  {loop.isTemplate && (
                    <Badge variant="light" color="grape">
                      Template
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{loop.roleTitle}</Table.Td>
              <Table.Td>{loop.stages.length}</Table.Td>
              <Table.Td>{STATUS_LABEL[loop.status as LoopStatus]}</Table.Td>
              <Table.Td>{new Date(loop.updatedAt).toLocaleDateString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
