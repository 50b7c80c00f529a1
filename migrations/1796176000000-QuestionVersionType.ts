import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The question type as each version was written: kits and scorecards pinned to a version read
 * its own type (rated or not, STAR notes or not), so changing a question's type later does not
 * alter a published loop. Existing versions take their question's type of today.
 */
export class QuestionVersionType1796176000000 implements MigrationInterface {
  name = 'QuestionVersionType1796176000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_versions" ADD "type" "public"."question_type"`);
    await queryRunner.query(`UPDATE "question_versions" v SET "type" = q."type"
        FROM "questions" q WHERE q."tenant_id" = v."tenant_id" AND q."id" = v."question_id"`);
    await queryRunner.query(`ALTER TABLE "question_versions" ALTER COLUMN "type" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_versions" DROP COLUMN "type"`);
  }
}
