import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { startTestApp, type TestApp } from './helpers/app.js';
import { hoursFromNow } from './helpers/clock.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  importLibrary,
  ok,
  publishedLoop,
  scheduleInterview,
  type LoopSheet,
} from './helpers/interviews.js';
import { syncFeedsCaughtUp } from './helpers/wait.js';

/**
 * The SQL the real server sends for one request of each hot read, committed under
 * test/sql-snapshots/ so that a change to a query shows in review. `npm run sql:update`
 * (UPDATE_SQL=1) rewrites the files; without it, a difference fails the test.
 */
const SNAPSHOTS = new URL('./sql-snapshots/', import.meta.url);

const KIT = `query($id: ID!) { interviewKit(stageId: $id) { stageName durationMinutes instructions loopName roleTitle
  scale { levels { value label } }
  questions { position prompt purpose guidance followUps strongSignals redFlags timeBudgetMinutes required versionNumber
    criteria { title weight competency { key name } anchors { level label text } } } } }`;

const SCORECARD_LIST = `query { scorecards(first: 20) { totalCount edges { node { id status recommendation summary
  interviewer { id } interview { id } ratings { score notAssessed } competencyRatings { score } } } } }`;

const DEBRIEF = `query($id: ID!) { candidateDebrief(candidateId: $id) {
  candidate { id name }
  interviews { id status interviewers { id } }
  scorecards { id recommendation interviewer { id } ratings { score notAssessed } }
  competencies { competency { key } mean min max count spread disagreement }
  recommendations { strongNo no yes strongYes }
  flags { code competencyId scorecardId }
  missing { scorecardId dueAt interviewer { id } }
  sealedScorecards } }`;

const SEARCH = `query { questions(search: "database", first: 10) { totalCount
  edges { node { id packKey currentVersion { prompt } } } } }`;

const SYNC_FEED = `query($since: DateTime!) { scorecards(first: 20, updatedSince: $since) {
  pageInfo { endCursor hasNextPage } edges { node { id status recommendation ratings { score } } } } }`;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIMESTAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?/g;

/**
 * One statement per paragraph, whitespace collapsed; ids and times written into the text (none
 * should be: values travel as parameters) become placeholders, so the file is the same on
 * every run. The parameter count is kept: a list that grows with the data shows.
 */
export function normaliseStatements(statements: { query: string; parameters?: unknown[] }[]) {
  return (
    statements
      .map((s) => {
        const sql = s.query
          .replace(/\s+/g, ' ')
          .trim()
          .replace(UUID, '<uuid>')
          .replace(TIMESTAMP, '<timestamp>');
        const count = s.parameters?.length ?? 0;
        return `${sql};${count ? `\n-- ${count} parameter${count === 1 ? '' : 's'}` : ''}`;
      })
      .join('\n\n') + '\n'
  );
}

describe('the SQL of the hot reads (test/sql-snapshots)', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let sheet: LoopSheet;
  let candidateId: string;
  const rec = () => acme.tokens.RECRUITER;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'acme', 2);
    await importLibrary(t, acme.tokens.ADMIN);
    sheet = await publishedLoop(t, rec(), {
      name: 'Snapshots',
      questionCount: 3,
      hiringManagerIds: [acme.userIds.HIRING_MANAGER],
    });
    candidateId = await createCandidate(t, rec(), 'Grace Hopper');
    const [a, b] = acme.panel;
    const interviewId = await scheduleInterview(t, rec(), {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [a.id, b.id],
    });
    await fillAndSubmit(t, a.token, interviewId, sheet, {
      score: (qi) => (qi === 0 ? 4 : 3),
      recommendation: 'YES',
    });
    await syncFeedsCaughtUp(t.database);
  });
  afterAll(() => t.close());

  /** The statements of one GraphQL request, recorded by the app's statement counter. */
  async function recorded(query: string, variables: Record<string, unknown>, token: string) {
    const statements: { query: string; parameters?: unknown[] }[] = [];
    t.statements.recording = statements;
    try {
      ok(await t.gql(query, variables, token));
    } finally {
      t.statements.recording = undefined;
    }
    return statements;
  }

  const cases: [string, () => [string, Record<string, unknown>, string]][] = [
    ['kit', () => [KIT, { id: sheet.stageId }, acme.panel[0].token]],
    ['scorecard-list', () => [SCORECARD_LIST, {}, rec()]],
    ['debrief', () => [DEBRIEF, { id: candidateId }, acme.tokens.HIRING_MANAGER]],
    ['search', () => [SEARCH, {}, rec()]],
    ['sync-feed', () => [SYNC_FEED, { since: hoursFromNow(-1) }, rec()]],
  ];

  for (const [name, request] of cases) {
    it(`${name}: the server sends the SQL in test/sql-snapshots/${name}.sql`, async () => {
      const sql = normaliseStatements(await recorded(...request()));
      const file = new URL(`${name}.sql`, SNAPSHOTS);
      if (process.env.UPDATE_SQL === '1') writeFileSync(file, sql);
      expect(
        existsSync(file) ? readFileSync(file, 'utf8') : '(no snapshot: run with UPDATE_SQL=1)',
      ).toBe(sql);
    });
  }
});
