/**
 * The kit benchmark's data, seeded through the API: a published loop of 5 stages x 8
 * questions x 3 criteria x 4 anchors (the kit stage), plus a sixth stage of 10 questions for a
 * scorecard of 30 ratings; an interviewer assigned to the kit stage and to the sixth.
 */
import type { Gql } from './bench-server.js';

export const STAGES = 5;
export const QUESTIONS_PER_STAGE = 8;
/** The scorecard stage: 10 questions x 3 criteria = 30 ratings. */
const SCORECARD_QUESTIONS = 10;

export const KIT = `query Kit($id: ID!) { interviewKit(stageId: $id) {
  stageName durationMinutes instructions loopName roleTitle scale { levels { value label } }
  questions { position prompt purpose guidance followUps strongSignals redFlags timeBudgetMinutes
    required versionNumber criteria { title weight competency { name } anchors { level label text } } } } }`;

const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();

async function addQuestion(
  gql: Gql,
  admin: string,
  ids: { category: string; competencies: string[]; stage: string },
  n: number,
) {
  const question = (
    await gql(
      `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`,
      {
        input: {
          categoryId: ids.category,
          type: 'TECHNICAL',
          seniority: ['MID', 'SENIOR'],
          tags: ['bench'],
          estimatedMinutes: 10,
          content: {
            prompt: `Question ${n}: how would you design the storage for a busy order service?`,
            purpose: 'Data modelling under load, and how the candidate reasons about trade-offs.',
            guidance: 'Let the candidate lead; probe indexing, consistency and failure handling.',
            followUps: [
              'What changes at ten times the traffic?',
              'How would you migrate the schema?',
            ],
            strongSignals: ['Names access patterns first', 'Weighs consistency against latency'],
            redFlags: ['Picks a database by fashion', 'Ignores failure modes'],
          },
          rubric: ids.competencies.map((c, i) => ({
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
  await gql(`mutation($id: ID!) { activateQuestion(id: $id) { id } }`, { id: question }, admin);
  await gql(
    `mutation($s: ID!, $q: ID!) { addStageQuestion(input: { stageId: $s, questionId: $q, timeBudgetMinutes: 10 }) { id } }`,
    { s: ids.stage, q: question },
    admin,
  );
}

export async function seedKitLoop(gql: Gql, admin: string, interviewerId: string) {
  const competencies: string[] = [];
  for (const name of ['API design', 'Data modelling', 'Communication']) {
    const made = await gql(
      `mutation($n: String!) { createCompetency(input: { name: $n }) { id } }`,
      { n: name },
      admin,
    );
    competencies.push(made.createCompetency.id);
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
  let n = 0;
  for (let s = 0; s <= STAGES; s += 1) {
    const stage = (
      await gql(
        `mutation($l: ID!, $n: String!, $f: [ID!], $d: Int!) { addStage(input: { loopId: $l, name: $n, kind: TECHNICAL, durationMinutes: $d, focusCompetencyIds: $f, instructions: "Open with context, then go deep." }) { id } }`,
        {
          l: loop,
          n: s < STAGES ? `Stage ${s + 1}` : 'Scorecard stage',
          f: competencies,
          d: s < STAGES ? 90 : 120,
        },
        admin,
      )
    ).addStage.id;
    stageIds.push(stage);
    const count = s < STAGES ? QUESTIONS_PER_STAGE : SCORECARD_QUESTIONS;
    for (let q = 0; q < count; q += 1) {
      n += 1;
      await addQuestion(gql, admin, { category, competencies, stage }, n);
    }
  }
  await gql(`mutation($id: ID!) { publishLoop(id: $id) { loop { status } } }`, { id: loop }, admin);
  const candidate = (
    await gql(`mutation { createCandidate(input: { name: "Bench Candidate" }) { id } }`, {}, admin)
  ).createCandidate.id;
  const interviews: string[] = [];
  for (const stageId of [stageIds[2], stageIds[STAGES]]) {
    const made = await gql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: {
          candidateId: candidate,
          stageId,
          scheduledStart: hours(1),
          scheduledEnd: hours(2),
          interviewerIds: [interviewerId],
        },
      },
      admin,
    );
    interviews.push(made.scheduleInterview.id);
  }
  return {
    kitStageId: stageIds[2],
    scorecardStageId: stageIds[STAGES],
    scorecardInterviewId: interviews[1],
    candidate,
  };
}

/** The interviewer's draft on the scorecard stage, every one of its 30 criteria rated. */
export async function draftOf30(
  gql: Gql,
  interviewer: string,
  seeded: Awaited<ReturnType<typeof seedKitLoop>>,
) {
  const kit = (
    await gql(
      `query($id: ID!) { interviewKit(stageId: $id) { questions { stageQuestionId criteria { id } } } }`,
      { id: seeded.scorecardStageId },
      interviewer,
    )
  ).interviewKit;
  const card = (
    await gql(
      `query($id: ID!) { scorecards(interviewId: $id, mine: true) { edges { node { id version } } } }`,
      { id: seeded.scorecardInterviewId },
      interviewer,
    )
  ).scorecards.edges[0].node;
  const ratings = kit.questions.flatMap((q: any) =>
    q.criteria.map((c: any) => ({
      stageQuestionId: q.stageQuestionId,
      criterionId: c.id,
      score: 3,
    })),
  );
  const saved = (
    await gql(
      `mutation($input: SaveScorecardDraftInput!) { saveScorecardDraft(input: $input) { version } }`,
      {
        input: {
          id: card.id,
          expectedVersion: card.version,
          ratings,
          recommendation: 'YES',
          summary: 'Solid throughout.',
        },
      },
      interviewer,
    )
  ).saveScorecardDraft;
  return { id: card.id, version: saved.version as number, ratings: ratings.length as number };
}

export const upsertInterviewInput = (
  seeded: Awaited<ReturnType<typeof seedKitLoop>>,
  email: string,
  startHours: number,
) => ({
  atsExternalId: 'bench-int-1',
  candidateId: seeded.candidate,
  stageId: seeded.kitStageId,
  scheduledStart: hours(startHours),
  scheduledEnd: hours(startHours + 1),
  interviewerEmails: [email],
});
