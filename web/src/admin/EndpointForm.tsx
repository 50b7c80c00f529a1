import { Alert, Button, Checkbox, Group, Stack, Switch, TextInput } from '@mantine/core';
import type { CombinedError } from '@urql/core';
import { useState, type FormEvent } from 'react';
import { useFormErrors } from '../errors';
import type { WebhookEventType } from '../gql/graphql';
import { EVENTS, eventName } from './labels';

export interface EndpointValues {
  url: string;
  description: string;
  events: WebhookEventType[];
  active: boolean;
}

const FIELDS = ['url', 'description', 'events', 'active'];

/** The id of the endpoint that already has this URL, from createWebhookEndpoint's CONFLICT. */
export function existingEndpointId(error: CombinedError | undefined): string | undefined {
  const id = error?.graphQLErrors.find((e) => e.extensions?.code === 'CONFLICT')?.extensions
    ?.existingEndpointId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The fields of a webhook endpoint, for adding one or editing one. A URL the team already has
 * is not an error to decode: the form says so and offers that endpoint instead.
 */
export function EndpointForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  onOpenExisting,
}: {
  initial: EndpointValues;
  submitLabel: string;
  busy: boolean;
  error: CombinedError | undefined;
  onSubmit: (values: EndpointValues) => void;
  onCancel?: () => void;
  onOpenExisting?: (id: string) => void;
}) {
  const [events, setEvents] = useState<string[]>(initial.events);
  const [active, setActive] = useState(initial.active);
  const { errors, edited } = useFormErrors(error, FIELDS);
  // The taken URL is offered until the user changes the URL.
  const existing = errors.url ? existingEndpointId(error) : undefined;
  const urlError = existing
    ? 'The team already sends webhooks to this URL. Edit that endpoint (or rotate its secret) instead of adding a second one.'
    : errors.url;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit({
      url: String(form.get('url')).trim(),
      description: String(form.get('description')).trim(),
      events: events as WebhookEventType[],
      active,
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {errors[''] && !existing && (
          <Alert color="red.9" variant="outline" role="alert" title="Not saved">
            {errors['']}
          </Alert>
        )}
        <TextInput
          name="url"
          type="url"
          label="URL"
          description="Where the events are POSTed: https (plain http is accepted outside production)."
          defaultValue={initial.url}
          required
          error={urlError}
          onChange={() => edited('url')}
        />
        {existing && onOpenExisting && (
          <Button variant="light" w="fit-content" onClick={() => onOpenExisting(existing)}>
            Edit the endpoint with this URL
          </Button>
        )}
        <TextInput
          name="description"
          label="Description (optional)"
          defaultValue={initial.description}
          error={errors.description}
          onChange={() => edited('description')}
        />
        <Checkbox.Group
          label="Events"
          description="Each one is sent to this URL as soon as it happens."
          value={events}
          onChange={(next) => {
            setEvents(next);
            edited('events');
          }}
          error={errors.events}
        >
          <Stack gap={6} mt="xs">
            {EVENTS.map(({ type, text }) => (
              <Checkbox key={type} value={type} label={eventName(type)} description={text} />
            ))}
          </Stack>
        </Checkbox.Group>
        {onCancel && (
          <Switch
            label="Active: send new events here"
            checked={active}
            onChange={(e) => {
              setActive(e.currentTarget.checked);
              edited('active');
            }}
            error={errors.active}
          />
        )}
        <Group gap="xs">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
