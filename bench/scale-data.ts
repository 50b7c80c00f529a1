/**
 * The data sets of `bench:scale`: a tenant seeded through the API (the backend-engineering
 * library, a published loop, a candidate with two submitted scorecards), then grown with SQL
 * run as the owner: copies of the library's questions, and copies of a submitted scorecard
 * with its candidate, interview, revision and ratings, written over the past year.
 */
import type { Client } from 'pg';
import { Role } from '../src/common/role.js';
import { benchTenant, type startBenchServer } from './bench-server.js';

type Server = Awaited<ReturnType<typeof startBenchServer>>;
export type ScaleTenant = Awaited<ReturnType<typeof seedScaleTenant>>;

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

export async function seedScaleTenant(server: Server, slug: string) {
  const { gql } = server;
  const tenant = await benchTenant(server, slug, [
    Role.ADMIN,
    Role.INTERVIEWER,
    Role.HIRING_MANAGER,
  ]);
  const admin = tenant.tokens.ADMIN;
  await gql('mutation { importPack(name: "backend-engineering") { questionsCreated } }', {}, admin);
  const questions = (
    await gql(
      `{ questions(first: 3, status: ACTIVE, type: TECHNICAL) { edges { node { id
         currentVersion { rubric { criteria { competency { id } } } } } } } }`,
      {},
      admin,
    )
  ).questions.edges.map((e: any) => e.node);
  const focus = questions[0].currentVersion.rubric.criteria[0].competency.id;
  const loopId = (
    await gql(
      `mutation { createLoop(input: { name: "Scale loop", roleTitle: "Backend engineer" }) { id } }`,
      {},
      admin,
    )
  ).createLoop.id;
  const stageId = (
    await gql(
      `mutation($input: AddStageInput!) { addStage(input: $input) { id } }`,
      {
        input: {
          loopId,
          name: 'Technical',
          kind: 'TECHNICAL',
          durationMinutes: 60,
          focusCompetencyIds: [focus],
        },
      },
      admin,
    )
  ).addStage.id;
  for (const q of questions) {
    await gql(
      `mutation($input: AddStageQuestionInput!) { addStageQuestion(input: $input) { id } }`,
      { input: { stageId, questionId: q.id, timeBudgetMinutes: 15 } },
      admin,
    );
  }
  await gql(
    `mutation($id: ID!) { publishLoop(id: $id) { loop { status } } }`,
    { id: loopId },
    admin,
  );
  const kit = (
    await gql(
      `query($id: ID!) { interviewKit(stageId: $id) { questions { stageQuestionId criteria { id } } } }`,
      { id: stageId },
      admin,
    )
  ).interviewKit;
  const candidateId = (
    await gql(`mutation { createCandidate(input: { name: "Sam Scale" }) { id } }`, {}, admin)
  ).createCandidate.id;
  const interviewId = (
    await gql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: {
          candidateId,
          stageId,
          scheduledStart: hoursFromNow(-2),
          scheduledEnd: hoursFromNow(-1),
          interviewerIds: [tenant.userIds.INTERVIEWER, tenant.userIds.HIRING_MANAGER],
        },
      },
      admin,
    )
  ).scheduleInterview.id;
  let scorecardId = '';
  for (const role of [Role.INTERVIEWER, Role.HIRING_MANAGER]) {
    const token = tenant.tokens[role];
    const card = (
      await gql(
        `query($id: ID!) { scorecards(interviewId: $id, mine: true) { edges { node { id version } } } }`,
        { id: interviewId },
        token,
      )
    ).scorecards.edges[0].node;
    const saved = (
      await gql(
        `mutation($input: SaveScorecardDraftInput!) { saveScorecardDraft(input: $input) { version } }`,
        {
          input: {
            id: card.id,
            expectedVersion: card.version,
            ratings: kit.questions.flatMap((q: any) =>
              q.criteria.map((c: any) => ({
                stageQuestionId: q.stageQuestionId,
                criterionId: c.id,
                score: 3,
              })),
            ),
            recommendation: 'YES',
            summary: 'Clear reasoning about indexes and trade-offs.',
            competencyRatings: [{ competencyId: focus, score: 3 }],
          },
        },
        token,
      )
    ).saveScorecardDraft;
    await gql(
      `mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { status } }`,
      { input: { id: card.id, expectedVersion: saved.version } },
      token,
    );
    if (role === Role.INTERVIEWER) scorecardId = card.id;
  }
  return { ...tenant, stageId, candidateId, scorecardId };
}

const copy = (table: string, alias: string, changes: string) =>
  `(jsonb_populate_record(NULL::${table}, to_jsonb(${alias}) || jsonb_build_object(${changes}))).*`;

/** Grows the tenant (as the owner) to `questions` questions and `scorecards` scorecards. */
export async function growTenant(
  owner: Client,
  tenant: ScaleTenant,
  target: { questions: number; scorecards: number },
): Promise<void> {
  const [{ n: questions }] = (
    await owner.query(`SELECT count(*)::int AS n FROM questions WHERE tenant_id = $1`, [tenant.id])
  ).rows;
  // Copies of the library, each with a word of its own so that the vectors differ.
  const library = (
    await owner.query(
      `SELECT id FROM questions WHERE tenant_id = $1 AND search @@ to_tsquery('simple', 'batch') IS NOT TRUE
        ORDER BY created_at, id LIMIT 1000`,
      [tenant.id],
    )
  ).rows.map((r) => r.id);
  const copies = Math.max(0, Math.ceil((target.questions - questions) / library.length));
  await owner.query(
    `INSERT INTO questions (tenant_id, category_id, type, seniority, tags, estimated_minutes,
                            status, current_version_id, search, created_at)
     SELECT tenant_id, category_id, type, seniority, tags, estimated_minutes, status,
            current_version_id, search || to_tsvector('simple', 'batch batch' || ($2::int + g)),
            created_at + ($2::int + g) * interval '1 second'
       FROM questions, generate_series(1, $3::int) g WHERE id = ANY($1::uuid[])`,
    [library, questions, copies],
  );
  const [{ n: scorecards }] = (
    await owner.query(`SELECT count(*)::int AS n FROM scorecards WHERE tenant_id = $1`, [tenant.id])
  ).rows;
  const [seed] = (
    await owner.query(
      `SELECT s.interview_id, s.current_revision_id FROM scorecards s WHERE s.id = $1`,
      [tenant.scorecardId],
    )
  ).rows;
  // In batches, each its own transaction, so that change_seq grows as in real use.
  for (let left = target.scorecards - scorecards; left > 0; left -= 2000) {
    await owner.query(
      `WITH g AS MATERIALIZED (
         SELECT gen_random_uuid() AS cand, gen_random_uuid() AS iv, gen_random_uuid() AS sc,
                gen_random_uuid() AS rev, now() - random() * interval '365 days' AS at
           FROM generate_series(1, $4::int)),
       c AS (INSERT INTO candidates SELECT ${copy('candidates', 'x', `'id', g.cand, 'created_at', g.at, 'updated_at', g.at, 'ats_external_id', NULL`)}
               FROM candidates x, g WHERE x.id = $1),
       i AS (INSERT INTO interviews SELECT ${copy('interviews', 'x', `'id', g.iv, 'candidate_id', g.cand, 'updated_at', g.at, 'ats_external_id', NULL, 'scheduled_start', g.at - interval '2 hours', 'scheduled_end', g.at - interval '1 hour'`)}
               FROM interviews x, g WHERE x.id = $2),
       s AS (INSERT INTO scorecards SELECT ${copy('scorecards', 'x', `'id', g.sc, 'interview_id', g.iv, 'candidate_id', g.cand, 'current_revision_id', g.rev, 'created_at', g.at, 'updated_at', g.at, 'submitted_at', g.at`)}
               FROM scorecards x, g WHERE x.id = $5),
       r AS (INSERT INTO scorecard_revisions SELECT ${copy('scorecard_revisions', 'x', `'id', g.rev, 'scorecard_id', g.sc, 'created_at', g.at`)}
               FROM scorecard_revisions x, g WHERE x.id = $3),
       k AS (INSERT INTO scorecard_competency_ratings SELECT ${copy('scorecard_competency_ratings', 'x', `'revision_id', g.rev`)}
               FROM scorecard_competency_ratings x, g WHERE x.revision_id = $3)
       INSERT INTO scorecard_scores SELECT ${copy('scorecard_scores', 'x', `'revision_id', g.rev`)}
         FROM scorecard_scores x, g WHERE x.revision_id = $3`,
      [
        tenant.candidateId,
        seed.interview_id,
        seed.current_revision_id,
        Math.min(left, 2000),
        tenant.scorecardId,
      ],
    );
  }
}
