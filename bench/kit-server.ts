/**
 * The service under `npm run bench:kit`, in its own process (so its CPU time is its own):
 * starts the real server (bench-server.ts), seeds the kit loop through the API, counts the
 * statements of one `submitScorecard` (30 ratings) and of `upsertInterview` (create, then
 * update), and reports to the benchmark over IPC what the floor needs (the runtime role's
 * database URL, the token settings) with the kit request to send.
 */
import { countRoundTrips, serveStats } from './round-trips.js';
import { benchTenant, startBenchServer } from './bench-server.js';
import { draftOf30, seedKitLoop, upsertInterviewInput } from './kit-seed.js';
import { Role } from '../src/common/role.js';

const roundTrips = countRoundTrips();

async function main() {
  const server = await startBenchServer({
    dir: '.data/bench-postgres',
    port: 54339,
    poolSize: Number(process.env.BENCH_POOL_SIZE ?? 16),
  });
  const { app, config, database, statements, url, gql } = server;
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
  const slug = `bench-${Date.now()}`;
  const tenant = await benchTenant(server, slug, [Role.ADMIN, Role.INTERVIEWER]);
  const admin = tenant.tokens.ADMIN;
  const interviewer = tenant.tokens.INTERVIEWER;
  const seeded = await seedKitLoop(gql, admin, tenant.userIds.INTERVIEWER);

  const counted = async (query: string, variables: object, token: string) => {
    const before = statements.count;
    await gql(query, variables, token);
    return statements.count - before;
  };
  const draft = await draftOf30(gql, interviewer, seeded);
  const submit = await counted(
    `mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { status } }`,
    { input: { id: draft.id, expectedVersion: draft.version } },
    interviewer,
  );
  const key = (
    await gql(
      `mutation { createApiKey(input: { name: "ATS", scopes: [INTERVIEWS_READ, INTERVIEWS_WRITE, CANDIDATES_READ] }) { secret } }`,
      {},
      admin,
    )
  ).createApiKey.secret;
  const UPSERT = `mutation($input: UpsertInterviewInput!) { upsertInterview(input: $input) { created interview { id } } }`;
  const email = `interviewer@${slug}.example`;
  const upsertCreate = await counted(
    UPSERT,
    { input: upsertInterviewInput(seeded, email, 24) },
    key,
  );
  const upsertUpdate = await counted(
    UPSERT,
    { input: upsertInterviewInput(seeded, email, 48) },
    key,
  );

  serveStats(roundTrips, () => statements.count, {
    url,
    appUrl: database.appUrl,
    jwt: { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
    token: interviewer,
    stageId: seeded.kitStageId,
    database: config.DATABASE_URL ? 'DATABASE_URL' : 'embedded',
    mutations: { submitRatings: draft.ratings, submit, upsertCreate, upsertUpdate },
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
