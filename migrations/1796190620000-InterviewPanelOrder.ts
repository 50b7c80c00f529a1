import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An interview keeps its panel in the order the recruiter (or the ATS) gave it, so the
 * interviewers are listed as picked: their scorecards are inserted by one statement and share
 * a creation time, so ordering by it listed a panel by id. Interviews scheduled before this
 * keep an empty order and are listed as before (by creation, then id); no rows are rewritten,
 * so the sync feeds do not see every interview change.
 */
export class InterviewPanelOrder1796190620000 implements MigrationInterface {
  name = 'InterviewPanelOrder1796190620000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "interviews" ADD "panel_order" uuid array NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interviews" DROP COLUMN "panel_order"`);
  }
}
