import { Select, type SelectProps } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CandidateSearchDocument } from '../gql/graphql';
import { mergeOptions, serverFiltered, useSearchText, type Option } from './useSearch';

/** A candidate (not anonymised), searched by name or e-mail as the person types. */
export function CandidatePicker({
  value,
  onChange,
  ...props
}: {
  value: string | null;
  onChange: (id: string | null) => void;
} & Pick<SelectProps, 'label' | 'description' | 'error' | 'withAsterisk' | 'maw'>) {
  const { search, setSearch, query } = useSearchText();
  const [picked, setPicked] = useState<Option[]>([]);
  const [{ data, fetching, error }] = useQuery({
    query: CandidateSearchDocument,
    variables: { search: query },
  });
  const found =
    data?.candidates.edges
      .map((e) => e.node)
      .filter((c) => !c.anonymizedAt)
      .map((c) => ({ value: c.id, label: c.name })) ?? [];
  const options = mergeOptions(picked, found);
  return (
    <Select
      {...props}
      data={options}
      value={value}
      onChange={(id) => {
        setPicked(options.filter((o) => o.value === id));
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={serverFiltered}
      placeholder="Type a name or e-mail"
      error={props.error ?? (error ? 'The candidates could not be loaded.' : undefined)}
      searchable
      nothingFoundMessage={fetching ? 'Searching…' : 'No candidate by that name or e-mail'}
    />
  );
}
