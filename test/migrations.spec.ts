import { describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions, withDatabase } from '../src/database/data-source-options.js';
import { runMigrations } from '../src/database/prepare-database.js';
import { createTestDatabase, dropTestDatabase, testServerUrl } from './helpers/server.js';

describe('migrations', () => {
  it('agree with the entities: nothing left for the schema builder to change', async () => {
    const name = await createTestDatabase();
    const source = new DataSource(
      dataSourceOptions(withDatabase(testServerUrl(), name), { poolSize: 1 }),
    );
    await source.initialize();
    try {
      const sql = await source.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await source.destroy();
      await dropTestDatabase(name);
    }
  });

  it('revert cleanly and apply again', async () => {
    const name = await createTestDatabase();
    const url = withDatabase(testServerUrl(), name);
    const source = new DataSource(dataSourceOptions(url, { poolSize: 1 }));
    await source.initialize();
    try {
      const applied = source.migrations.length;
      for (let i = 0; i < applied; i += 1) await source.undoLastMigration({ transaction: 'each' });
      const [{ n }] = await source.query(
        `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`,
      );
      expect(n).toBe(0);
      expect(await runMigrations(url, () => undefined)).toBe(applied);
    } finally {
      await source.destroy();
      await dropTestDatabase(name);
    }
  });
});
