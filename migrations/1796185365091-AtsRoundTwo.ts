import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ATS integration, round two: the ATS an API key or webhook endpoint speaks, the tenant's
 * mapping of our scale to each ATS's values, and the member an API key acted for in the
 * audit log (On-Behalf-Of).
 */
export class AtsRoundTwo1796185365091 implements MigrationInterface {
  name = 'AtsRoundTwo1796185365091';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."ats_system" AS ENUM('GREENHOUSE', 'LEVER', 'ASHBY')`,
    );
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "ats" "public"."ats_system"`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD "ats" "public"."ats_system"`);
    await queryRunner.query(
      `ALTER TABLE "tenant_settings" ADD "ats_scale_mappings" jsonb NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "on_behalf_of" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "on_behalf_of"`);
    await queryRunner.query(`ALTER TABLE "tenant_settings" DROP COLUMN "ats_scale_mappings"`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP COLUMN "ats"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "ats"`);
    await queryRunner.query(`DROP TYPE "public"."ats_system"`);
  }
}
