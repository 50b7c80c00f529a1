import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calendar messages name their entry's UID: the count of earlier ones is the next SEQUENCE. */
export class MailCalendarUid1796173388911 implements MigrationInterface {
  name = 'MailCalendarUid1796173388911';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_messages" ADD "calendar_uid" text`);
    await queryRunner.query(
      `CREATE INDEX "mail_messages_calendar_uid_idx" ON "mail_messages"  ("tenant_id", "calendar_uid") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."mail_messages_calendar_uid_idx"`);
    await queryRunner.query(`ALTER TABLE "mail_messages" DROP COLUMN "calendar_uid"`);
  }
}
