import type { Type as Class } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArgsType, Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { BadInputError } from './errors.js';
import { UUID_LITERAL as UUID } from '../database/database.service.js';
import { COUNT_CAP } from './pagination.repository.js';

// The SQL of counting: in pagination.repository.ts, for every module that counts a list.
export { COUNT_CAP, cappedCount } from './pagination.repository.js';

export const MAX_PAGE_SIZE = 100;

export const TOTAL_COUNT_DESCRIPTION =
  `Number of items across all pages, exact up to ${COUNT_CAP}: ${COUNT_CAP + 1} means more than ` +
  `${COUNT_CAP}. Counted only when selected (leave it out of sync and paging queries).`;

/** A total read only when GraphQL resolves the field, i.e. when the query selects it. */
export type TotalCount = number | Promise<number>;

/**
 * Gives `page` a `totalCount` getter that runs `count` the first time it is read: GraphQL's
 * default resolver reads a field only when the query selects it, so an unselected total costs
 * nothing.
 */
export function withTotalCount<P extends object>(
  page: P,
  count: () => Promise<number>,
): P & { totalCount: TotalCount } {
  let total: Promise<number> | undefined;
  return Object.defineProperty(page, 'totalCount', {
    enumerable: true,
    get: () => (total ??= count()),
  }) as P & { totalCount: TotalCount };
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: 20,
    description: `How many items to return (1 to ${MAX_PAGE_SIZE}).`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  @IsOptional()
  @IsString()
  after?: string;
}

/**
 * A page of a list that can be read both ways: `first`/`after` forward, `last`/`before`
 * backwards (Relay). The page size defaults to 20 when neither first nor last is given.
 */
@ArgsType()
export class TwoWayPageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the start (1 to ${MAX_PAGE_SIZE}); 20 when neither first nor last is given.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  @IsOptional()
  @IsString()
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the end, or from before \`before\` (1 to ${MAX_PAGE_SIZE}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items just before this cursor (with last).',
  })
  @IsOptional()
  @IsString()
  before?: string;
}

/** Which way a two-way page is read, how many items, and from which cursor. */
export interface PageDirection {
  backward: boolean;
  size: number;
  cursor: Cursor | null;
}

/** Reads `first/after` or `last/before`; mixing the two directions is BAD_USER_INPUT. */
export function pageDirection(args: TwoWayPageArgs, kind: CursorKind = 'any'): PageDirection {
  // An explicit null (a client's unset variable) is the same as an argument left out.
  const first = args.first ?? undefined;
  const last = args.last ?? undefined;
  const after = args.after ?? undefined;
  const before = args.before ?? undefined;
  const mixed =
    first !== undefined && last !== undefined
      ? 'last'
      : after !== undefined && before !== undefined
        ? 'before'
        : first !== undefined && before !== undefined
          ? 'before'
          : last !== undefined && after !== undefined
            ? 'after'
            : null;
  if (mixed) {
    throw new BadInputError([
      {
        path: mixed,
        message:
          'reads the other way: use first with after (forward) or last with before (backwards)',
      },
    ]);
  }
  const backward = last !== undefined || before !== undefined;
  const raw = backward ? before : after;
  return {
    backward,
    size: (backward ? last : first) ?? 20,
    cursor: raw === undefined ? null : decodeCursor(raw, backward ? 'before' : 'after', kind),
  };
}

/**
 * A page of a list served in `(key, id)` order, descending (newest first) or ascending, read
 * either way: the keyset condition and ORDER BY to put in SQL (with LIMIT size + 1), and the
 * page from the rows fetched that way.
 */
export function keysetPage(
  dir: PageDirection,
  key: string,
  id: string,
  keyType: string,
  order: 'ASC' | 'DESC' = 'DESC',
) {
  // Reading backwards walks the list's order in reverse, then turns the rows round.
  const walk = dir.backward === (order === 'DESC') ? 'ASC' : 'DESC';
  const compare = walk === 'ASC' ? '>' : '<';
  return {
    condition: (add: (value: unknown) => string) =>
      dir.cursor
        ? `(${key}, ${id}) ${compare} (${add(dir.cursor.key)}::${keyType}, ${add(dir.cursor.id)}::uuid)`
        : 'true',
    orderBy: `${key} ${walk}, ${id} ${walk}`,
    limit: dir.size + 1,
    page<T>(rows: T[], count: () => Promise<number>, cursorOf: (row: T) => Cursor): Page<T> {
      if (!dir.backward) return toPage(rows, dir.size, count, cursorOf);
      const items = rows.slice(0, dir.size).reverse();
      const edges = items.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
      return withTotalCount(
        {
          edges,
          pageInfo: {
            hasNextPage: false,
            hasPreviousPage: rows.length > dir.size,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        },
        count,
      );
    },
  };
}

/** A page of a list served in descending `(key, id)` order (newest first), read either way. */
export const descendingPage = (dir: PageDirection, key: string, id: string, keyType: string) =>
  keysetPage(dir, key, id, keyType, 'DESC');

/** The keyset SQL and page builder of one list (see keysetPage). */
export type Keyset = ReturnType<typeof keysetPage>;

/** A page of a list that can also be read as a sync feed. */
@ArgsType()
export class SyncPageArgs extends PageArgs {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Sync feed: rows written at or after this time, in write order (keep the endCursor and ' +
      'resume with after; a row written while you page is served later, never skipped).',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  updatedSince?: Date;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({
    description:
      'Whether more items follow this page (read forward with first/after); false for a page ' +
      'read backwards with last/before.',
  })
  hasNextPage: boolean;

  @Field({
    description:
      'Whether more items come before this page (read backwards with last/before, on the lists ' +
      'that offer it); false for a page read forward with first/after.',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: TotalCount;
}

/** A Relay connection type for `node`, named `${name}Connection`. */
export function Connection<T>(node: Class<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: TOTAL_COUNT_DESCRIPTION })
    totalCount: TotalCount;
  }
  return ConnectionType;
}

/** Keyset position: the sort key and the id that breaks ties. Opaque to clients. */
export interface Cursor {
  key: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** timestamptz as PostgreSQL prints it, e.g. `2026-11-23 10:31:48.123456+00`. */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:[+-](\d{2})(?::?(\d{2}))?|Z)$/;

/** A time PostgreSQL takes as a timestamptz: the shape, and a day, hour and offset that exist. */
function isTimestamp(key: string): boolean {
  const m = key.length <= 64 ? TIMESTAMP.exec(key) : null;
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = m
    .slice(1)
    .map((part) => Number(part ?? 0));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    offsetHours <= 15 &&
    offsetMinutes < 60
  );
}

/** What a cursor's key may be: a time, a number, a whole number, a short text, or either of the first two. */
export type CursorKind = 'time' | 'number' | 'integer' | 'text' | 'any';

const KEY_RULES: Record<CursorKind, (key: string) => boolean> = {
  time: isTimestamp,
  number: (key) => key.length <= 64 && key.trim() !== '' && Number.isFinite(Number(key)),
  integer: (key) => /^-?\d{1,18}$/.test(key),
  // A name: as long as any the API stores, and text PostgreSQL can take.
  text: (key) =>
    key.length <= 300 &&
    !key.includes('\u0000') &&
    (key as string & { isWellFormed(): boolean }).isWellFormed(),
  any: (key) => KEY_RULES.time(key) || KEY_RULES.number(key),
};

/**
 * Only cursors this API could have made get through: a key of the kind the list sorts by (a
 * time or a number unless `kind` says otherwise) and a UUID.
 */
export function decodeCursor(value: string, path = 'after', kind: CursorKind = 'any'): Cursor {
  try {
    const [key, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      typeof key === 'string' &&
      KEY_RULES[kind](key) &&
      typeof id === 'string' &&
      UUID.test(id)
    ) {
      return { key, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError([{ path, message: 'is not a cursor returned by this API' }]);
}

/** The page information of a page read forward with first/after. */
export function forwardPageInfo(edges: { cursor: string }[], hasNextPage: boolean): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage: false,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}

/** Builds a page from `first + 1` rows fetched in order; `count` runs only if read. */
export function toPage<T>(
  rows: T[],
  first: number,
  count: () => Promise<number>,
  cursorOf: (row: T) => Cursor,
): Page<T> {
  const items = rows.slice(0, first);
  const edges = items.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return withTotalCount(
    {
      edges,
      pageInfo: forwardPageInfo(edges, rows.length > first),
    },
    count,
  );
}

/**
 * The sync feeds (`updatedSince`): rows are ordered by the id of the transaction that last
 * wrote them, and only rows older than the oldest transaction still running are served. A
 * row committed late carries a later transaction id than the client's cursor, so it is served
 * on a later page: nothing is skipped. Keep the last endCursor and resume with `after`.
 */
export const SYNC_HORIZON_SQL = 'pg_snapshot_xmin(pg_current_snapshot())::text::bigint';

/** The feed's filter over table alias `a` (without the cursor, so it also serves totalCount). */
export const syncWhere = (
  a: string,
  since: Date,
  add: (value: unknown) => string,
  timeColumn = 'updated_at',
) => [`${a}.${timeColumn} >= ${add(since)}`, `${a}.change_seq < ${SYNC_HORIZON_SQL}`];

/** The feed's cursor condition. */
export function syncAfter(a: string, after: string, add: (value: unknown) => string): string {
  const cursor = decodeCursor(after, 'after', 'integer');
  return `(${a}.change_seq, ${a}.id) > (${add(cursor.key)}::bigint, ${add(cursor.id)}::uuid)`;
}
