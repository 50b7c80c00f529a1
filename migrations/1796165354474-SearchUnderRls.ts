import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Question search that reaches its GIN index under row-level security.
 *
 * `@@` (ts_match_vq) is not leakproof, so under the RLS barrier the planner keeps it out of the
 * `(tenant_id, search)` index condition and filters every row of the tenant. This function runs
 * the match as its owner (a superuser or BYPASSRLS role, like the erasure function) with the
 * tenant named explicitly in every condition, taken only from the transaction's
 * `app.tenant_id`: there is no tenant argument to forge, an unset or empty setting returns
 * nothing, and every filter argument can only narrow the tenant's own rows. `row_security =
 * off` makes the function fail loudly instead of silently filtering if its owner is ever
 * subject to RLS. A fixed search_path (pg_temp last, names qualified) and static SQL fragments
 * with every value passed as a parameter (never spliced into the text) keep it safe as a
 * definer. It returns only ids and ranks, at most `lim` of them, best first, after the keyset
 * position (`after_rank`, `after_id`); the caller reads the rows themselves under RLS.
 */
export class SearchUnderRls1796165354474 implements MigrationInterface {
  name = 'SearchUnderRls1796165354474';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION public.ik_question_search(
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
      LANGUAGE plpgsql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp
      SET row_security = off AS $$
      DECLARE
        tenant uuid := nullif(pg_catalog.current_setting('app.tenant_id', true), '')::uuid;
        rank_sql text := CASE WHEN ranked THEN 'pg_catalog.ts_rank_cd(q.search, $2, 1)'
                              ELSE 'NULL::real' END;
        stmt text;
      BEGIN
        IF tenant IS NULL OR query IS NULL THEN
          RETURN;
        END IF;
        stmt := 'SELECT q.id, ' || rank_sql || ' AS rank FROM public.questions q'
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
        IF ranked AND after_id IS NOT NULL THEN
          stmt := stmt || ' AND (' || rank_sql || ' < $9 OR (' || rank_sql
            || ' = $9 AND q.id > $10))';
        END IF;
        IF ranked THEN
          stmt := stmt || ' ORDER BY 2 DESC, 1';
        END IF;
        IF lim IS NOT NULL THEN
          stmt := stmt || ' LIMIT $11';
        END IF;
        RETURN QUERY EXECUTE stmt
          USING tenant, query, category_ids, competency, question_type, level, tag,
                question_status, after_rank, after_id, greatest(lim, 0);
      END $$`);
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION public.ik_question_search(tsquery, uuid[], uuid, text, text, text, text, real, uuid, integer, boolean) FROM PUBLIC`,
    );
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION public.ik_question_search(tsquery, uuid[], uuid, text, text, text, text, real, uuid, integer, boolean) TO ik_runtime`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION IF EXISTS public.ik_question_search(tsquery, uuid[], uuid, text, text, text, text, real, uuid, integer, boolean)`,
    );
  }
}
