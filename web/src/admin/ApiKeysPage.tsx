import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describe, useFormErrors } from '../errors';
import {
  AdminApiKeysDocument,
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  type ApiKeyScope,
} from '../gql/graphql';
import { formatDateTime } from '../time';
import { Confirm } from './Confirm';
import { DataTable, useCursorPages } from './DataTable';
import { SCOPES } from './labels';
import { SecretOnce } from './SecretOnce';

/** API keys for integrations (an ATS): create with scopes, see when each was last used, revoke. */
export function ApiKeysPage() {
  const pages = useCursorPages();
  const [{ data, error, fetching }, reload] = useQuery({
    query: AdminApiKeysDocument,
    variables: { after: pages.after },
  });
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [revocation, revoke] = useMutation(RevokeApiKeyDocument);
  const keys = data?.apiKeys.edges.map((e) => e.node) ?? [];

  async function confirmRevoke() {
    if (!revoking) return;
    const answer = await revoke({ id: revoking.id });
    if (!answer.error) setRevoking(null);
  }

  return (
    <Stack gap="lg">
      <Title order={2}>API keys</Title>
      <CreateKeyForm onCreated={() => reload({ requestPolicy: 'network-only' })} />
      {error && (
        <Alert color="red.9" variant="outline" role="alert" title="Could not load the API keys">
          {describe(error)}
        </Alert>
      )}
      <DataTable
        label="API keys"
        loading={fetching && !data}
        empty={keys.length === 0 ? 'No API keys yet.' : null}
        minWidth={760}
        caption="Oldest first. A key sends its secret as Authorization: Bearer; the secret is never shown again."
        paging={{
          pages,
          pageInfo: data?.apiKeys.pageInfo,
          newer: 'Earlier keys',
          older: 'Later keys',
        }}
        columns={
          <>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Key</Table.Th>
            <Table.Th scope="col">Scopes</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Last used</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Status</VisuallyHidden>
            </Table.Th>
          </>
        }
      >
        {keys.map((key) => (
          <Table.Tr key={key.id}>
            <Table.Td fw={600}>{key.name}</Table.Td>
            <Table.Td>
              <Code>ik_live_{key.prefix}…</Code>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {key.scopes.map((scope) => (
                  <Badge key={scope} variant="outline" size="sm" tt="none">
                    {scope}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>{formatDateTime(key.createdAt)}</Table.Td>
            <Table.Td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</Table.Td>
            <Table.Td>
              {key.revokedAt ? (
                <Text size="sm" c="red.9">
                  Revoked {formatDateTime(key.revokedAt)}
                </Text>
              ) : (
                <Button
                  size="xs"
                  variant="default"
                  aria-label={`Revoke ${key.name}`}
                  onClick={() => setRevoking(key)}
                >
                  Revoke
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <Confirm
        opened={revoking !== null}
        title="Revoke this API key?"
        action="Revoke the key"
        busy={revocation.fetching}
        error={revocation.error}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setRevoking(null)}
      >
        {revoking &&
          `Every request with “${revoking.name}” is refused from now on. This cannot be undone: ` +
            'an integration that still needs access gets a new key.'}
      </Confirm>
    </Stack>
  );
}

function CreateKeyForm({ onCreated }: { onCreated: () => void }) {
  const [result, create] = useMutation(CreateApiKeyDocument);
  const [scopes, setScopes] = useState<string[]>([]);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const { errors, edited } = useFormErrors(result.error, ['name', 'scopes']);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get('name')).trim();
    const answer = await create({ input: { name, scopes: scopes as ApiKeyScope[] } });
    if (answer.data) {
      setCreated({
        name: answer.data.createApiKey.apiKey.name,
        secret: answer.data.createApiKey.secret,
      });
      setScopes([]);
      formElement.reset();
      onCreated();
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-key-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="new-key-title">
          New API key
        </Title>
        {created && (
          <SecretOnce
            title={`The secret of “${created.name}”`}
            secret={created.secret}
            usage="The integration sends it as Authorization: Bearer <secret>."
            onDone={() => setCreated(null)}
          />
        )}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            {errors[''] && (
              <Alert color="red.9" variant="outline" role="alert" title="The key was not created">
                {errors['']}
              </Alert>
            )}
            <TextInput
              name="name"
              label="Name"
              description="Who uses it, for example “Greenhouse sync”."
              required
              maw={420}
              error={errors.name}
              onChange={() => edited('name')}
            />
            <Checkbox.Group
              label="Scopes"
              description="What the key may do. Give it only what the integration needs."
              value={scopes}
              onChange={(next) => {
                setScopes(next);
                edited('scopes');
              }}
              error={errors.scopes}
            >
              <Stack gap={6} mt="xs">
                {SCOPES.map(({ scope, text }) => (
                  <Checkbox
                    key={scope}
                    value={scope}
                    label={<Code>{scope}</Code>}
                    description={text}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Button type="submit" loading={result.fetching} w="fit-content">
              Create the key
            </Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
