import type { EntityManager } from 'typeorm';
import { cappedCount, COUNT_CAP, decodeCursor } from '../common/pagination.js';
import type { QuestionsArgs } from './dto/question.inputs.js';
import {
  QUESTION_COLUMNS,
  type QuestionRow,
  RUBRIC_JSON,
  type RubricJson,
  versionJson,
  type VersionJson,
} from './question.repository.js';

/**
 * One row of a question page, in page order: what its cursor and edge need, the question
 * (QUESTION_COLUMNS), its current version (versionJson) and, when asked, that version's rubric
 * (RUBRIC_JSON).
 */
export interface QuestionListRow extends QuestionRow {
  sort_key: string;
  rank: number | null;
  highlight: string | null;
  version: VersionJson;
  rubric?: RubricJson;
}

/** A page's rows (first + 1 of them, to tell whether more follow) and its deferred count. */
export interface QuestionListing {
  rows: QuestionListRow[];
  count: () => Promise<number>;
}

/**
 * What a page reads of the current versions: the fields the query selects on `currentVersion`
 * (every field when not said), their rubrics only when `rubric` is one of them.
 */
export interface QuestionPageReads {
  version?: Set<string>;
}

const versionColumns = ({ version }: QuestionPageReads) =>
  `${versionJson(version)} AS version${version?.has('rubric') ? `, ${RUBRIC_JSON} AS rubric` : ''}`;

/** The ids of a category and of every category below it, as an array (read under RLS). */
const categoryTree = (id: string) => `ARRAY(WITH RECURSIVE down(id) AS (
  SELECT id FROM categories WHERE id = ${id}
  UNION ALL SELECT c.id FROM categories c JOIN down ON c.parent_id = down.id)
  SELECT id FROM down)`;

const HEADLINE =
  'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "';

/**
 * Without `search`: the tenant's questions oldest first, keyset on `(created_at, id)`. The page
 * is chosen from `questions` alone (its `(tenant_id, created_at)` index, stopping at the
 * limit), then joined to its versions: whatever the planner believes of `question_versions`,
 * the per-row json is built for the page's rows only (measured: joining first, with stale
 * statistics, planned 780 ms for 51 rows).
 */
export async function browseQuestions(
  em: EntityManager,
  tenantId: string,
  args: QuestionsArgs,
  reads: QuestionPageReads,
): Promise<QuestionListing> {
  const params: unknown[] = [tenantId];
  const p = (value: unknown) => `$${params.push(value)}`;
  const where = ['q.tenant_id = $1'];
  if (args.categoryId) where.push(`q.category_id = ANY (${categoryTree(p(args.categoryId))})`);
  if (args.competencyId) {
    where.push(`EXISTS (SELECT 1 FROM rubric_criteria rc WHERE rc.tenant_id = q.tenant_id
      AND rc.question_version_id = q.current_version_id AND rc.competency_id = ${p(args.competencyId)})`);
  }
  if (args.type) where.push(`q.type = ${p(args.type)}`);
  if (args.seniority) where.push(`${p(args.seniority)}::seniority = ANY(q.seniority)`);
  if (args.tag) where.push(`${p(args.tag)} = ANY(q.tags)`);
  if (args.status) where.push(`q.status = ${p(args.status)}::question_status`);
  const filter = where.join(' AND ');
  const countParams = [...params];
  const after = args.after ? decodeCursor(args.after, 'after', 'time') : null;
  let page = filter;
  if (after) {
    page += ` AND (q.created_at, q.id) > (${p(after.key)}::timestamptz, ${p(after.id)}::uuid)`;
  }
  const rows: QuestionListRow[] = await em.query(
    `SELECT ${QUESTION_COLUMNS}, q.created_at::text AS sort_key, NULL AS rank, NULL AS highlight,
            ${versionColumns(reads)}
       FROM (SELECT q.* FROM questions q
              WHERE ${page} ORDER BY q.created_at, q.id LIMIT ${p(args.first + 1)}) q
       JOIN question_versions v ON v.tenant_id = q.tenant_id AND v.id = q.current_version_id
      ORDER BY q.created_at, q.id`,
    params,
  );
  const count = () => cappedCount(em, `FROM questions q WHERE ${filter}`, countParams);
  return { rows, count };
}

/**
 * Matching and ranking run in `ik_question_search` (migrations/…-SearchUnderRls.ts and
 * …-SearchSlices.ts), which reaches the GIN index on (tenant slice, search) that RLS keeps
 * `@@` away from; it answers only ids and ranks of the transaction's tenant, at most one page,
 * best first among the SEARCH_CANDIDATES newest matches. The rows and the highlights are then
 * read here, under RLS. Keyset on `(rank, id)`: every page ranks the same candidates.
 */
export async function searchQuestions(
  em: EntityManager,
  tenantId: string,
  args: QuestionsArgs,
  search: string,
  reads: QuestionPageReads,
): Promise<QuestionListing> {
  const query = `websearch_to_tsquery('english', $1)`;
  /** The function's named arguments for the filters; values go to `params`. */
  const filtersOf = (params: unknown[]) => {
    const p = (value: unknown) => `$${params.push(value)}`;
    return [
      `query => ${query}`,
      ...(args.categoryId ? [`category_ids => ${categoryTree(p(args.categoryId))}`] : []),
      ...(args.competencyId ? [`competency => ${p(args.competencyId)}::uuid`] : []),
      ...(args.type ? [`question_type => ${p(args.type)}::text`] : []),
      ...(args.seniority ? [`level => ${p(args.seniority)}::text`] : []),
      ...(args.tag ? [`tag => ${p(args.tag)}::text`] : []),
      ...(args.status ? [`question_status => ${p(args.status)}::text`] : []),
    ].join(', ');
  };
  const params: unknown[] = [search, tenantId];
  const p = (value: unknown) => `$${params.push(value)}`;
  const filters = filtersOf(params);
  const after = args.after ? decodeCursor(args.after, 'after', 'number') : null;
  const keyset = after
    ? `, after_rank => ${p(Number(after.key))}::real, after_id => ${p(after.id)}::uuid`
    : '';
  const rows: QuestionListRow[] = await em.query(
    `SELECT ${QUESTION_COLUMNS}, m.rank::text AS sort_key, m.rank,
            ts_headline('english', v.prompt || ' ' || v.purpose, ${query}, '${HEADLINE}') AS highlight,
            ${versionColumns(reads)}
       FROM ik_question_search(${filters}${keyset}, lim => ${p(args.first + 1)}::int)
            WITH ORDINALITY AS m (id, rank, n)
       JOIN questions q ON q.tenant_id = $2 AND q.id = m.id
       JOIN question_versions v ON v.tenant_id = q.tenant_id AND v.id = q.current_version_id
      ORDER BY m.n`,
    params,
  );
  const countParams: unknown[] = [search];
  const count = () =>
    cappedCount(
      em,
      `FROM ik_question_search(${filtersOf(countParams)}, ranked => false, lim => ${COUNT_CAP + 1})`,
      countParams,
    );
  return { rows, count };
}
