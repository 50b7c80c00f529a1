import type { Cursor, Keyset, Page } from './pagination.js';
import { cappedCounts, nestedRows } from './pagination.repository.js';
import { defineLoader, type LoaderDef, type RequestContext } from './request-context.js';
import { SqlParams } from './sql.js';

/**
 * A list nested under a parent (a question's versions, a scorecard's revisions): `from(parent)`
 * is its rows of one parent as `FROM … WHERE …`, with `parent` standing for the parent's id;
 * `columns` what a page selects of them; `count` the loader of its capped `totalCount`s.
 */
export interface NestedList {
  columns: string;
  from: (parent: string) => string;
  count: LoaderDef<string, number>;
}

/** Defines a nested list (see NestedList), with its count loader. */
export function nestedList(columns: string, from: (parent: string) => string): NestedList {
  return {
    columns,
    from,
    count: defineLoader<string, number>(
      (ctx) => async (ids) => cappedCounts(await ctx.manager(), ids, from),
    ),
  };
}

/**
 * One page of a nested connection for each of many parents, in one statement: a LATERAL
 * subquery per parent reads at most `limit` rows in the list's order (by its index), then each
 * parent's rows become its page. Their `totalCount`s, when selected, in one more statement for
 * every parent of the level (a loader), each stopping after `COUNT_CAP + 1` rows.
 */
export async function nestedPages<R, T>(
  ctx: RequestContext,
  parentIds: readonly string[],
  page: Keyset,
  list: NestedList,
  build: { node: (row: R) => T; cursorOf: (row: R) => Cursor },
): Promise<Page<T>[]> {
  const p = new SqlParams();
  const parents = p.add(parentIds);
  const em = await ctx.manager();
  const rows = await nestedRows<R>(em, {
    parents,
    columns: list.columns,
    from: list.from,
    condition: page.condition((v) => p.add(v)),
    orderBy: page.orderBy,
    limit: page.limit,
    values: p.values,
  });
  const counts = ctx.loader(list.count);
  const byParent = new Map<string, (R & { parent_id: string })[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.get(row.parent_id)?.push(row);
  return parentIds.map((id) => {
    const own = byParent.get(id)!;
    const nodes = new Map(own.map((row) => [build.node(row), row]));
    return page.page(
      [...nodes.keys()],
      () => counts.load(id),
      (node) => build.cursorOf(nodes.get(node)!),
    );
  });
}
