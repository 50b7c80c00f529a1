import type { OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

export interface Option {
  value: string;
  label: string;
}

/**
 * What a picker's search box holds and the text to send to the API once typing pauses
 * (null for none: the first page).
 */
export function useSearchText() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  return { search, setSearch, query: debounced || null };
}

/**
 * The options found merged after those already chosen, once each: a chosen item keeps its
 * label after the search moves on.
 */
export function mergeOptions(chosen: Option[], found: Option[]): Option[] {
  const seen = new Map<string, Option>();
  for (const option of [...chosen, ...found]) seen.set(option.value, option);
  return [...seen.values()];
}

/** The API has already filtered (by name or e-mail): show what it found, in its order. */
export const serverFiltered: OptionsFilter = ({ options }) => options;
