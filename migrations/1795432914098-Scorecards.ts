import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scorecards1795432914098 implements MigrationInterface {
  name = 'Scorecards1795432914098';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "candidates" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "email" text, "ats_external_id" text, "anonymized_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_60199552badcadbbdd60cea8d8f" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "candidates_tenant_created_idx" ON "candidates"  ("tenant_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "candidates_ats_external_key" ON "candidates"  ("tenant_id", "ats_external_id") WHERE "ats_external_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."interview_status" AS ENUM('SCHEDULED', 'AWAITING_FEEDBACK', 'COMPLETE', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "interviews" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_id" uuid NOT NULL, "loop_id" uuid NOT NULL, "stage_id" uuid NOT NULL, "scheduled_start" TIMESTAMP WITH TIME ZONE NOT NULL, "scheduled_end" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."interview_status" NOT NULL DEFAULT 'SCHEDULED', "reveal_at" TIMESTAMP WITH TIME ZONE, "ats_external_id" text, "cancel_reason" text, "completed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "interviews_schedule_check" CHECK ("scheduled_end" > "scheduled_start"), CONSTRAINT "PK_f8fdee75153f20511da42659f14" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "interviews_tenant_start_idx" ON "interviews"  ("tenant_id", "scheduled_start", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "interviews_candidate_idx" ON "interviews"  ("tenant_id", "candidate_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "interviews_ats_external_key" ON "interviews"  ("tenant_id", "ats_external_id") WHERE "ats_external_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."scorecard_status" AS ENUM('DRAFT', 'SUBMITTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "scorecards" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "interview_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "interviewer_id" uuid NOT NULL, "status" "public"."scorecard_status" NOT NULL DEFAULT 'DRAFT', "version" integer NOT NULL DEFAULT '1', "draft" jsonb NOT NULL DEFAULT '{}', "current_revision_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "scorecards_interview_interviewer_key" UNIQUE ("tenant_id", "interview_id", "interviewer_id"), CONSTRAINT "PK_6bb53f94b0db6c780552918830c" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "scorecards_interviewer_idx" ON "scorecards"  ("tenant_id", "interviewer_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "scorecards_candidate_idx" ON "scorecards"  ("tenant_id", "candidate_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "scorecards_tenant_updated_idx" ON "scorecards"  ("tenant_id", "updated_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "scorecards_tenant_submitted_idx" ON "scorecards"  ("tenant_id", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."recommendation" AS ENUM('STRONG_NO', 'NO', 'YES', 'STRONG_YES')`,
    );
    await queryRunner.query(
      `CREATE TABLE "scorecard_revisions" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "scorecard_id" uuid NOT NULL, "number" integer NOT NULL, "recommendation" "public"."recommendation" NOT NULL, "summary" text NOT NULL DEFAULT '', "notes" jsonb NOT NULL DEFAULT '[]', "reason" text, "after_reveal" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "scorecard_revisions_number_key" UNIQUE ("tenant_id", "scorecard_id", "number"), CONSTRAINT "PK_f31d292b1335c699be69479350c" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "scorecard_competency_ratings" ("tenant_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "score" smallint NOT NULL, CONSTRAINT "PK_14d63c03f7f56fb6dc3cc1561ae" PRIMARY KEY ("tenant_id", "revision_id", "competency_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "scorecard_scores" ("tenant_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "stage_question_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "question_version_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "score" smallint, CONSTRAINT "PK_21bb4630fbeb2fe129cdd204838" PRIMARY KEY ("tenant_id", "revision_id", "stage_question_id", "criterion_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "scorecard_scores_version_idx" ON "scorecard_scores"  ("tenant_id", "question_version_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."feedback_visibility" AS ENUM('AFTER_OWN_SUBMIT', 'AFTER_PANEL', 'ALWAYS', 'NEVER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "tenant_settings" ("tenant_id" uuid NOT NULL, "feedback_visibility" "public"."feedback_visibility" NOT NULL DEFAULT 'AFTER_OWN_SUBMIT', "feedback_due_hours" integer NOT NULL DEFAULT '24', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6abc1c3ed0df635955fc852f1c" PRIMARY KEY ("tenant_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "candidates" ADD CONSTRAINT "FK_f05c4cdcdc57d7d3cb0ef129d3c" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interviews" ADD CONSTRAINT "FK_ab334f8f4c1d1a26e0abdc1210c" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interviews" ADD CONSTRAINT "FK_bb7ff462c71587593dc936d8709" FOREIGN KEY ("tenant_id", "stage_id") REFERENCES "loop_stages"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interviews" ADD CONSTRAINT "FK_395b6b40309185139b3cdab9516" FOREIGN KEY ("tenant_id", "loop_id") REFERENCES "interview_loops"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interviews" ADD CONSTRAINT "FK_2ba63e0c770aeee511ee000713c" FOREIGN KEY ("tenant_id", "candidate_id") REFERENCES "candidates"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecards" ADD CONSTRAINT "FK_48181e9cb9185790634a5e16439" FOREIGN KEY ("interviewer_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecards" ADD CONSTRAINT "FK_79d838be3f0965b84d92fc536d3" FOREIGN KEY ("tenant_id", "candidate_id") REFERENCES "candidates"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecards" ADD CONSTRAINT "FK_fa978f2c8d70217a100f110bba9" FOREIGN KEY ("tenant_id", "interview_id") REFERENCES "interviews"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_revisions" ADD CONSTRAINT "FK_b87ede089bbf12c99e63bb8209b" FOREIGN KEY ("tenant_id", "scorecard_id") REFERENCES "scorecards"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_competency_ratings" ADD CONSTRAINT "FK_d4f1110c34948a152431c75c9a1" FOREIGN KEY ("tenant_id", "competency_id") REFERENCES "competencies"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_competency_ratings" ADD CONSTRAINT "FK_41b36e191415fcfc3cc4a17e927" FOREIGN KEY ("tenant_id", "revision_id") REFERENCES "scorecard_revisions"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_scores" ADD CONSTRAINT "FK_58b4db79f69cf485c376dcc7d98" FOREIGN KEY ("tenant_id", "competency_id") REFERENCES "competencies"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_scores" ADD CONSTRAINT "FK_161617af1d94ad0ffb27db5c1da" FOREIGN KEY ("tenant_id", "question_version_id") REFERENCES "question_versions"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_scores" ADD CONSTRAINT "FK_2a8b61ba54dcf2475e548ffba71" FOREIGN KEY ("tenant_id", "criterion_id") REFERENCES "rubric_criteria"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_scores" ADD CONSTRAINT "FK_9a41d7e9f8e28fa1d10da6eb0d0" FOREIGN KEY ("tenant_id", "stage_question_id") REFERENCES "stage_questions"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_scores" ADD CONSTRAINT "FK_6d3799072b3929bb07ed57eedac" FOREIGN KEY ("tenant_id", "revision_id") REFERENCES "scorecard_revisions"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tenant_settings" ADD CONSTRAINT "FK_a6abc1c3ed0df635955fc852f1c" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: row-level security and the runtime role's grants.
    const tables = [
      'tenant_settings',
      'candidates',
      'interviews',
      'scorecards',
      'scorecard_revisions',
      'scorecard_scores',
      'scorecard_competency_ratings',
    ];
    for (const table of tables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    }
    // Candidates and interviews are anonymised or cancelled, never deleted; a draft scorecard
    // goes when its interviewer is unassigned; submitted content is insert-only.
    for (const table of ['tenant_settings', 'candidates', 'interviews']) {
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "${table}" TO ik_runtime`);
    }
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "scorecards" TO ik_runtime`);
    for (const table of [
      'scorecard_revisions',
      'scorecard_scores',
      'scorecard_competency_ratings',
    ]) {
      await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO ik_runtime`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'tenant_settings',
      'candidates',
      'interviews',
      'scorecards',
      'scorecard_revisions',
      'scorecard_scores',
      'scorecard_competency_ratings',
    ]) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ik_runtime`);
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "tenant_settings" DROP CONSTRAINT "FK_a6abc1c3ed0df635955fc852f1c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_scores" DROP CONSTRAINT "FK_6d3799072b3929bb07ed57eedac"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_scores" DROP CONSTRAINT "FK_9a41d7e9f8e28fa1d10da6eb0d0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_scores" DROP CONSTRAINT "FK_2a8b61ba54dcf2475e548ffba71"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_scores" DROP CONSTRAINT "FK_161617af1d94ad0ffb27db5c1da"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_scores" DROP CONSTRAINT "FK_58b4db79f69cf485c376dcc7d98"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_competency_ratings" DROP CONSTRAINT "FK_41b36e191415fcfc3cc4a17e927"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_competency_ratings" DROP CONSTRAINT "FK_d4f1110c34948a152431c75c9a1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_revisions" DROP CONSTRAINT "FK_b87ede089bbf12c99e63bb8209b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecards" DROP CONSTRAINT "FK_fa978f2c8d70217a100f110bba9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecards" DROP CONSTRAINT "FK_79d838be3f0965b84d92fc536d3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecards" DROP CONSTRAINT "FK_48181e9cb9185790634a5e16439"`,
    );
    await queryRunner.query(
      `ALTER TABLE "interviews" DROP CONSTRAINT "FK_2ba63e0c770aeee511ee000713c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "interviews" DROP CONSTRAINT "FK_395b6b40309185139b3cdab9516"`,
    );
    await queryRunner.query(
      `ALTER TABLE "interviews" DROP CONSTRAINT "FK_bb7ff462c71587593dc936d8709"`,
    );
    await queryRunner.query(
      `ALTER TABLE "interviews" DROP CONSTRAINT "FK_ab334f8f4c1d1a26e0abdc1210c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "candidates" DROP CONSTRAINT "FK_f05c4cdcdc57d7d3cb0ef129d3c"`,
    );
    await queryRunner.query(`DROP TABLE "tenant_settings"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_visibility"`);
    await queryRunner.query(`DROP INDEX "public"."scorecard_scores_version_idx"`);
    await queryRunner.query(`DROP TABLE "scorecard_scores"`);
    await queryRunner.query(`DROP TABLE "scorecard_competency_ratings"`);
    await queryRunner.query(`DROP TABLE "scorecard_revisions"`);
    await queryRunner.query(`DROP TYPE "public"."recommendation"`);
    await queryRunner.query(`DROP INDEX "public"."scorecards_tenant_submitted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."scorecards_tenant_updated_idx"`);
    await queryRunner.query(`DROP INDEX "public"."scorecards_candidate_idx"`);
    await queryRunner.query(`DROP INDEX "public"."scorecards_interviewer_idx"`);
    await queryRunner.query(`DROP TABLE "scorecards"`);
    await queryRunner.query(`DROP TYPE "public"."scorecard_status"`);
    await queryRunner.query(`DROP INDEX "public"."interviews_ats_external_key"`);
    await queryRunner.query(`DROP INDEX "public"."interviews_candidate_idx"`);
    await queryRunner.query(`DROP INDEX "public"."interviews_tenant_start_idx"`);
    await queryRunner.query(`DROP TABLE "interviews"`);
    await queryRunner.query(`DROP TYPE "public"."interview_status"`);
    await queryRunner.query(`DROP INDEX "public"."candidates_ats_external_key"`);
    await queryRunner.query(`DROP INDEX "public"."candidates_tenant_created_idx"`);
    await queryRunner.query(`DROP TABLE "candidates"`);
  }
}
