import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pages that cost the same at any volume (issue 16).
 *
 * - The sync feeds (`updatedSince`) of candidates, interviews and tombstones get an index that
 *   leads with the time they filter on, so the bound is an index condition instead of a filter
 *   that reads and throws away every older row of the tenant (scorecards already have
 *   `(tenant_id, updated_at, id)` for their list).
 * - `scorecards.amended_after_reveal`, kept on write by the amendment, replaces a search of
 *   every revision of each scorecard on each page.
 * - `scorecard_scores.position`, the rating's order on the sheet fixed at write, replaces two
 *   primary-key look-ups per rating made only to order them.
 *
 * The backfills run with row security off (the owner must pass RLS, as for the definer
 * functions: an owner subject to it makes this fail instead of skipping rows) and without the
 * change-sequence trigger, so that no row moves in the sync feeds for a column it always had.
 */
export class SyncSeek1796171579824 implements MigrationInterface {
  name = 'SyncSeek1796171579824';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL row_security = off`);
    await queryRunner.query(
      `ALTER TABLE "scorecards" ADD "amended_after_reveal" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "scorecards" DISABLE TRIGGER scorecards_change_seq`);
    await queryRunner.query(`UPDATE scorecards s SET amended_after_reveal = true
      WHERE EXISTS (SELECT 1 FROM scorecard_revisions a WHERE a.tenant_id = s.tenant_id
                       AND a.scorecard_id = s.id AND a.after_reveal)`);
    await queryRunner.query(`ALTER TABLE "scorecards" ENABLE TRIGGER scorecards_change_seq`);
    await queryRunner.query(`ALTER TABLE "scorecard_scores" ADD "position" smallint`);
    await queryRunner.query(`UPDATE scorecard_scores x SET position = o.n
      FROM (SELECT y.tenant_id, y.revision_id, y.stage_question_id, y.criterion_id,
                   row_number() OVER (PARTITION BY y.tenant_id, y.revision_id
                                      ORDER BY q.position, c.position) AS n
              FROM scorecard_scores y
              JOIN stage_questions q ON q.tenant_id = y.tenant_id AND q.id = y.stage_question_id
              JOIN rubric_criteria c ON c.tenant_id = y.tenant_id AND c.id = y.criterion_id) o
     WHERE x.tenant_id = o.tenant_id AND x.revision_id = o.revision_id
       AND x.stage_question_id = o.stage_question_id AND x.criterion_id = o.criterion_id`);
    await queryRunner.query(`ALTER TABLE "scorecard_scores" ALTER COLUMN "position" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "candidates_tenant_updated_change_idx" ON "candidates" ("tenant_id", "updated_at", "change_seq") `,
    );
    await queryRunner.query(
      `CREATE INDEX "interviews_tenant_updated_change_idx" ON "interviews" ("tenant_id", "updated_at", "change_seq") `,
    );
    await queryRunner.query(
      `CREATE INDEX "sync_tombstones_occurred_change_idx" ON "sync_tombstones" ("tenant_id", "occurred_at", "change_seq") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sync_tombstones_occurred_change_idx"`);
    await queryRunner.query(`DROP INDEX "public"."interviews_tenant_updated_change_idx"`);
    await queryRunner.query(`DROP INDEX "public"."candidates_tenant_updated_change_idx"`);
    await queryRunner.query(`ALTER TABLE "scorecard_scores" DROP COLUMN "position"`);
    await queryRunner.query(`ALTER TABLE "scorecards" DROP COLUMN "amended_after_reveal"`);
  }
}
