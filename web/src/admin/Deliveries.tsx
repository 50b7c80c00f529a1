import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describe } from '../errors';
import {
  AdminWebhookDeliveriesDocument,
  RedeliverWebhookDocument,
  type AdminWebhookEndpointFragment,
  type WebhookDeliveryStatus,
} from '../gql/graphql';
import { formatDateTime } from '../time';
import { DataTable, useCursorPages } from './DataTable';
import { eventName } from './labels';

const STATUS: Record<WebhookDeliveryStatus, { label: string; color: string; text: string }> = {
  PENDING: { label: 'Queued', color: 'blue.9', text: 'Goes out in a moment.' },
  RETRYING: { label: 'Retrying', color: 'orange.9', text: 'Failed; tried again later.' },
  SUCCEEDED: { label: 'Delivered', color: 'teal.9', text: 'The endpoint answered 2xx.' },
  DEAD: { label: 'Failed', color: 'red.9', text: 'Every try failed; redeliver to try again.' },
};
/** While a delivery is on its way, the list looks again this often. */
const POLL_MS = 4_000;

/** Deliveries, newest first, filtered by endpoint and status, with their tries and outcome. */
export function Deliveries({ endpoints }: { endpoints: readonly AdminWebhookEndpointFragment[] }) {
  const [endpointId, setEndpointId] = useState('');
  const [status, setStatus] = useState('');
  const pages = useCursorPages();
  const [{ data, error, fetching }, reload] = useQuery({
    query: AdminWebhookDeliveriesDocument,
    variables: {
      endpointId: endpointId || null,
      status: (status || null) as WebhookDeliveryStatus | null,
      after: pages.after,
    },
  });
  const [redelivery, redeliver] = useMutation(RedeliverWebhookDocument);
  const [redeliverError, setRedeliverError] = useState<Record<string, string>>({});
  const rows = data?.webhookDeliveries.edges.map((e) => e.node) ?? [];
  const urls = new Map(endpoints.map((e) => [e.id, e.url]));
  const moving = rows.some((r) => r.status === 'PENDING' || r.status === 'RETRYING');

  useEffect(() => {
    if (!moving) return;
    const timer = setInterval(() => reload({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [moving, reload]);

  async function again(id: string) {
    const answer = await redeliver({ deliveryId: id });
    setRedeliverError((all) => ({ ...all, [id]: answer.error ? describe(answer.error) : '' }));
    reload({ requestPolicy: 'network-only' });
  }

  return (
    <section aria-labelledby="deliveries-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="deliveries-title">
          Deliveries
        </Title>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label="Endpoint"
            value={endpointId}
            onChange={(e) => {
              setEndpointId(e.currentTarget.value);
              pages.restart();
            }}
            data={[
              { value: '', label: 'All endpoints' },
              ...endpoints.map((e) => ({ value: e.id, label: e.url })),
            ]}
            maw={360}
          />
          <NativeSelect
            label="Status"
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value);
              pages.restart();
            }}
            data={[
              { value: '', label: 'Any status' },
              ...Object.entries(STATUS).map(([value, s]) => ({ value, label: s.label })),
            ]}
          />
          <Button
            variant="default"
            loading={fetching}
            onClick={() => reload({ requestPolicy: 'network-only' })}
          >
            Refresh
          </Button>
        </Group>
        {error && (
          <Alert color="red.9" variant="outline" role="alert" title="Could not load the deliveries">
            {describe(error)}
          </Alert>
        )}
        <DataTable
          label="Deliveries"
          loading={fetching && !data}
          empty={
            rows.length === 0
              ? `No deliveries ${endpointId || status ? 'match these filters' : 'yet'}. One is made for each event an endpoint subscribes to.`
              : null
          }
          minWidth={820}
          labelledBy="deliveries-title"
          columns={
            <>
              <Table.Th scope="col">Event</Table.Th>
              <Table.Th scope="col">Endpoint</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Tries</Table.Th>
              <Table.Th scope="col">Last answer</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Redeliver</VisuallyHidden>
              </Table.Th>
            </>
          }
          paging={{
            pages,
            pageInfo: data?.webhookDeliveries.pageInfo,
            newer: 'Newer deliveries',
            older: 'Older deliveries',
          }}
        >
          {rows.map((d) => {
            const s = STATUS[d.status];
            const hintId = `delivery-${d.id}-hint`;
            return (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {eventName(d.event.type)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(d.event.occurredAt)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>
                  <Text size="sm">{urls.get(d.endpointId) ?? 'A removed endpoint'}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={s.color} variant="filled">
                    {s.label}
                  </Badge>
                  <Text size="xs" c="dimmed" id={hintId}>
                    {d.status === 'SUCCEEDED' && d.deliveredAt
                      ? `Delivered ${formatDateTime(d.deliveredAt)}`
                      : d.status === 'RETRYING' && d.nextAttemptAt
                        ? `Next try ${formatDateTime(d.nextAttemptAt)}`
                        : s.text}
                  </Text>
                </Table.Td>
                <Table.Td>{d.attempts}</Table.Td>
                <Table.Td maw={280}>
                  <Text size="sm">
                    {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : d.attempts ? '' : '—'}
                  </Text>
                  {d.lastError && (
                    <Text size="xs" c="red.9" style={{ wordBreak: 'break-word' }}>
                      {d.lastError}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={d.status === 'PENDING' || redelivery.fetching}
                    aria-describedby={hintId}
                    onClick={() => void again(d.id)}
                  >
                    Redeliver
                  </Button>
                  {redeliverError[d.id] && (
                    <Text size="xs" c="red.9" role="alert">
                      {redeliverError[d.id]}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      </Stack>
    </section>
  );
}
