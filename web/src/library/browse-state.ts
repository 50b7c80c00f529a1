/**
 * The library list's place, kept in the address (search params) so that back, forward, reload
 * and a shared link all land on the same filters and page. Paging is by the API's cursors: the
 * address keeps the trail of `after` cursors that led to the current page (one per page turned),
 * so "Previous" needs no cursor the API cannot give (connections only page forward).
 */
export const FILTER_KEYS = [
  'q',
  'category',
  'type',
  'seniority',
  'competency',
  'tag',
  'status',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface BrowseState {
  filters: Partial<Record<FilterKey, string>>;
  /** The cursors of the pages turned so far; the last one is the current page's `after`. */
  trail: string[];
}

export const PAGE_SIZE = 20;

export function parseBrowse(params: URLSearchParams): BrowseState {
  const filters: BrowseState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { filters, trail: params.getAll('after').filter(Boolean) };
}

export function browseParams(state: BrowseState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  for (const cursor of state.trail) params.append('after', cursor);
  return params;
}

/** A filter changed (or cleared with ''): back to the first page, whose trail is empty. */
export function withFilter(state: BrowseState, key: FilterKey, value: string): BrowseState {
  const filters = { ...state.filters };
  if (value.trim()) filters[key] = value.trim();
  else delete filters[key];
  return { filters, trail: [] };
}

export const nextPage = (state: BrowseState, endCursor: string): BrowseState => ({
  ...state,
  trail: [...state.trail, endCursor],
});

export const previousPage = (state: BrowseState): BrowseState => ({
  ...state,
  trail: state.trail.slice(0, -1),
});

/** 1 for the first page. */
export const pageNumber = (state: BrowseState): number => state.trail.length + 1;

export const hasFilters = (state: BrowseState): boolean => Object.keys(state.filters).length > 0;

/** The `questions` query's variables for this place. */
export function queryVariables(state: BrowseState) {
  const f = state.filters;
  return {
    first: PAGE_SIZE,
    after: state.trail.at(-1) ?? null,
    search: f.q ?? null,
    categoryId: f.category ?? null,
    competencyId: f.competency ?? null,
    type: f.type ?? null,
    seniority: f.seniority ?? null,
    tag: f.tag ?? null,
    status: f.status ?? null,
  };
}

/** The range shown, e.g. "21–40 of 120" (the count is capped by the API above 10000). */
export function rangeText(state: BrowseState, shown: number, total: number): string {
  if (!shown) return `0 of ${total}`;
  const start = (pageNumber(state) - 1) * PAGE_SIZE + 1;
  const of = total > 10000 ? 'more than 10000' : String(total);
  return `${start}–${start + shown - 1} of ${of}`;
}
