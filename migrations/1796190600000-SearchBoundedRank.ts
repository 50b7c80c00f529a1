import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search ranks a bounded set (issue 16): the first 300 matches in storage order, so a page
 * costs the same however many questions match (measured by bench:scale: "index" matched 4,400
 * questions per tenant at 10x and ranking them all read 10,217 buffers for a 20-row page).
 *
 * A GIN index yields matches in no useful order and `ts_rank_cd` has to read each one's
 * vector, so ranking every match costs as much as the matches. Here the candidates are the
 * first 300 that the bitmap heap scan returns: it walks the heap in block order, so it stops
 * after about 300 tuples. The set is a function of the data, not of the page: every page of
 * one search ranks the same candidates, so the `(rank, id)` keyset of the cursor stays exact.
 * For that the statement may read the table only by bitmap scans (always in block order):
 * sequential scans (which can start mid-table when synchronized), plain index scans (another
 * order) and parallel workers are off inside the function. A count (`ranked => false`) is not
 * capped here: it has its own cap (COUNT_CAP) in the service.
 *
 * Same signature, owner, grants and hardening as SearchUnderRls (CREATE OR REPLACE keeps the
 * owner and privileges); `ROWS 100` as SearchRowsEstimate set it.
 */
const BODY = (candidates: number | null) => `
      DECLARE
        tenant uuid := nullif(pg_catalog.current_setting('app.tenant_id', true), '')::uuid;
        stmt text;
      BEGIN
        IF tenant IS NULL OR query IS NULL THEN
          RETURN;
        END IF;
        stmt := 'SELECT q.id, q.search FROM public.questions q'
          || ' WHERE q.tenant_id = $1 AND q.search @@ $2';
        IF category_ids IS NOT NULL THEN
          stmt := stmt || ' AND q.category_id = ANY ($3)';
        END IF;
        IF competency IS NOT NULL THEN
          stmt := stmt || ' AND EXISTS (SELECT 1 FROM public.rubric_criteria rc'
            || ' WHERE rc.tenant_id = $1 AND rc.question_version_id = q.current_version_id'
            || ' AND rc.competency_id = $4)';
        END IF;
        IF question_type IS NOT NULL THEN
          stmt := stmt || ' AND q.type = $5::public.question_type';
        END IF;
        IF level IS NOT NULL THEN
          stmt := stmt || ' AND $6::public.seniority = ANY (q.seniority)';
        END IF;
        IF tag IS NOT NULL THEN
          stmt := stmt || ' AND $7 = ANY (q.tags)';
        END IF;
        IF question_status IS NOT NULL THEN
          stmt := stmt || ' AND q.status = $8::public.question_status';
        END IF;
        IF ranked THEN
          stmt := 'SELECT c.id, pg_catalog.ts_rank_cd(c.search, $2, 1) AS rank FROM ('
            || stmt ${candidates === null ? '' : `|| ' LIMIT ${candidates}'`} || ') c';
          IF after_id IS NOT NULL THEN
            stmt := 'SELECT r.id, r.rank FROM (' || stmt || ') r'
              || ' WHERE r.rank < $9 OR (r.rank = $9 AND r.id > $10)';
          END IF;
          stmt := stmt || ' ORDER BY 2 DESC, 1';
        ELSE
          stmt := 'SELECT c.id, NULL::real AS rank FROM (' || stmt || ') c';
        END IF;
        IF lim IS NOT NULL THEN
          stmt := stmt || ' LIMIT $11';
        END IF;
        RETURN QUERY EXECUTE stmt
          USING tenant, query, category_ids, competency, question_type, level, tag,
                question_status, after_rank, after_id, greatest(lim, 0);
      END`;

const HEAD = `CREATE OR REPLACE FUNCTION public.ik_question_search(
        query tsquery,
        category_ids uuid[] DEFAULT NULL,
        competency uuid DEFAULT NULL,
        question_type text DEFAULT NULL,
        level text DEFAULT NULL,
        tag text DEFAULT NULL,
        question_status text DEFAULT NULL,
        after_rank real DEFAULT NULL,
        after_id uuid DEFAULT NULL,
        lim integer DEFAULT NULL,
        ranked boolean DEFAULT true)
      RETURNS TABLE (id uuid, rank real)
      LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 100
      SET search_path = pg_catalog, pg_temp
      SET row_security = off`;

export class SearchBoundedRank1796190600000 implements MigrationInterface {
  name = 'SearchBoundedRank1796190600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`${HEAD}
      SET enable_seqscan = off
      SET enable_indexscan = off
      SET max_parallel_workers_per_gather = 0 AS $$${BODY(300)} $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // CREATE OR REPLACE sets every setting anew: the three added here go.
    await queryRunner.query(`${HEAD} AS $$${BODY(null)} $$`);
  }
}
