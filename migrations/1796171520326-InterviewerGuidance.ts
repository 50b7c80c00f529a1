import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an experienced interviewer needs beyond the rubric (issue 17): per question version,
 * what a "Yes" looks like at each seniority it is tagged with and worked example answers; per
 * tenant, the interview guide (scoring guide, seniority level definitions, interviewer
 * guidance), written by pack import and read by the kit.
 */
export class InterviewerGuidance1796171520326 implements MigrationInterface {
  name = 'InterviewerGuidance1796171520326';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "question_versions" ADD "level_expectations" jsonb NOT NULL DEFAULT '[]'`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_versions" ADD "example_answers" jsonb NOT NULL DEFAULT '[]'`,
    );
    await queryRunner.query(`CREATE TABLE "interview_guides" (
        "tenant_id" uuid NOT NULL,
        "scoring_guide" jsonb NOT NULL,
        "seniority_levels" jsonb NOT NULL,
        "interviewer_guidance" jsonb NOT NULL,
        "pack_name" text,
        "pack_version" text,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_interview_guides" PRIMARY KEY ("tenant_id"))`);
    await queryRunner.query(
      `ALTER TABLE "interview_guides" ADD CONSTRAINT "FK_interview_guides_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: row-level security and grants, as for every tenant table.
    await queryRunner.query(`ALTER TABLE "interview_guides" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "interview_guides" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "interview_guides"
      USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "interview_guides" TO ik_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "interview_guides"`);
    await queryRunner.query(`ALTER TABLE "question_versions" DROP COLUMN "example_answers"`);
    await queryRunner.query(`ALTER TABLE "question_versions" DROP COLUMN "level_expectations"`);
  }
}
