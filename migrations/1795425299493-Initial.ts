import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795425299493 implements MigrationInterface {
  name = 'Initial1795425299493';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tenants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2310ecc5cb8be427097154b18fc" UNIQUE ("slug"), CONSTRAINT "PK_53be67a04681c66b87ee27c9321" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."member_role" AS ENUM('ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'INTERVIEWER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "memberships" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" "public"."member_role" NOT NULL, "invite_token_hash" bytea, "invite_expires_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "memberships_tenant_user_key" UNIQUE ("tenant_id", "user_id"), CONSTRAINT "PK_a45f644207a2d1d3fd36a2c9047" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "PK_e703507f27e24b07b16d2e14764" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2bebd22f16e68b57c9e1f5fe7d9" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "refresh_tokens_hash_key" ON "refresh_tokens"  ("tenant_id", "token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_a9c14741084d57ac0ec0cb52af3" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_32a6ac85a3a94e9d0ff397ab917" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "memberships"("tenant_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_af7ce72ff87ce0292279be44049" FOREIGN KEY ("tenant_id", "session_id") REFERENCES "sessions"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: what the entity diff cannot express.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "users_email_lower_key" ON "users" (lower("email"))`,
    );
    await queryRunner.query(`CREATE TABLE "rate_limits" (
      "key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`);
    // The runtime login role is made a member of this group at start; it owns nothing.
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ik_runtime') THEN
        CREATE ROLE ik_runtime NOLOGIN NOSUPERUSER NOBYPASSRLS;
      END IF; END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ik_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "tenants" TO ik_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "users" TO ik_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "rate_limits" TO ik_runtime`);
    for (const table of ['memberships', 'sessions', 'refresh_tokens']) {
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO ik_runtime`);
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      // Fails closed: with app.tenant_id unset the expression is NULL and no row matches.
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['memberships', 'sessions', 'refresh_tokens']) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
    }
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ik_runtime`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ik_runtime`);
    await queryRunner.query(`DROP TABLE "rate_limits"`);
    await queryRunner.query(`DROP INDEX "users_email_lower_key"`);
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_af7ce72ff87ce0292279be44049"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" DROP CONSTRAINT "FK_32a6ac85a3a94e9d0ff397ab917"`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" DROP CONSTRAINT "FK_a9c14741084d57ac0ec0cb52af3"`,
    );
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_hash_key"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP TYPE "public"."member_role"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "tenants"`);
  }
}
