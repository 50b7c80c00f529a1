import { MultiSelect } from '@mantine/core';
import { useQuery } from 'urql';
import { PanelMembersDocument } from '../gql/graphql';
import { ROLE_NAMES } from '../roles';

/** Interviewers picked from the tenant's active members (pending invitations cannot interview). */
export function PanelPicker(props: {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  disabled?: boolean;
}) {
  const [{ data, fetching, error }] = useQuery({ query: PanelMembersDocument });
  const options =
    data?.members.edges
      .map((e) => e.node)
      .filter((m) => !m.invitationPending)
      .map((m) => ({
        value: m.user.id,
        label: `${m.user.displayName} (${ROLE_NAMES[m.role] ?? m.role})`,
      })) ?? [];
  return (
    <MultiSelect
      label="Interviewers"
      description="Each gets a scorecard to fill in and an e-mail with the invitation."
      placeholder={fetching && !data ? 'Loading members…' : 'Pick members'}
      data={options}
      value={props.value}
      onChange={props.onChange}
      error={props.error ?? (error ? 'The members could not be loaded.' : undefined)}
      disabled={props.disabled}
      searchable
      nothingFoundMessage="No member by that name"
      maw={560}
    />
  );
}
