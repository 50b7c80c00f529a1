import { Alert, Button, Group, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { errorFor } from './coverage';

/** The API's error for a field of the form (or one of its items), if any. */
export type ErrorOf = (field: string) => string | undefined;

/**
 * The form shape a draft's details and a stage share: the errors no field owns on top, short
 * fields in a row, a picker, a long text, and the submit button. `onSave` answers the API's
 * errors by field (or null when saved); each lands beside its field.
 */
export function DraftForm({
  onSave,
  onSaved,
  onEdit,
  fields,
  picker,
  notes,
  submitLabel,
  status,
}: {
  onSave: (form: FormData) => Promise<Record<string, string> | null>;
  onSaved?: (form: HTMLFormElement) => void;
  /** Any change of a field (e.g. to clear a "saved" note). */
  onEdit?: () => void;
  /** The short fields, three in a row on wide screens. */
  fields: (errorOf: ErrorOf) => ReactNode;
  picker: (errorOf: ErrorOf) => ReactNode;
  notes: { name: string; label: string; defaultValue: string };
  submitLabel: string;
  /** Beside the button: what the last save did. */
  status?: ReactNode;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const errorOf: ErrorOf = (field) => errorFor(errors, field);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    const problems = await onSave(new FormData(form));
    setBusy(false);
    setErrors(problems ?? {});
    if (!problems) onSaved?.(form);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate onChange={onEdit}>
      <Stack gap="sm">
        {errors[''] && (
          <Alert color="red" role="alert">
            {errors['']}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {fields(errorOf)}
        </SimpleGrid>
        {picker(errorOf)}
        <Textarea
          name={notes.name}
          label={notes.label}
          defaultValue={notes.defaultValue}
          autosize
          minRows={2}
          error={errorOf(notes.name)}
        />
        <Group gap="sm">
          <Button type="submit" variant="default" loading={busy}>
            {submitLabel}
          </Button>
          {status}
        </Group>
      </Stack>
    </form>
  );
}

/** A text field of a submitted form, trimmed. */
export const textOf = (form: FormData, key: string) => String(form.get(key) ?? '').trim();
