import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
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
import { describe, formErrors, useFormErrors } from '../errors';
import {
  AdminMembersDocument,
  ChangeMemberRoleDocument,
  InviteMemberDocument,
  RemoveMemberDocument,
  type Role,
} from '../gql/graphql';
import { ROLE_NAMES } from '../roles';
import { session } from '../session';
import { formatDateTime } from '../time';
import { Confirm } from './Confirm';
import { DataTable } from './DataTable';

const ROLE_OPTIONS = Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }));
const LAST_ADMIN =
  'The only admin: make another member an admin before changing this role or removing them.';

interface Row {
  id: string;
  role: Role;
  invitationPending: boolean;
  createdAt: string;
  user: { id: string; displayName: string; email: string };
}

/** Members: invite by e-mail, change a role, remove; the last admin stays, and says why. */
export function MembersPage() {
  const [{ data, error, fetching }, reload] = useQuery({ query: AdminMembersDocument });
  const members: Row[] = data?.members.edges.map((e) => e.node) ?? [];
  // The API counts every admin membership, invited ones included; when more members exist
  // than this page holds, the rule is left to the API's answer.
  const complete = data ? !data.members.pageInfo.hasNextPage : false;
  const admins = members.filter((m) => m.role === 'ADMIN').length;
  const me = session.get()?.viewer.user.id;
  const [removing, setRemoving] = useState<Row | null>(null);
  const [removal, remove] = useMutation(RemoveMemberDocument);
  const [changing, change] = useMutation(ChangeMemberRoleDocument);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});

  async function changeRole(member: Row, role: Role) {
    const result = await change({ input: { memberId: member.id, role } });
    const errors = formErrors(result.error, ['role']);
    setRowErrors((all) => ({ ...all, [member.id]: errors.role ?? errors[''] ?? '' }));
  }

  async function confirmRemove() {
    if (!removing) return;
    const result = await remove({ memberId: removing.id });
    if (!result.error) {
      setRemoving(null);
      reload({ requestPolicy: 'network-only' });
    }
  }

  return (
    <Stack gap="lg">
      <Title order={2}>Members</Title>
      <InviteForm onInvited={() => reload({ requestPolicy: 'network-only' })} />
      {error && (
        <Alert color="red.9" variant="outline" role="alert" title="Could not load the members">
          {describe(error)}
        </Alert>
      )}
      <DataTable
        label="Members"
        loading={fetching && !data}
        empty={null}
        minWidth={720}
        caption={
          <>
            {members.length} member{members.length === 1 ? '' : 's'}, {admins} admin
            {admins === 1 ? '' : 's'}. A team always keeps at least one admin.
          </>
        }
        columns={
          <>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </>
        }
      >
        {members.map((m) => {
          const lastAdmin = complete && m.role === 'ADMIN' && admins <= 1;
          const name = m.invitationPending ? m.user.email : m.user.displayName;
          return (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {name}
                  {m.user.id === me ? ' (you)' : ''}
                </Text>
                {!m.invitationPending && (
                  <Text size="xs" c="dimmed">
                    {m.user.email}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={`Role of ${name}`}
                  data={ROLE_OPTIONS}
                  value={m.role}
                  disabled={lastAdmin || changing.fetching}
                  description={lastAdmin ? LAST_ADMIN : undefined}
                  inputWrapperOrder={['input', 'description', 'error']}
                  onChange={(e) => void changeRole(m, e.currentTarget.value as Role)}
                  error={rowErrors[m.id] || undefined}
                  size="xs"
                  w={200}
                />
              </Table.Td>
              <Table.Td>
                {m.invitationPending ? (
                  <Badge color="gray.8" variant="filled">
                    Invitation sent
                  </Badge>
                ) : (
                  <Text size="sm">Since {formatDateTime(m.createdAt)}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  color="red.9"
                  disabled={lastAdmin}
                  title={lastAdmin ? LAST_ADMIN : undefined}
                  aria-label={`Remove ${name}`}
                  onClick={() => setRemoving(m)}
                >
                  Remove
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
      {data?.members.pageInfo.hasNextPage && (
        <Text size="sm" c="dimmed">
          Showing the first 100 members.
        </Text>
      )}
      <Confirm
        opened={removing !== null}
        title="Remove this member?"
        action="Remove"
        busy={removal.fetching}
        error={removal.error}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
      >
        {removing &&
          `${removing.invitationPending ? removing.user.email : removing.user.displayName} loses ` +
            'access to this team at once and is signed out everywhere. Their scorecards stay.'}
      </Confirm>
    </Stack>
  );
}

/** Invite by e-mail: the person gets a link (valid 7 days); nobody else ever sees it. */
function InviteForm({ onInvited }: { onInvited: () => void }) {
  const [result, invite] = useMutation(InviteMemberDocument);
  const [sent, setSent] = useState<{ email: string; until?: string | null } | null>(null);
  const { errors, edited } = useFormErrors(result.error, ['email', 'displayName', 'role']);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const displayName = String(form.get('displayName')).trim();
    setSent(null);
    const answer = await invite({
      input: {
        email: String(form.get('email')).trim(),
        role: String(form.get('role')) as Role,
        // Left out when empty: the API refuses null for it (and would then check nothing else).
        ...(displayName ? { displayName } : {}),
      },
    });
    if (answer.data) {
      setSent({
        email: answer.data.inviteMember.member.user.email,
        until: answer.data.inviteMember.invitationExpiresAt,
      });
      formElement.reset();
      onInvited();
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="invite-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={3} size="h4" id="invite-title">
              Invite a person
            </Title>
            <Text size="sm" c="dimmed">
              They get an e-mail with a link to join; only they see it. The link works for 7 days.
            </Text>
          </div>
          {errors[''] && (
            <Alert color="red.9" variant="outline" role="alert" title="The invitation was not sent">
              {errors['']}
            </Alert>
          )}
          {sent && (
            <Alert color="teal.9" variant="outline" role="status" title="Invitation sent">
              {sent.email} has been e-mailed a link to join
              {sent.until ? `; it works until ${formatDateTime(sent.until)}` : ''}.
            </Alert>
          )}
          <Group align="flex-start" grow>
            <TextInput
              name="email"
              type="email"
              label="E-mail"
              required
              error={errors.email}
              onChange={() => edited('email')}
            />
            <TextInput
              name="displayName"
              label="Name (optional)"
              description="Shown once they join, if they are new here."
              error={errors.displayName}
              onChange={() => edited('displayName')}
            />
            <NativeSelect
              name="role"
              label="Role"
              data={ROLE_OPTIONS}
              defaultValue="INTERVIEWER"
              error={errors.role}
              onChange={() => edited('role')}
            />
          </Group>
          <Button type="submit" loading={result.fetching} w="fit-content">
            Send the invitation
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
