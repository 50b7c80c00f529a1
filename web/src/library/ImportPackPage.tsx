import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describe } from '../errors';
import { LibraryImportPackDocument, LibraryPacksDocument } from '../gql/graphql';
import { canImportPacks } from './taxonomy';

/** /library/import: an admin imports a built-in pack and reads what it changed. */
export function ImportPackPage() {
  const admin = canImportPacks();
  const [{ data, error, fetching }] = useQuery({ query: LibraryPacksDocument });
  const [result, importPack] = useMutation(LibraryImportPackDocument);
  const [name, setName] = useState<string | null>(null);
  const packs = data?.availablePacks ?? [];
  const chosen = name ?? packs[0] ?? null;
  const outcome = result.data?.importPack;
  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to="/library" size="sm">
        ← Library
      </Anchor>
      <div>
        <Title order={1} size="h2">
          Import a pack
        </Title>
        <Text size="sm" c="dimmed">
          A pack is a built-in library of categories, competencies, questions with rubrics and loop
          templates. Importing again is safe: only questions whose pack content changed get a new
          version, and questions your team edited are left as they are (listed as diverged).
        </Text>
      </div>
      {!admin && (
        <Alert
          color="orange"
          title="Only admins import packs"
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          Your role can use and edit the library; ask one of your team&apos;s admins to import a
          pack.
        </Alert>
      )}
      {error && (
        <Alert color="red" variant="filled" role="alert" title="Could not list the packs">
          {describe(error)}
        </Alert>
      )}
      {fetching && !data && <Loader aria-label="Loading the packs" />}
      {data && (
        <Group align="flex-end">
          <Select
            label="Pack"
            data={packs}
            value={chosen}
            onChange={setName}
            allowDeselect={false}
            w={260}
            disabled={!admin}
          />
          <Button
            disabled={!admin || !chosen}
            loading={result.fetching}
            onClick={() => chosen && void importPack({ name: chosen })}
          >
            Import
          </Button>
        </Group>
      )}
      {result.error && (
        <Alert color="red" variant="filled" role="alert" title="Not imported">
          {describe(result.error)}
        </Alert>
      )}
      {outcome && (
        <section aria-labelledby="import-result">
          <Title order={2} size="h4" id="import-result" mb="xs">
            Imported {outcome.pack} {outcome.version}
          </Title>
          <Table withTableBorder layout="fixed" maw={420} aria-labelledby="import-result">
            <Table.Tbody>
              {(
                [
                  ['Questions added', outcome.questionsCreated],
                  ['Questions updated (new version)', outcome.questionsUpdated],
                  ['Questions unchanged', outcome.questionsUnchanged],
                  ['Questions diverged (kept as edited)', outcome.diverged.length],
                  ['Categories added', outcome.categoriesCreated],
                  ['Competencies added', outcome.competenciesCreated],
                  ['Loop templates added', outcome.templatesCreated],
                ] as const
              ).map(([what, n]) => (
                <Table.Tr key={what}>
                  <Table.Th scope="row" fw={500}>
                    {what}
                  </Table.Th>
                  <Table.Td>{n}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {outcome.diverged.length > 0 && (
            <Stack gap={4} mt="sm">
              <Text size="sm">
                Your team edited these questions, so the pack&apos;s changes to them were not
                applied:
              </Text>
              <List size="sm">
                {outcome.diverged.map((key) => (
                  <List.Item key={key}>{key}</List.Item>
                ))}
              </List>
            </Stack>
          )}
        </section>
      )}
    </Stack>
  );
}
