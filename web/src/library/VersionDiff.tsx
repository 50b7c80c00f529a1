import { Alert, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { describe } from '../errors';
import { LibraryVersionDiffDocument } from '../gql/graphql';
import { shapeDiff, type DiffSide } from './diff';
import type { Level } from './draft';

function Side({ side }: { side: DiffSide }) {
  if (side.kind === 'none')
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  if (side.kind === 'text')
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {side.text}
      </Text>
    );
  if (!side.items.length)
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  return (
    <Stack component="ul" gap={2} m={0} pl="md">
      {side.items.map((item, i) => (
        <Text component="li" size="sm" key={i}>
          {/* Items not on the other side, marked for sight and named for screen readers. */}
          {item.changed ? (
            <mark title="Differs from the other version">{item.text}</mark>
          ) : (
            item.text
          )}
        </Text>
      ))}
    </Stack>
  );
}

/** questionVersionDiff between two versions, field by field, the older on the left. */
export function VersionDiff({
  from,
  to,
  competencyName,
  levels,
}: {
  from: { id: string; number: number };
  to: { id: string; number: number };
  competencyName: (id: string) => string | undefined;
  levels: readonly Level[];
}) {
  const [{ data, error, fetching }] = useQuery({
    query: LibraryVersionDiffDocument,
    variables: { from: from.id, to: to.id },
  });
  if (error) {
    return (
      <Alert color="red" variant="filled" role="alert" title="Could not compare the versions">
        {describe(error)}
      </Alert>
    );
  }
  if (fetching || !data) return <Loader aria-label="Comparing the versions" size="sm" />;
  const groups = shapeDiff(data.questionVersionDiff.changes, { competencyName, levels });
  if (!groups.length)
    return (
      <Text size="sm">
        Versions {from.number} and {to.number} are the same.
      </Text>
    );
  return (
    <Stack gap="md">
      {groups.map((group) => (
        <div key={group.title}>
          <Title order={3} size="h5" mb={4}>
            {group.title}
          </Title>
          <Table
            withTableBorder
            withColumnBorders
            layout="fixed"
            verticalSpacing={6}
            aria-label={`${group.title}: version ${from.number} against version ${to.number}`}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>Field</Table.Th>
                <Table.Th>Version {from.number}</Table.Th>
                <Table.Th>Version {to.number}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.rows.map((row) => (
                <Table.Tr key={row.field}>
                  <Table.Th scope="row" fw={500}>
                    {row.label}
                  </Table.Th>
                  <Table.Td>
                    <Side side={row.before} />
                  </Table.Td>
                  <Table.Td>
                    <Side side={row.after} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ))}
    </Stack>
  );
}
