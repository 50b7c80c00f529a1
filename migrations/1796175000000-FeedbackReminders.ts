import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback reminders (issue 15): the tenant's reminder policy (first after a delay past the
 * interview's end, then every interval, at most a limit of them; defaults 60 minutes, 24 hours,
 * 3), and `scorecard_notices`, the once-only marks of the feedback sweep (the scorecard.overdue
 * event). Tenant-owned, so row-level security like every other tenant table; the runtime role
 * reads and inserts marks, never changes or deletes one (a scorecard's deletion cascades).
 */
export class FeedbackReminders1796175000000 implements MigrationInterface {
  name = 'FeedbackReminders1796175000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "tenant_settings" ADD "feedback_reminder_delay_minutes" integer NOT NULL DEFAULT '60'`,
    );
    await queryRunner.query(
      `ALTER TABLE "tenant_settings" ADD "feedback_reminder_interval_hours" integer NOT NULL DEFAULT '24'`,
    );
    await queryRunner.query(
      `ALTER TABLE "tenant_settings" ADD "feedback_reminder_limit" integer NOT NULL DEFAULT '3'`,
    );
    await queryRunner.query(
      `CREATE TABLE "scorecard_notices" ("tenant_id" uuid NOT NULL, "scorecard_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_474c6b4eb1aa0a0f0b6da3ba6f8" PRIMARY KEY ("tenant_id", "scorecard_id", "kind"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_notices" ADD CONSTRAINT "FK_b4b4a301c50cc03f95f8fb6b1d5" FOREIGN KEY ("tenant_id", "scorecard_id") REFERENCES "scorecards"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "scorecard_notices" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "scorecard_notices" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "scorecard_notices"
      USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "scorecard_notices" TO ik_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "scorecard_notices"`);
    await queryRunner.query(
      `ALTER TABLE "scorecard_notices" DROP CONSTRAINT "FK_b4b4a301c50cc03f95f8fb6b1d5"`,
    );
    await queryRunner.query(`DROP TABLE "scorecard_notices"`);
    await queryRunner.query(`ALTER TABLE "tenant_settings" DROP COLUMN "feedback_reminder_limit"`);
    await queryRunner.query(
      `ALTER TABLE "tenant_settings" DROP COLUMN "feedback_reminder_interval_hours"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tenant_settings" DROP COLUMN "feedback_reminder_delay_minutes"`,
    );
  }
}
