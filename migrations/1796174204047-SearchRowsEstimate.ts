import type { MigrationInterface, QueryRunner } from 'typeorm';

const SIGNATURE = `public.ik_question_search(tsquery, uuid[], uuid, text, text, text, text, real,
  uuid, integer, boolean)`;

/**
 * The planner estimates 1,000 rows for a set-returning function unless told otherwise, so the
 * statement that reads a search page's rows hash-joined every question of the tenant
 * (measured by bench:scale: 29 of 52 ms at 10,000 questions). A page is at most 101 rows:
 * with that estimate the rows are read by primary key.
 */
export class SearchRowsEstimate1796174204047 implements MigrationInterface {
  name = 'SearchRowsEstimate1796174204047';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER FUNCTION ${SIGNATURE} ROWS 100`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER FUNCTION ${SIGNATURE} ROWS 1000`);
  }
}
