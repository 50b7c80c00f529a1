import { MultiSelect } from '@mantine/core';
import { useQuery } from 'urql';
import { MemberSearchDocument, type Role } from '../gql/graphql';
import { ROLE_NAMES } from '../roles';
import { mergeOptions, serverFiltered, useSearchText, type Option } from './useSearch';

/**
 * Members who have joined (a pending invitation can neither interview nor manage), searched
 * by name or e-mail as the person types. `chosen` labels the members already picked; `onChange`
 * hands back the picked members with their labels.
 */
export function MemberPicker({
  label,
  description,
  roles,
  value,
  chosen,
  onChange,
  error,
  disabled,
  nothingFound,
  maw,
}: {
  label: string;
  description?: string;
  roles?: Role[];
  value: string[];
  chosen: Option[];
  onChange: (picked: Option[]) => void;
  error?: string;
  disabled?: boolean;
  nothingFound: string;
  maw?: number;
}) {
  const { search, setSearch, query } = useSearchText();
  const [{ data, fetching, error: loadError }] = useQuery({
    query: MemberSearchDocument,
    variables: { search: query, roles: roles ?? null },
  });
  const found =
    data?.members.edges.map(({ node }) => ({
      value: node.user.id,
      label: `${node.user.displayName} (${ROLE_NAMES[node.role] ?? node.role})`,
    })) ?? [];
  const options = mergeOptions(chosen, found);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={fetching && !data ? 'Loading members…' : 'Type a name or e-mail'}
      data={options}
      value={value}
      onChange={(ids) => onChange(ids.map((id) => options.find((o) => o.value === id)!))}
      searchValue={search}
      onSearchChange={setSearch}
      filter={serverFiltered}
      error={error ?? (loadError ? 'The members could not be loaded.' : undefined)}
      disabled={disabled}
      searchable
      clearable
      nothingFoundMessage={fetching ? 'Searching…' : nothingFound}
      maw={maw}
    />
  );
}
