import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loop templates shipped in packs (issue 17): the template's pack identity, so that a re-import
 * creates each template once and never touches one the tenant already has.
 */
export class PackLoopTemplates1796174153989 implements MigrationInterface {
  name = 'PackLoopTemplates1796174153989';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interview_loops" ADD "pack_template" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "interview_loops_pack_template_key" ON "interview_loops" ("tenant_id", "pack_template") WHERE "pack_template" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."interview_loops_pack_template_key"`);
    await queryRunner.query(`ALTER TABLE "interview_loops" DROP COLUMN "pack_template"`);
  }
}
