/**
 * npm run bench:kit — the interviewer kit under load, against the real server.
 *
 * Seeds a loop of 5 stages x 8 questions x 3 criteria x 4 anchors, then runs autocannon (in a
 * worker thread, so the load generator does not share the server's thread) for BENCH_SECONDS
 * (default 30) at 32 connections on `interviewKit`. Every response must equal a checked one
 * (data, no errors). Prints requests per second, p50/p99 latency and SQL statements per request.
 */
import autocannon from 'autocannon';
import { cpus, totalmem } from 'node:os';
import { Role } from '../src/common/role.js';
import { benchTenant, startBenchServer } from './bench-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = 32;
const STAGES = 5;
const QUESTIONS_PER_STAGE = 8;

const KIT = `query Kit($id: ID!) { interviewKit(stageId: $id) {
  stageName durationMinutes instructions loopName roleTitle scale { levels { value label } }
  questions { position prompt purpose guidance followUps strongSignals redFlags timeBudgetMinutes
    required versionNumber criteria { title weight competency { name } anchors { level label text } } } } }`;

async function main() {
  const server = await startBenchServer({ dir: '.data/bench-postgres', port: 54339, poolSize: 16 });
  const { app, config, statements, url, gql } = server;
  try {
    const tenant = await benchTenant(server, `bench-${Date.now()}`, [Role.ADMIN, Role.INTERVIEWER]);
    const admin = tenant.tokens.ADMIN;
    const interviewer = tenant.tokens.INTERVIEWER;

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
    const interviewerId = tenant.userIds.INTERVIEWER;
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
