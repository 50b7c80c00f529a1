/**
 * npm run bench:kit — the interviewer kit under load, against the real server.
 *
 * Seeds a loop of 5 stages x 8 questions x 3 criteria x 4 anchors, then runs autocannon (in a
 * worker thread, so the load generator does not share the server's thread) for BENCH_SECONDS
 * (default 30) at 32 connections on `interviewKit`. Every response must equal a checked one
 * (data, no errors). Prints requests per second, p50/p99 latency and SQL statements per request.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { cpus, totalmem } from 'node:os';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/config.js';
import { Role } from '../src/tenancy/entities/membership.entity.js';
import { TenantService } from '../src/tenancy/tenant.service.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = 32;
const STAGES = 5;
const QUESTIONS_PER_STAGE = 8;
const PASSWORD = 'benchmark password';

const KIT = `query Kit($id: ID!) { interviewKit(stageId: $id) {
  stageName durationMinutes instructions loopName roleTitle scale { levels { value label } }
  questions { position prompt purpose guidance followUps strongSignals redFlags timeBudgetMinutes
    required versionNumber criteria { title weight competency { name } anchors { level label text } } } } }`;

async function main() {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: process.env.JWT_SECRET ?? 'benchmark-only-secret-0123456789abcdef',
    EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? '.data/bench-postgres',
    EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT ?? '54339',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    DEFAULT_PACKS: '',
    RATE_LIMIT_PER_MINUTE: '100000000',
    DATABASE_POOL_SIZE: '16',
  });
  const { app, statements } = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  try {
    const slug = `bench-${Date.now()}`;
    await app.get(TenantService).ensureTenant('Bench', slug, [
      {
        email: `admin@${slug}.example`,
        displayName: 'Admin',
        password: PASSWORD,
        role: Role.ADMIN,
      },
      {
        email: `interviewer@${slug}.example`,
        displayName: 'Ivy',
        password: PASSWORD,
        role: Role.INTERVIEWER,
      },
    ]);
    const gql = async (query: string, variables: object = {}, token?: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token && { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const signIn = async (who: string) =>
      (
        await gql(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
          i: { email: `${who}@${slug}.example`, password: PASSWORD, tenant: slug },
        })
      ).signIn.accessToken as string;
    const admin = await signIn('admin');
    const interviewer = await signIn('interviewer');

    const competencies: string[] = [];
    for (const name of ['API design', 'Data modelling', 'Communication']) {
      competencies.push(
        (
          await gql(
            `mutation($n: String!) { createCompetency(input: { name: $n }) { id } }`,
            { n: name },
            admin,
          )
        ).createCompetency.id,
      );
    }
    const category = (
      await gql(`mutation { createCategory(input: { name: "Bench" }) { id } }`, {}, admin)
    ).createCategory.id;
    const loop = (
      await gql(
        `mutation { createLoop(input: { name: "Bench loop", roleTitle: "Backend engineer" }) { id } }`,
        {},
        admin,
      )
    ).createLoop.id;
    const stageIds: string[] = [];
    for (let s = 0; s < STAGES; s += 1) {
      const stage = (
        await gql(
          `mutation($l: ID!, $n: String!, $f: [ID!]) { addStage(input: { loopId: $l, name: $n, kind: TECHNICAL, durationMinutes: 90, focusCompetencyIds: $f, instructions: "Open with context, then go deep." }) { id } }`,
          { l: loop, n: `Stage ${s + 1}`, f: competencies },
          admin,
        )
      ).addStage.id;
      stageIds.push(stage);
      for (let q = 0; q < QUESTIONS_PER_STAGE; q += 1) {
        const n = s * QUESTIONS_PER_STAGE + q + 1;
        const question = (
          await gql(
            `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`,
            {
              input: {
                categoryId: category,
                type: 'TECHNICAL',
                seniority: ['MID', 'SENIOR'],
                tags: ['bench'],
                estimatedMinutes: 10,
                content: {
                  prompt: `Question ${n}: how would you design the storage for a busy order service?`,
                  purpose:
                    'Data modelling under load, and how the candidate reasons about trade-offs.',
                  guidance:
                    'Let the candidate lead; probe indexing, consistency and failure handling.',
                  followUps: [
                    'What changes at ten times the traffic?',
                    'How would you migrate the schema?',
                  ],
                  strongSignals: [
                    'Names access patterns first',
                    'Weighs consistency against latency',
                  ],
                  redFlags: ['Picks a database by fashion', 'Ignores failure modes'],
                },
                rubric: competencies.map((c, i) => ({
                  title: `Criterion ${i + 1}`,
                  description: 'What good looks like for this part of the answer.',
                  competencyId: c,
                  weight: i + 1,
                  anchors: [
                    'No relevant evidence',
                    'Partial, with gaps',
                    'Solid and complete',
                    'Insightful beyond the bar',
                  ],
                })),
              },
            },
            admin,
          )
        ).createQuestion.id;
        await gql(
          `mutation($id: ID!) { activateQuestion(id: $id) { id } }`,
          { id: question },
          admin,
        );
        await gql(
          `mutation($s: ID!, $q: ID!) { addStageQuestion(input: { stageId: $s, questionId: $q, timeBudgetMinutes: 10 }) { id } }`,
          { s: stage, q: question },
          admin,
        );
      }
    }
    await gql(
      `mutation($id: ID!) { publishLoop(id: $id) { loop { status } } }`,
      { id: loop },
      admin,
    );

    // Interviewers read the kits of the stages they are assigned to.
    const interviewerId = (await gql(`{ me { user { id } } }`, {}, interviewer)).me.user.id;
    const candidate = (
      await gql(
        `mutation { createCandidate(input: { name: "Bench Candidate" }) { id } }`,
        {},
        admin,
      )
    ).createCandidate.id;
    await gql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: {
          candidateId: candidate,
          stageId: stageIds[2],
          scheduledStart: new Date(Date.now() + 3600_000).toISOString(),
          scheduledEnd: new Date(Date.now() + 7200_000).toISOString(),
          interviewerIds: [interviewerId],
        },
      },
      admin,
    );

    const body = JSON.stringify({ query: KIT, variables: { id: stageIds[2] } });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${interviewer}` };
    const check = await fetch(url, { method: 'POST', headers, body });
    const expected = await check.text();
    const parsed = JSON.parse(expected);
    if (parsed.errors || parsed.data.interviewKit.questions.length !== QUESTIONS_PER_STAGE) {
      throw new Error(`the kit is wrong: ${expected.slice(0, 500)}`);
    }
    const before = statements.count;
    await fetch(url, { method: 'POST', headers, body }).then((r) => r.text());
    const perRequest = statements.count - before;

    const startCount = statements.count;
    const result = await autocannon({
      url,
      method: 'POST',
      headers,
      body,
      connections: CONNECTIONS,
      duration: SECONDS,
      expectBody: expected,
      workers: 1,
    });
    const total = result.requests.total;
    const lines = [
      `interviewKit: ${STAGES} stages x ${QUESTIONS_PER_STAGE} questions x 3 criteria x 4 anchors; kit of one stage (${QUESTIONS_PER_STAGE} questions, ${Buffer.byteLength(expected)} bytes)`,
      `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${config.DATABASE_URL ? '(DATABASE_URL)' : 'embedded'}`,
      `load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s, in a worker thread`,
      `requests: ${total} (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${result.mismatches} bodies not equal to the checked kit)`,
      `requests/s: ${result.requests.average.toFixed(0)}`,
      `latency p50: ${result.latency.p50} ms, p99: ${result.latency.p99} ms`,
      `SQL statements per request: ${perRequest} (over the run: ${((statements.count - startCount) / Math.max(total, 1)).toFixed(2)})`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (result.non2xx || result.errors || result.mismatches) process.exitCode = 1;
  } finally {
    await app.close();
  }
  process.exit(process.exitCode ?? 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
