import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Loops1795429097682 implements MigrationInterface {
  name = 'Loops1795429097682';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."loop_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "interview_loops" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "role_title" text NOT NULL, "ats_job_id" text, "description" text NOT NULL DEFAULT '', "owner_id" uuid NOT NULL, "status" "public"."loop_status" NOT NULL DEFAULT 'DRAFT', "is_template" boolean NOT NULL DEFAULT false, "cloned_from_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95eca2de70a7c325ca073ecc9c5" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "interview_loops_tenant_created_idx" ON "interview_loops"  ("tenant_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "interview_loops_ats_job_key" ON "interview_loops"  ("tenant_id", "ats_job_id") WHERE "ats_job_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "loop_hiring_managers" ("tenant_id" uuid NOT NULL, "loop_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_541e106ca910255102fce02e382" PRIMARY KEY ("tenant_id", "loop_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."stage_kind" AS ENUM('SCREEN', 'TECHNICAL', 'SYSTEM_DESIGN', 'CODING', 'BEHAVIORAL', 'CULTURE', 'DEBRIEF')`,
    );
    await queryRunner.query(
      `CREATE TABLE "loop_stages" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "loop_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "kind" "public"."stage_kind" NOT NULL, "duration_minutes" integer NOT NULL, "focus_competency_ids" uuid array NOT NULL DEFAULT '{}', "instructions" text NOT NULL DEFAULT '', CONSTRAINT "PK_c66696acde077d5b949b7d039df" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "loop_stages_loop_idx" ON "loop_stages"  ("tenant_id", "loop_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "stage_questions" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "stage_id" uuid NOT NULL, "position" integer NOT NULL, "question_version_id" uuid NOT NULL, "time_budget_minutes" integer NOT NULL, "required" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_c5cf002e3f136880d86b9482c5a" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stage_questions_stage_idx" ON "stage_questions"  ("tenant_id", "stage_id", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "interview_loops" ADD CONSTRAINT "FK_f70ff8ff0e145ce12d5e056110a" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interview_loops" ADD CONSTRAINT "FK_c586338e85a8eb844611ca34639" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interview_loops" ADD CONSTRAINT "FK_942a3a025e0544d35a51704c073" FOREIGN KEY ("tenant_id", "cloned_from_id") REFERENCES "interview_loops"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loop_hiring_managers" ADD CONSTRAINT "FK_d82d49f0a18c40d564aa672c1e3" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "memberships"("tenant_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loop_hiring_managers" ADD CONSTRAINT "FK_6a5f9dc069b1364aef70ab33e93" FOREIGN KEY ("tenant_id", "loop_id") REFERENCES "interview_loops"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loop_stages" ADD CONSTRAINT "FK_c6b854acc4b73a6215bea50c30c" FOREIGN KEY ("tenant_id", "loop_id") REFERENCES "interview_loops"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_questions" ADD CONSTRAINT "FK_1a96cff5e253cd6255ad8241bde" FOREIGN KEY ("tenant_id", "question_version_id") REFERENCES "question_versions"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_questions" ADD CONSTRAINT "FK_8544d02ed46f6892e4f61fd37a4" FOREIGN KEY ("tenant_id", "stage_id") REFERENCES "loop_stages"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: row-level security and the runtime role's grants.
    const tables = ['interview_loops', 'loop_hiring_managers', 'loop_stages', 'stage_questions'];
    for (const table of tables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    }
    // Loops are archived, never deleted; a draft's stages and pins may be removed.
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "interview_loops" TO ik_runtime`);
    for (const table of ['loop_hiring_managers', 'loop_stages', 'stage_questions']) {
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO ik_runtime`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'interview_loops',
      'loop_hiring_managers',
      'loop_stages',
      'stage_questions',
    ]) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ik_runtime`);
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "stage_questions" DROP CONSTRAINT "FK_8544d02ed46f6892e4f61fd37a4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_questions" DROP CONSTRAINT "FK_1a96cff5e253cd6255ad8241bde"`,
    );
    await queryRunner.query(
      `ALTER TABLE "loop_stages" DROP CONSTRAINT "FK_c6b854acc4b73a6215bea50c30c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "loop_hiring_managers" DROP CONSTRAINT "FK_6a5f9dc069b1364aef70ab33e93"`,
    );
    await queryRunner.query(
      `ALTER TABLE "loop_hiring_managers" DROP CONSTRAINT "FK_d82d49f0a18c40d564aa672c1e3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "interview_loops" DROP CONSTRAINT "FK_942a3a025e0544d35a51704c073"`,
    );
    await queryRunner.query(
      `ALTER TABLE "interview_loops" DROP CONSTRAINT "FK_c586338e85a8eb844611ca34639"`,
    );
    await queryRunner.query(
      `ALTER TABLE "interview_loops" DROP CONSTRAINT "FK_f70ff8ff0e145ce12d5e056110a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."stage_questions_stage_idx"`);
    await queryRunner.query(`DROP TABLE "stage_questions"`);
    await queryRunner.query(`DROP INDEX "public"."loop_stages_loop_idx"`);
    await queryRunner.query(`DROP TABLE "loop_stages"`);
    await queryRunner.query(`DROP TYPE "public"."stage_kind"`);
    await queryRunner.query(`DROP TABLE "loop_hiring_managers"`);
    await queryRunner.query(`DROP INDEX "public"."interview_loops_ats_job_key"`);
    await queryRunner.query(`DROP INDEX "public"."interview_loops_tenant_created_idx"`);
    await queryRunner.query(`DROP TABLE "interview_loops"`);
    await queryRunner.query(`DROP TYPE "public"."loop_status"`);
  }
}
