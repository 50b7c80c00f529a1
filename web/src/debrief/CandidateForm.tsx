import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formErrors } from '../errors';
import { CreateCandidateDocument, UpdateCandidateDocument } from '../gql/graphql';

export interface CandidateFields {
  id?: string;
  name: string;
  email?: string | null;
  atsExternalId?: string | null;
}

const FIELDS = ['name', 'email', 'atsExternalId'];

/**
 * A dialog that creates a candidate or edits one (recruiters and admins: the roles that may
 * read and write the e-mail). An emptied e-mail or ATS id is cleared.
 */
export function CandidateForm(props: {
  candidate: CandidateFields | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const editing = props.candidate?.id;
  const [name, setName] = useState(props.candidate?.name ?? '');
  const [email, setEmail] = useState(props.candidate?.email ?? '');
  const [atsId, setAtsId] = useState(props.candidate?.atsExternalId ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, create] = useMutation(CreateCandidateDocument);
  const [updated, update] = useMutation(UpdateCandidateDocument);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setErrors({ name: 'Enter the candidate’s name.' });
    const fields = {
      name: name.trim(),
      email: email.trim() || null,
      atsExternalId: atsId.trim() || null,
    };
    const result = editing
      ? await update({ input: { id: editing, ...fields } })
      : await create({ input: fields });
    if (result.data) props.onSaved(fields.name);
    else setErrors(formErrors(result.error, FIELDS));
  }

  return (
    <Modal
      opened
      onClose={props.onClose}
      closeButtonProps={{ 'aria-label': 'Close the dialog' }}
      title={editing ? `Edit ${props.candidate?.name}` : 'New candidate'}
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            withAsterisk
            data-autofocus
          />
          <TextInput
            label="E-mail"
            type="email"
            description="Personal data: only admins and recruiters see it."
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <TextInput
            label="ATS id"
            description="The candidate's id in your applicant tracking system, if any."
            value={atsId}
            onChange={(e) => setAtsId(e.currentTarget.value)}
            error={errors.atsExternalId}
          />
          {errors[''] && (
            <Alert color="red" role="alert" title="Not saved">
              {errors['']}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Close
            </Button>
            <Button type="submit" loading={created.fetching || updated.fetching}>
              {editing ? 'Save changes' : 'Add candidate'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
