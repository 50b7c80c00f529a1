import pg from 'pg';
import { withDatabase } from '../dist/src/database/data-source-options.js';

export default async function globalTeardown() {
  if (globalThis.__IK_EMBEDDED__) {
    await globalThis.__IK_EMBEDDED__.stop();
    return;
  }
  // On a shared server, drop every database this run created.
  const admin = new pg.Client({
    connectionString: withDatabase(process.env.IK_TEST_SERVER_URL, 'postgres'),
  });
  await admin.connect();
  try {
    const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `ik_t_${process.env.IK_TEST_RUN_ID}_%`,
    ]);
    for (const { datname } of rows)
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
