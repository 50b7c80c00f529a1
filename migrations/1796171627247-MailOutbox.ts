import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox of e-mail (issue 15): one row per message, written in the transaction of the change
 * that causes it, sent after commit by the mail worker through pg-boss. Tenant-owned, so
 * row-level security like every other tenant table; the runtime role reads, inserts and
 * updates (status, attempts), never deletes (the tenant's deletion cascades).
 */
export class MailOutbox1796171627247 implements MigrationInterface {
  name = 'MailOutbox1796171627247';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."mail_status" AS ENUM('PENDING', 'RETRYING', 'SENDING', 'SENT', 'DEAD')`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_messages" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "to_address" text NOT NULL, "dedupe_key" text, "content_ciphertext" bytea, "status" "public"."mail_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "claimed_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bea8e00cd5a0414bbc0b9d5df3f" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mail_messages_dedupe_key" ON "mail_messages"  ("tenant_id", "dedupe_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_messages_tenant_created_idx" ON "mail_messages"  ("tenant_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_messages_pending_idx" ON "mail_messages"  ("status", "next_attempt_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "FK_68d7cfcbcaca4560e61259f3c0c" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "mail_messages" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "mail_messages" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "mail_messages"
      USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "mail_messages" TO ik_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "mail_messages"`);
    await queryRunner.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "FK_68d7cfcbcaca4560e61259f3c0c"`,
    );
    await queryRunner.query(`DROP INDEX "public"."mail_messages_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_messages_tenant_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_messages_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "mail_messages"`);
    await queryRunner.query(`DROP TYPE "public"."mail_status"`);
  }
}
