import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Integration1795435799865 implements MigrationInterface {
  name = 'Integration1795435799865';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand (first): the change sequence of the sync feeds is the id of the writing
    // transaction (xid8 as bigint); it must exist before the columns that default to it.
    await queryRunner.query(`CREATE FUNCTION ik_change_seq() RETURNS bigint
      LANGUAGE sql VOLATILE AS $$ SELECT pg_current_xact_id()::text::bigint $$`);
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "prefix" text NOT NULL, "secret_hash" bytea NOT NULL, "scopes" text array NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_63391bb25a8c6e1c50de701375f" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys"  ("prefix") `);
    await queryRunner.query(
      `CREATE TYPE "public"."audit_actor_type" AS ENUM('USER', 'API_KEY', 'SYSTEM')`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_type" "public"."audit_actor_type" NOT NULL, "actor_id" uuid, "action" text NOT NULL, "entity" text, "entity_id" text, "request_id" text, "changed_fields" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_7445fcd6291ee354a6988ae6d3c" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_events_tenant_time_idx" ON "audit_events"  ("tenant_id", "occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("tenant_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" bytea NOT NULL, "status_code" integer, "response_body" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7607ae6f014e7102ae2edc30a20" PRIMARY KEY ("tenant_id", "actor_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys"  ("tenant_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."tombstone_kind" AS ENUM('DELETED', 'ANONYMIZED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "sync_tombstones" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity" text NOT NULL, "entity_id" uuid NOT NULL, "kind" "public"."tombstone_kind" NOT NULL, "change_seq" bigint NOT NULL DEFAULT ik_change_seq(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f90bdef0f1f64fcd5ffa231c354" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sync_tombstones_feed_idx" ON "sync_tombstones"  ("tenant_id", "change_seq", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoints" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" text NOT NULL, "events" text array NOT NULL, "secret_ciphertext" bytea NOT NULL, "description" text NOT NULL DEFAULT '', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aaf5edad648c95c8e7060aebfba" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_events" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" text NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c75f39e8817d88acf7ffc9efca6" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_events_tenant_time_idx" ON "webhook_events"  ("tenant_id", "occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."delivery_status" AS ENUM('PENDING', 'RETRYING', 'SUCCEEDED', 'DEAD')`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_deliveries" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "status" "public"."delivery_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "last_status_code" integer, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b41a9153894afa48ae2cccd8dec" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_deliveries_pending_idx" ON "webhook_deliveries"  ("status", "next_attempt_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_deliveries_tenant_created_idx" ON "webhook_deliveries"  ("tenant_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "candidates" ADD "change_seq" bigint NOT NULL DEFAULT ik_change_seq()`,
    );
    await queryRunner.query(
      `ALTER TABLE "interviews" ADD "change_seq" bigint NOT NULL DEFAULT ik_change_seq()`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecards" ADD "change_seq" bigint NOT NULL DEFAULT ik_change_seq()`,
    );
    await queryRunner.query(
      `CREATE INDEX "candidates_tenant_change_idx" ON "candidates"  ("tenant_id", "change_seq", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "interviews_tenant_change_idx" ON "interviews"  ("tenant_id", "change_seq", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "scorecards_tenant_change_idx" ON "scorecards"  ("tenant_id", "change_seq", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_3ac18429c8d27858d79432e0dda" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_983d7eb19ca94bb8e343293068e" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "FK_d7ff59f708e396fd6c1656a66e9" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ADD CONSTRAINT "FK_c22d37ec13b71da74d7b4372c3f" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sync_tombstones" ADD CONSTRAINT "FK_d323819ed3b8048c61845a169da" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_54847f2dacee9618585993f1474" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_events" ADD CONSTRAINT "FK_d0d8d40823c4ed35e703a595086" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_7edef4dca8a9d3fe67d8ed47e15" FOREIGN KEY ("tenant_id", "endpoint_id") REFERENCES "webhook_endpoints"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_1d5848494165471552d9883d826" FOREIGN KEY ("tenant_id", "event_id") REFERENCES "webhook_events"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: row-level security, grants, the API-key lookup policy, the append-only
    // audit log and the erasure function.
    const tables = [
      'api_keys',
      'idempotency_keys',
      'audit_events',
      'webhook_endpoints',
      'webhook_events',
      'webhook_deliveries',
      'sync_tombstones',
    ];
    for (const table of tables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    }
    // Before the tenant is known, sign-in with an API key reads the one row of its prefix.
    await queryRunner.query(`CREATE POLICY api_key_lookup ON "api_keys" FOR SELECT
      USING (prefix = nullif(current_setting('app.api_key_prefix', true), ''))`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "api_keys" TO ik_runtime`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON "idempotency_keys" TO ik_runtime`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_events" TO ik_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "webhook_endpoints" TO ik_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "webhook_events" TO ik_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "webhook_deliveries" TO ik_runtime`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "sync_tombstones" TO ik_runtime`);
    // Append-only even for the owner: grants cannot bind the table owner, a trigger can.
    await queryRunner.query(`CREATE FUNCTION ik_audit_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_events_append_only
      BEFORE UPDATE OR DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION ik_audit_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_events_no_truncate
      BEFORE TRUNCATE ON "audit_events"
      FOR EACH STATEMENT EXECUTE FUNCTION ik_audit_append_only()`);
    // Erasure blanks the free text of a candidate's submitted scorecards. Revisions are
    // insert-only for the runtime role, so this one narrow function does it as the owner, inside
    // the caller's tenant (named explicitly: an owner that is a superuser bypasses RLS).
    await queryRunner.query(`CREATE FUNCTION ik_erase_scorecard_text(candidate uuid) RETURNS integer
      LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        WITH erased AS (
          UPDATE scorecard_revisions r SET summary = '', notes = '[]'::jsonb
            FROM scorecards s
           WHERE s.tenant_id = r.tenant_id AND s.id = r.scorecard_id AND s.candidate_id = candidate
             AND s.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
          RETURNING 1)
        SELECT count(*)::int FROM erased
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ik_erase_scorecard_text(uuid) FROM PUBLIC`);
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION ik_erase_scorecard_text(uuid) TO ik_runtime`,
    );
    // Every write of a synced row moves it forward in the feeds.
    await queryRunner.query(`CREATE FUNCTION ik_touch_change_seq() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.change_seq := ik_change_seq();
        NEW.updated_at := now();
        RETURN NEW;
      END $$`);
    for (const table of ['candidates', 'interviews', 'scorecards']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_change_seq BEFORE UPDATE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION ik_touch_change_seq()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['candidates', 'interviews', 'scorecards']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_change_seq ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS ik_touch_change_seq()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ik_erase_scorecard_text(uuid)`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_events_no_truncate ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_events_append_only ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ik_audit_append_only()`);
    await queryRunner.query(`DROP POLICY IF EXISTS api_key_lookup ON "api_keys"`);
    for (const table of [
      'api_keys',
      'idempotency_keys',
      'audit_events',
      'webhook_endpoints',
      'webhook_events',
      'webhook_deliveries',
      'sync_tombstones',
    ]) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ik_runtime`);
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_1d5848494165471552d9883d826"`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_7edef4dca8a9d3fe67d8ed47e15"`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_events" DROP CONSTRAINT "FK_d0d8d40823c4ed35e703a595086"`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_54847f2dacee9618585993f1474"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sync_tombstones" DROP CONSTRAINT "FK_d323819ed3b8048c61845a169da"`,
    );
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" DROP CONSTRAINT "FK_c22d37ec13b71da74d7b4372c3f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP CONSTRAINT "FK_d7ff59f708e396fd6c1656a66e9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" DROP CONSTRAINT "FK_983d7eb19ca94bb8e343293068e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" DROP CONSTRAINT "FK_3ac18429c8d27858d79432e0dda"`,
    );
    await queryRunner.query(`DROP INDEX "public"."scorecards_tenant_change_idx"`);
    await queryRunner.query(`DROP INDEX "public"."interviews_tenant_change_idx"`);
    await queryRunner.query(`DROP INDEX "public"."candidates_tenant_change_idx"`);
    await queryRunner.query(`ALTER TABLE "scorecards" DROP COLUMN "change_seq"`);
    await queryRunner.query(`ALTER TABLE "interviews" DROP COLUMN "change_seq"`);
    await queryRunner.query(`ALTER TABLE "candidates" DROP COLUMN "change_seq"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_tenant_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_pending_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_events_tenant_time_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_events"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
    await queryRunner.query(`DROP INDEX "public"."sync_tombstones_feed_idx"`);
    await queryRunner.query(`DROP TABLE "sync_tombstones"`);
    await queryRunner.query(`DROP TYPE "public"."tombstone_kind"`);
    await queryRunner.query(`DROP INDEX "public"."idempotency_keys_created_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_tenant_time_idx"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP TYPE "public"."audit_actor_type"`);
    await queryRunner.query(`DROP INDEX "public"."api_keys_prefix_key"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ik_change_seq()`);
  }
}
