import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describe } from '../errors';
import {
  AdminWebhookEndpointsDocument,
  CreateWebhookEndpointDocument,
  RotateWebhookSecretDocument,
  UpdateWebhookEndpointDocument,
  type AdminWebhookEndpointFragment,
} from '../gql/graphql';
import { Confirm } from './Confirm';
import { Deliveries } from './Deliveries';
import { EndpointForm, type EndpointValues } from './EndpointForm';
import { eventName } from './labels';
import { SecretOnce } from './SecretOnce';

const SIGNING =
  'The receiver keys HMAC-SHA256 with it to check the x-ik-signature header of each delivery.';
const BLANK: EndpointValues = { url: '', description: '', events: [], active: true };

/** Webhook endpoints (add, edit, rotate the secret) and the deliveries made to them. */
export function WebhooksPage() {
  const [{ data, error, fetching }, reload] = useQuery({ query: AdminWebhookEndpointsDocument });
  const [created, create] = useMutation(CreateWebhookEndpointDocument);
  // The add form's failure, kept here so that choosing the existing endpoint dismisses it.
  const [addError, setAddError] = useState<CombinedError | undefined>();
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const endpoints = data?.webhookEndpoints ?? [];

  async function add(values: EndpointValues) {
    setSecret(null);
    const answer = await create({
      input: {
        url: values.url,
        // Left out when empty: the API takes no null for it.
        ...(values.description ? { description: values.description } : {}),
        events: values.events,
      },
    });
    setAddError(answer.error);
    if (answer.data) {
      const payload = answer.data.createWebhookEndpoint;
      setSecret({ url: payload.endpoint.url, secret: payload.secret });
      setFormKey((k) => k + 1);
      reload({ requestPolicy: 'network-only' });
    }
  }

  function openExisting(id: string) {
    // The user goes to the endpoint that has the URL: the add form starts over, message gone.
    setAddError(undefined);
    setFormKey((k) => k + 1);
    setEditing(id);
    document.getElementById(`endpoint-${id}`)?.scrollIntoView({ block: 'center' });
  }

  return (
    <Stack gap="lg">
      <Title order={2}>Webhooks</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="new-endpoint-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="new-endpoint-title">
            New endpoint
          </Title>
          {secret && (
            <SecretOnce
              title={`The signing secret of ${secret.url}`}
              secret={secret.secret}
              usage={SIGNING}
              onDone={() => setSecret(null)}
            />
          )}
          <EndpointForm
            key={formKey}
            initial={BLANK}
            submitLabel="Add the endpoint"
            busy={created.fetching}
            error={addError}
            onSubmit={(values) => void add(values)}
            onOpenExisting={openExisting}
          />
        </Stack>
      </Paper>
      <section aria-labelledby="endpoints-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="endpoints-title">
            Endpoints
          </Title>
          {error && (
            <Alert
              color="red.9"
              variant="outline"
              role="alert"
              title="Could not load the endpoints"
            >
              {describe(error)}
            </Alert>
          )}
          {fetching && !data ? (
            <Loader aria-label="Loading the endpoints" />
          ) : endpoints.length === 0 ? (
            <Text size="sm">No endpoints yet.</Text>
          ) : (
            endpoints.map((endpoint) => (
              <Endpoint
                key={endpoint.id}
                endpoint={endpoint}
                editing={editing === endpoint.id}
                onEdit={(open) => setEditing(open ? endpoint.id : null)}
              />
            ))
          )}
        </Stack>
      </section>
      <Deliveries endpoints={endpoints} />
    </Stack>
  );
}

function Endpoint({
  endpoint,
  editing,
  onEdit,
}: {
  endpoint: AdminWebhookEndpointFragment;
  editing: boolean;
  onEdit: (open: boolean) => void;
}) {
  const [updated, update] = useMutation(UpdateWebhookEndpointDocument);
  const [rotation, rotate] = useMutation(RotateWebhookSecretDocument);
  const [asking, setAsking] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const titleId = `endpoint-${endpoint.id}-title`;

  async function save(values: EndpointValues) {
    const answer = await update({
      input: {
        id: endpoint.id,
        url: values.url,
        description: values.description,
        events: values.events,
        active: values.active,
      },
    });
    if (answer.data) onEdit(false);
  }

  async function confirmRotate() {
    const answer = await rotate({ id: endpoint.id });
    if (answer.data) {
      setSecret(answer.data.rotateWebhookSecret.secret);
      setAsking(false);
    }
  }

  return (
    <Card withBorder component="article" aria-labelledby={titleId} id={`endpoint-${endpoint.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Title order={4} size="h5" id={titleId} style={{ wordBreak: 'break-all' }}>
              {endpoint.url}
            </Title>
            {endpoint.description && <Text size="sm">{endpoint.description}</Text>}
          </div>
          <Badge color={endpoint.active ? 'teal.9' : 'gray.7'} variant="filled">
            {endpoint.active ? 'Active' : 'Paused'}
          </Badge>
        </Group>
        {secret && (
          <SecretOnce
            title={`The new signing secret of ${endpoint.url}`}
            secret={secret}
            usage={`${SIGNING} The previous secret no longer signs anything.`}
            onDone={() => setSecret(null)}
          />
        )}
        {editing ? (
          <EndpointForm
            initial={{ ...endpoint, events: [...endpoint.events] }}
            submitLabel="Save the endpoint"
            busy={updated.fetching}
            error={updated.error}
            onSubmit={(values) => void save(values)}
            onCancel={() => onEdit(false)}
          />
        ) : (
          <>
            <Group gap={4}>
              {endpoint.events.map((type) => (
                <Badge key={type} variant="outline" size="sm" tt="none">
                  {eventName(type)}
                </Badge>
              ))}
            </Group>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => onEdit(true)}>
                Edit
              </Button>
              <Button size="xs" variant="default" onClick={() => setAsking(true)}>
                Rotate the secret
              </Button>
            </Group>
          </>
        )}
      </Stack>
      <Confirm
        opened={asking}
        title="Rotate the signing secret?"
        action="Rotate now"
        busy={rotation.fetching}
        error={rotation.error}
        onConfirm={() => void confirmRotate()}
        onClose={() => setAsking(false)}
      >
        {`Deliveries to ${endpoint.url} are signed with a new secret from now on; the receiver ` +
          'must be given it, or it will reject them. The new secret is shown once.'}
      </Confirm>
    </Card>
  );
}
