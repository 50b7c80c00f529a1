import { Button, Group, Loader, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * Relay paging back and forth over a filtered list: a stack of the cursors of the pages seen,
 * so "newer" returns to exactly the page before. `restart` when a filter changes.
 */
export function useCursorPages() {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  return {
    /** The `after` argument of the page shown (null for the first). */
    after: pages.at(-1) ?? null,
    hasPrevious: pages.length > 1,
    restart: () => setPages([null]),
    next: (endCursor: string | null | undefined) => setPages((p) => [...p, endCursor ?? null]),
    previous: () => setPages((p) => p.slice(0, -1)),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;

/**
 * The administration pages' table: a loader until the first answer, a sentence when there are
 * no rows, otherwise the table in a focusable region that scrolls sideways on a narrow screen
 * (keyboard users scroll it with the arrow keys), and, for a paged list, the buttons to the
 * newer and older pages.
 */
export function DataTable({
  label,
  loading,
  empty,
  columns,
  caption,
  minWidth,
  labelledBy,
  striped,
  paging,
  children,
}: {
  /** What the rows are, for the loader and the scrolling region ("Audit events"). */
  label: string;
  loading: boolean;
  /** Shown instead of the table when there are no rows; null when the table always shows. */
  empty: ReactNode | null;
  columns: ReactNode;
  caption?: ReactNode;
  minWidth: number;
  /** The id of the heading that names the table. */
  labelledBy?: string;
  striped?: boolean;
  paging?: {
    pages: CursorPages;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
    newer: string;
    older: string;
  };
  children: ReactNode;
}) {
  let body: ReactNode;
  if (loading) body = <Loader aria-label={`Loading: ${label}`} />;
  else if (empty !== null) body = <Text size="sm">{empty}</Text>;
  else {
    body = (
      <Table.ScrollContainer
        type="native"
        minWidth={minWidth}
        tabIndex={0}
        role="region"
        aria-label={`${label} (scrolls sideways on a narrow screen)`}
      >
        <Table verticalSpacing="sm" striped={striped} aria-labelledby={labelledBy}>
          {caption && <Table.Caption>{caption}</Table.Caption>}
          <Table.Thead>
            <Table.Tr>{columns}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  const hasNext = paging?.pageInfo?.hasNextPage ?? false;
  return (
    <>
      {body}
      {paging && (paging.pages.hasPrevious || hasNext) && (
        <Group gap="xs">
          {paging.pages.hasPrevious && (
            <Button variant="default" size="xs" onClick={paging.pages.previous}>
              {paging.newer}
            </Button>
          )}
          {hasNext && (
            <Button
              variant="default"
              size="xs"
              onClick={() => paging.pages.next(paging.pageInfo?.endCursor)}
            >
              {paging.older}
            </Button>
          )}
        </Group>
      )}
    </>
  );
}
