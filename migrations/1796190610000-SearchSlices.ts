import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SearchBoundedRank1796190600000 } from './1796190600000-SearchBoundedRank.js';

/** Questions per slice of a tenant's insertion order; the index and the function agree on it. */
const SLICE = 1024;
/** How many matches are ranked (SEARCH_CANDIDATES in src/taxonomy/dto/question.inputs.ts). */
const CANDIDATES = 300;

/** The slice key, as indexed and as the function compares it. */
const sliceKey = (alias: string) =>
  `(${alias}tenant_id::text || '/' || (${alias}search_position / ${SLICE})::text)`;

/**
 * Search costs the same at any tenant size (issue 16). SearchBoundedRank ranked the first 300
 * matches in storage order, but the bitmap scan of the `(tenant_id, search)` GIN index still
 * built the bitmap of every match first (bench:scale, "index" at 10x: 4,400 matches per
 * tenant, 275 buffers and 18 ms in the function against 1.2 ms at 1x).
 *
 * Each question now has `search_position`, its place in its tenant's insertion order, set by
 * a BEFORE INSERT trigger to the tenant's largest + 1 (one probe of the `(tenant_id,
 * search_position)` index; rows of one multi-row INSERT see the ones before them). Existing
 * rows take theirs in `(created_at, id)` order. Two transactions inserting into one tenant at
 * the same time may take the same position: it orders recency, it names nothing, so there is
 * no lock to wait for (nor deadlock to risk between two pack imports) and ties are ordered by
 * id wherever it matters.
 *
 * The GIN index leads with a slice key, tenant and `search_position / SLICE` as text, instead
 * of the tenant: one key's posting list is at most SLICE questions of one tenant, never the
 * tenant's whole. SLICE: 1,024 rather than 4,096, measured on bench:scale's 10x data (the
 * function alone, a 21-row page, p50): "index" (11,509 matches a tenant) 1.7 ms and 307 buffers
 * against 5.6 ms and 597 (a whole slice of 4,096 holds about 470 of its matches, all read and
 * sorted); SearchBoundedRank took 13.2 ms and 260. The price is for a word in few questions:
 * every slice key is probed (98 at 10x, 704 buffers, 2 ms; 213 and 2 ms with 4,096; 10 and
 * 0.3 ms before). The function walks the tenant's slices newest first, a few at a time (one,
 * then as many as the matches found so far say are needed, at most twice the last), matching
 * with `search @@ query` in the index condition, until it holds CANDIDATES matches: the
 * candidates are the CANDIDATES newest matches (by `search_position`, then id), a set that
 * depends on the data and not on the page, so the `(rank, id)` keyset of the cursor stays
 * exact. A page reads at most the matches of the slices it needs, whatever the tenant's size;
 * a count (`ranked => false`) walks the same slices and stops at `lim`. Another tenant's rows
 * are never read: the key names the tenant (a uuid's text has one spelling and a fixed length),
 * so the key's equality is the tenant condition; a second `tenant_id = $1` would only make
 * the planner AND in a bitmap of all the tenant's rows from a btree index.
 *
 * Same signature, owner, grants and hardening as SearchBoundedRank (CREATE OR REPLACE keeps
 * the owner and privileges), but plain index scans are allowed again: the candidates no longer
 * depend on the order of a scan, and the tenant's newest position is read by one (an index-only
 * scan needs `enable_indexscan` too). Matching still never reads the table sequentially.
 */
const BODY = `
      DECLARE
        tenant uuid := nullif(pg_catalog.current_setting('app.tenant_id', true), '')::uuid;
        top bigint;
        lo bigint;
        hi bigint;
        batch bigint := 1;
        stmt text;
        found_ids uuid[] := '{}';
        found_ranks real[] := '{}';
        batch_ids uuid[];
        batch_ranks real[];
        counted bigint := 0;
        n bigint;
        need bigint;
      BEGIN
        IF tenant IS NULL OR query IS NULL THEN
          RETURN;
        END IF;
        SELECT max(q.search_position) / ${SLICE} INTO top
          FROM public.questions q WHERE q.tenant_id = tenant;
        IF top IS NULL THEN
          RETURN;
        END IF;
        -- A query that an empty document matches (only negations: "-word") makes GIN read
        -- every entry of the column for each key probed; its slices are read by position.
        IF ''::pg_catalog.tsvector @@ query THEN
          stmt := ' FROM public.questions q WHERE q.tenant_id = $1'
            || ' AND q.search_position BETWEEN $13 AND $14 AND q.search @@ $2';
        ELSE
          stmt := ' FROM public.questions q WHERE ${sliceKey('q.').replace(/'/g, "''")} = ANY ($12)'
            || ' AND q.search @@ $2';
        END IF;
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
          stmt := 'SELECT pg_catalog.array_agg(q.id ORDER BY q.search_position DESC, q.id DESC),'
            || ' pg_catalog.array_agg(pg_catalog.ts_rank_cd(q.search, $2, 1)'
            || ' ORDER BY q.search_position DESC, q.id DESC)' || stmt;
        ELSE
          stmt := 'SELECT q.id, NULL::real AS rank' || stmt || ' LIMIT $11';
        END IF;
        hi := top;
        WHILE hi >= 0 LOOP
          lo := greatest(hi - batch + 1, 0);
          IF ranked THEN
            EXECUTE stmt INTO batch_ids, batch_ranks
              USING tenant, query, category_ids, competency, question_type, level, tag,
                    question_status, NULL::real, NULL::uuid, NULL::integer,
                    ARRAY(SELECT tenant::text || '/' || s::text
                            FROM pg_catalog.generate_series(hi, lo, -1) s),
                    lo * ${SLICE}, (hi + 1) * ${SLICE} - 1;
            found_ids := found_ids || batch_ids;
            found_ranks := found_ranks || batch_ranks;
            EXIT WHEN pg_catalog.cardinality(found_ids) >= ${CANDIDATES};
          ELSE
            RETURN QUERY EXECUTE stmt
              USING tenant, query, category_ids, competency, question_type, level, tag,
                    question_status, NULL::real, NULL::uuid,
                    CASE WHEN lim IS NOT NULL THEN greatest(lim - counted, 0) END,
                    ARRAY(SELECT tenant::text || '/' || s::text
                            FROM pg_catalog.generate_series(hi, lo, -1) s),
                    lo * ${SLICE}, (hi + 1) * ${SLICE} - 1;
            GET DIAGNOSTICS n = ROW_COUNT;
            counted := counted + n;
            EXIT WHEN counted >= lim;
          END IF;
          -- Next: as many slices as the density so far says are still needed (to CANDIDATES
          -- or to lim), at most twice as many as this time, so that a word found only in old
          -- questions reaches them in a few steps.
          n := CASE WHEN ranked THEN pg_catalog.cardinality(found_ids) ELSE counted END;
          need := CASE WHEN ranked THEN ${CANDIDATES} ELSE lim END;
          batch := CASE WHEN n = 0 OR need IS NULL THEN 2 * batch ELSE least(2 * batch,
            greatest(1, ceil((need - n)::numeric * (top - lo + 1) / n)::bigint)) END;
          hi := lo - 1;
        END LOOP;
        IF ranked THEN
          RETURN QUERY
            SELECT c.id, c.rank
              FROM ROWS FROM (pg_catalog.unnest(found_ids[1:${CANDIDATES}]),
                              pg_catalog.unnest(found_ranks[1:${CANDIDATES}])) AS c (id, rank)
             WHERE after_id IS NULL OR c.rank < after_rank
                OR (c.rank = after_rank AND c.id > after_id)
             ORDER BY c.rank DESC, c.id
             LIMIT CASE WHEN lim IS NOT NULL THEN greatest(lim, 0) END;
        END IF;
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
      SET row_security = off
      SET enable_seqscan = off
      SET max_parallel_workers_per_gather = 0`;

export class SearchSlices1796190610000 implements MigrationInterface {
  name = 'SearchSlices1796190610000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questions" ADD "search_position" bigint`);
    await queryRunner.query(`UPDATE "questions" q SET "search_position" = o.n
        FROM (SELECT tenant_id, id,
                     row_number() OVER (PARTITION BY tenant_id ORDER BY created_at, id) - 1 AS n
                FROM "questions") o
       WHERE o.tenant_id = q.tenant_id AND o.id = q.id`);
    await queryRunner.query(`ALTER TABLE "questions" ALTER COLUMN "search_position" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "questions_search_position_idx" ON "questions" ("tenant_id", "search_position")`,
    );
    // Runs as the inserting role: under RLS it sees the inserting tenant's rows, as it must.
    await queryRunner.query(`CREATE FUNCTION public.ik_question_search_position()
      RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        NEW.search_position := coalesce((SELECT max(q.search_position) FROM public.questions q
                                          WHERE q.tenant_id = NEW.tenant_id), -1) + 1;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER questions_search_position
      BEFORE INSERT ON "questions"
      FOR EACH ROW EXECUTE FUNCTION public.ik_question_search_position()`);
    await queryRunner.query(`DROP INDEX "questions_search_idx"`);
    await queryRunner.query(
      `CREATE INDEX "questions_search_idx" ON "questions" USING gin (${sliceKey('')}, "search")`,
    );
    await queryRunner.query(`${HEAD} AS $$${BODY} $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The function first: SearchBoundedRank's own body again (it reads no search_position).
    await new SearchBoundedRank1796190600000().up(queryRunner);
    await queryRunner.query(`DROP INDEX "questions_search_idx"`);
    await queryRunner.query(
      `CREATE INDEX "questions_search_idx" ON "questions" USING gin ("tenant_id", "search")`,
    );
    await queryRunner.query(`DROP TRIGGER questions_search_position ON "questions"`);
    await queryRunner.query(`DROP FUNCTION public.ik_question_search_position()`);
    await queryRunner.query(`DROP INDEX "questions_search_position_idx"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "search_position"`);
  }
}
