import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hardens the erasure function: a fixed search_path with pg_temp last and qualified names (a
 * temporary table can no longer stand in for a real one), only for a candidate already marked
 * anonymised, and amendment reasons erased too. The runtime role (through PUBLIC) loses TEMP.
 */
export class ErasureHardening1795438582968 implements MigrationInterface {
  name = 'ErasureHardening1795438582968';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION ik_erase_scorecard_text(candidate uuid)
      RETURNS integer LANGUAGE sql SECURITY DEFINER
      SET search_path = pg_catalog, public, pg_temp AS $$
        WITH erased AS (
          UPDATE public.scorecard_revisions r
             SET summary = '', notes = '[]'::jsonb,
                 reason = CASE WHEN r.reason IS NULL THEN NULL ELSE '' END
            FROM public.scorecards s
            JOIN public.candidates c ON c.tenant_id = s.tenant_id AND c.id = s.candidate_id
           WHERE s.tenant_id = r.tenant_id AND s.id = r.scorecard_id AND s.candidate_id = candidate
             AND s.tenant_id = nullif(pg_catalog.current_setting('app.tenant_id', true), '')::uuid
             AND c.anonymized_at IS NOT NULL
          RETURNING 1)
        SELECT pg_catalog.count(*)::int FROM erased
      $$`);
    await queryRunner.query(`DO $$ BEGIN
      EXECUTE pg_catalog.format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', pg_catalog.current_database());
    END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$ BEGIN
      EXECUTE pg_catalog.format('GRANT TEMPORARY ON DATABASE %I TO PUBLIC', pg_catalog.current_database());
    END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION ik_erase_scorecard_text(candidate uuid)
      RETURNS integer LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        WITH erased AS (
          UPDATE scorecard_revisions r SET summary = '', notes = '[]'::jsonb
            FROM scorecards s
           WHERE s.tenant_id = r.tenant_id AND s.id = r.scorecard_id AND s.candidate_id = candidate
             AND s.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
          RETURNING 1)
        SELECT count(*)::int FROM erased
      $$`);
  }
}
