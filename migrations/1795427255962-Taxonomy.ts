import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Taxonomy1795427255962 implements MigrationInterface {
  name = 'Taxonomy1795427255962';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "categories" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_id" uuid, "slug" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3daaffcf03b596d60f8d48190ce" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "competencies" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "competencies_key_key" UNIQUE ("tenant_id", "key"), CONSTRAINT "PK_549c0160b28d8d1dd1365d4c893" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."question_type" AS ENUM('BEHAVIORAL', 'TECHNICAL', 'SYSTEM_DESIGN', 'CODING', 'DEBUGGING', 'SITUATIONAL', 'MOTIVATION', 'CANDIDATE_QUESTION')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."seniority" AS ENUM('JUNIOR', 'MID', 'SENIOR', 'STAFF')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."question_status" AS ENUM('DRAFT', 'ACTIVE', 'ARCHIVED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "questions" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "category_id" uuid NOT NULL, "type" "public"."question_type" NOT NULL, "seniority" "public"."seniority" array NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "estimated_minutes" integer NOT NULL, "status" "public"."question_status" NOT NULL DEFAULT 'DRAFT', "current_version_id" uuid, "pack_name" text, "pack_key" text, "pack_hash" text, "search" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "questions_pack_key_key" UNIQUE ("tenant_id", "pack_name", "pack_key"), CONSTRAINT "PK_e2f8545a06526c68a844a8eb696" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "questions_tenant_created_idx" ON "questions"  ("tenant_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "rating_scales" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "levels" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "rating_scales_version_key" UNIQUE ("tenant_id", "version"), CONSTRAINT "PK_a2b119d75ef5e602eae4e8164c9" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."answer_format" AS ENUM('STAR', 'FREE_FORM', 'WHITEBOARD', 'CODE', 'DISCUSSION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."version_source" AS ENUM('USER', 'PACK')`);
    await queryRunner.query(
      `CREATE TABLE "question_versions" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "number" integer NOT NULL, "prompt" text NOT NULL, "purpose" text NOT NULL, "guidance" text NOT NULL, "follow_ups" text array NOT NULL, "strong_signals" text array NOT NULL, "red_flags" text array NOT NULL, "answer_format" "public"."answer_format" NOT NULL, "scale_id" uuid NOT NULL, "author_id" uuid, "source" "public"."version_source" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "question_versions_number_key" UNIQUE ("tenant_id", "question_id", "number"), CONSTRAINT "PK_adff32326dc959532cb0052ebaa" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "rubric_criteria" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_version_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "competency_id" uuid NOT NULL, "weight" numeric(6,2) NOT NULL, "anchors" text array NOT NULL, CONSTRAINT "PK_3e808b4d7643aa74a6248b67def" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "rubric_criteria_version_idx" ON "rubric_criteria"  ("tenant_id", "question_version_id", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "categories" ADD CONSTRAINT "FK_5d4fe23b360b1b9e16a3f41727f" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "categories" ADD CONSTRAINT "FK_b43e7c0396e495d1b8ac8eaeded" FOREIGN KEY ("tenant_id", "parent_id") REFERENCES "categories"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competencies" ADD CONSTRAINT "FK_025945df5c52194dbcdb7a651a9" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_43d1b1dd813501e3b294953b159" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_6005ec352a4756e06a8330a10ea" FOREIGN KEY ("tenant_id", "current_version_id") REFERENCES "question_versions"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_5b4346e91e07fc374833abd9a40" FOREIGN KEY ("tenant_id", "category_id") REFERENCES "categories"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rating_scales" ADD CONSTRAINT "FK_e38a41bf297edf80e03dc36dbbe" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_versions" ADD CONSTRAINT "FK_138f569e98456782b12dc5178cc" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_versions" ADD CONSTRAINT "FK_30bdc8f44fad83ac664d1c7225f" FOREIGN KEY ("tenant_id", "scale_id") REFERENCES "rating_scales"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_versions" ADD CONSTRAINT "FK_e2a0fc99df5056907bd59ff5048" FOREIGN KEY ("tenant_id", "question_id") REFERENCES "questions"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rubric_criteria" ADD CONSTRAINT "FK_34bbbe4e1dfdb137327a903083a" FOREIGN KEY ("tenant_id", "competency_id") REFERENCES "competencies"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rubric_criteria" ADD CONSTRAINT "FK_10843fefbe17956f34210e46077" FOREIGN KEY ("tenant_id", "question_version_id") REFERENCES "question_versions"("tenant_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // Written by hand: what the entity diff cannot express.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "categories_sibling_slug_key" ON "categories" ("tenant_id", "parent_id", "slug") NULLS NOT DISTINCT`,
    );
    // btree_gin lets one GIN index lead with tenant_id, so a search never reads other tenants' rows.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(
      `CREATE INDEX "questions_search_idx" ON "questions" USING gin ("tenant_id", "search")`,
    );
    const tables = [
      'categories',
      'competencies',
      'rating_scales',
      'questions',
      'question_versions',
      'rubric_criteria',
    ];
    for (const table of tables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    }
    // Taxonomy rows are archived, never deleted; versions and their rubrics are immutable.
    for (const table of ['categories', 'competencies', 'rating_scales', 'questions']) {
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "${table}" TO ik_runtime`);
    }
    for (const table of ['question_versions', 'rubric_criteria']) {
      await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO ik_runtime`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'categories',
      'competencies',
      'rating_scales',
      'questions',
      'question_versions',
      'rubric_criteria',
    ]) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ik_runtime`);
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
    }
    await queryRunner.query(`DROP INDEX "questions_search_idx"`);
    await queryRunner.query(`DROP INDEX "categories_sibling_slug_key"`);
    await queryRunner.query(
      `ALTER TABLE "rubric_criteria" DROP CONSTRAINT "FK_10843fefbe17956f34210e46077"`,
    );
    await queryRunner.query(
      `ALTER TABLE "rubric_criteria" DROP CONSTRAINT "FK_34bbbe4e1dfdb137327a903083a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_versions" DROP CONSTRAINT "FK_e2a0fc99df5056907bd59ff5048"`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_versions" DROP CONSTRAINT "FK_30bdc8f44fad83ac664d1c7225f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_versions" DROP CONSTRAINT "FK_138f569e98456782b12dc5178cc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "rating_scales" DROP CONSTRAINT "FK_e38a41bf297edf80e03dc36dbbe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" DROP CONSTRAINT "FK_5b4346e91e07fc374833abd9a40"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" DROP CONSTRAINT "FK_6005ec352a4756e06a8330a10ea"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" DROP CONSTRAINT "FK_43d1b1dd813501e3b294953b159"`,
    );
    await queryRunner.query(
      `ALTER TABLE "competencies" DROP CONSTRAINT "FK_025945df5c52194dbcdb7a651a9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "categories" DROP CONSTRAINT "FK_b43e7c0396e495d1b8ac8eaeded"`,
    );
    await queryRunner.query(
      `ALTER TABLE "categories" DROP CONSTRAINT "FK_5d4fe23b360b1b9e16a3f41727f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."rubric_criteria_version_idx"`);
    await queryRunner.query(`DROP TABLE "rubric_criteria"`);
    await queryRunner.query(`DROP TABLE "question_versions"`);
    await queryRunner.query(`DROP TYPE "public"."version_source"`);
    await queryRunner.query(`DROP TYPE "public"."answer_format"`);
    await queryRunner.query(`DROP TABLE "rating_scales"`);
    await queryRunner.query(`DROP INDEX "public"."questions_tenant_created_idx"`);
    await queryRunner.query(`DROP TABLE "questions"`);
    await queryRunner.query(`DROP TYPE "public"."question_status"`);
    await queryRunner.query(`DROP TYPE "public"."seniority"`);
    await queryRunner.query(`DROP TYPE "public"."question_type"`);
    await queryRunner.query(`DROP TABLE "competencies"`);
    await queryRunner.query(`DROP TABLE "categories"`);
  }
}
