import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-member preferences for mail that is not essential (issue 15). Tenant-owned, so row-level
 * security like every other tenant table; goes with the membership (cascade).
 */
export class NotificationPreferences1796175100000 implements MigrationInterface {
  name = 'NotificationPreferences1796175100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("tenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "feedback_complete" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c3e6cc717b4f6dc1b0260030f2" PRIMARY KEY ("tenant_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_9c3e6cc717b4f6dc1b0260030f2" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "memberships"("tenant_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "notification_preferences" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "notification_preferences"
      USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON "notification_preferences" TO ik_runtime`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "notification_preferences"`);
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_9c3e6cc717b4f6dc1b0260030f2"`,
    );
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
  }
}
