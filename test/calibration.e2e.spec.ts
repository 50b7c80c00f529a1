import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  importLibrary,
  myScorecard,
  ok,
  publishedLoop,
  ratingsFor,
  scheduleInterview,
  type LoopSheet,
} from './helpers/interviews.js';
import { DAY, fromNow, HOUR } from './helpers/clock.js';
import { expectHostilePagingRefused } from './helpers/paging.js';

const CALIBRATION = `query($from: DateTime!, $to: DateTime!) {
  interviewerCalibration(from: $from, to: $to) { edges { node {
    interviewer { id displayName } scorecards meanScore expectedMean leniency yesShare onTimeRate
  } } }
}`;

const ANALYTICS = `query($from: DateTime!, $to: DateTime!) {
  questionAnalytics(from: $from, to: $to) { edges { node {
    questionVersionId questionVersion { id number } uses meanScore stddev agreement
    agreementPairs recommendationCorrelation
  } } }
}`;

/** The rows of a connection's page. */
const nodes = (page: { edges: { node: any }[] }) => page.edges.map((e) => e.node);

type Recommendation = 'STRONG_NO' | 'NO' | 'YES' | 'STRONG_YES';
type ScoreFn = (qi: number, ci: number) => number | null;

/** What the test sent for one scorecard (its latest content). */
interface Sent {
  scorecardId: string;
  interviewerId: string;
  candidateId: string;
  recommendation: Recommendation;
  onTime: boolean;
  scores: { qv: string; criterion: string; score: number | null }[];
}

const REC_VALUE: Record<Recommendation, number> = { STRONG_NO: 1, NO: 2, YES: 3, STRONG_YES: 4 };
const EPS = 1e-12;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sdPop = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};
function pearson(xs: number[], ys: number[]): number | null {
  if (xs.length < 2) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i] - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  });
  return sxx < EPS || syy < EPS ? null : sxy / Math.sqrt(sxx * syy);
}

const scored = (s: Sent) =>
  s.scores.filter((x): x is { qv: string; criterion: string; score: number } => x.score !== null);

/** Each score with the mean of its question version over all the scores sent. */
function centred(sent: Sent[]) {
  const all = sent.flatMap((s) => scored(s).map((x) => ({ ...x, interviewerId: s.interviewerId })));
  const versionMean = new Map(
    [...new Set(all.map((x) => x.qv))].map((qv) => [
      qv,
      mean(all.filter((x) => x.qv === qv).map((x) => x.score)),
    ]),
  );
  return all.map((x) => ({ ...x, versionMean: versionMean.get(x.qv)! }));
}

/** The interviewer calibration, by hand, in the order given (display names Panel 1, 2...). */
function expectedCalibration(sent: Sent[], interviewerIds: string[]) {
  const all = centred(sent);
  return interviewerIds
    .filter((id) => sent.some((s) => s.interviewerId === id))
    .map((id) => {
      const cards = sent.filter((s) => s.interviewerId === id);
      const own = all.filter((x) => x.interviewerId === id);
      const versions = new Set(own.map((x) => x.qv));
      // Pooled within-version spread: every score on their versions, about its version's mean.
      const pool = all.filter((x) => versions.has(x.qv));
      const sd = pool.length ? Math.sqrt(mean(pool.map((x) => (x.score - x.versionMean) ** 2))) : 0;
      const deviation = own.length ? mean(own.map((x) => x.score - x.versionMean)) : null;
      return {
        interviewerId: id,
        scorecards: cards.length,
        meanScore: own.length ? mean(own.map((x) => x.score)) : null,
        expectedMean: own.length ? mean(own.map((x) => x.versionMean)) : null,
        leniency: deviation !== null && sd > EPS ? deviation / sd : null,
        pooledSd: sd,
        yesShare:
          cards.filter((c) => c.recommendation === 'YES' || c.recommendation === 'STRONG_YES')
            .length / cards.length,
        onTimeRate: cards.filter((c) => c.onTime).length / cards.length,
      };
    });
}

/**
 * The former leniency, (own mean - mean of all scores on their versions) / stddev_pop of those
 * scores: it weights the versions by their use and is skewed by which versions one scores.
 */
function formerLeniency(sent: Sent[], id: string): number {
  const all = sent.flatMap((s) => scored(s).map((x) => ({ ...x, interviewerId: s.interviewerId })));
  const own = all.filter((x) => x.interviewerId === id).map((x) => x.score);
  const versions = new Set(all.filter((x) => x.interviewerId === id).map((x) => x.qv));
  const peer = all.filter((x) => versions.has(x.qv)).map((x) => x.score);
  return (mean(own) - mean(peer)) / sdPop(peer);
}

/**
 * The question analytics, by hand: most disagreeing first (agreement ascending, versions
 * without pairs last), then by version id.
 */
function expectedAnalytics(sent: Sent[]) {
  const versions = [...new Set(sent.flatMap(scored).map((x) => x.qv))];
  return versions
    .map((qv) => {
      const cards = sent.filter((s) => scored(s).some((x) => x.qv === qv));
      const scores = cards.flatMap((s) =>
        scored(s)
          .filter((x) => x.qv === qv)
          .map((x) => x.score),
      );
      let pairs = 0;
      let equal = 0;
      for (let i = 0; i < sent.length; i++) {
        for (let j = i + 1; j < sent.length; j++) {
          const [a, b] = [sent[i], sent[j]];
          if (a.candidateId !== b.candidateId || a.interviewerId === b.interviewerId) continue;
          for (const x of scored(a).filter((r) => r.qv === qv)) {
            for (const y of scored(b).filter((r) => r.qv === qv && r.criterion === x.criterion)) {
              pairs++;
              if (x.score === y.score) equal++;
            }
          }
        }
      }
      const cardMeans = cards.map((s) =>
        mean(
          scored(s)
            .filter((x) => x.qv === qv)
            .map((x) => x.score),
        ),
      );
      return {
        questionVersionId: qv,
        uses: cards.length,
        meanScore: mean(scores),
        stddev: sdPop(scores),
        agreement: pairs ? equal / pairs : null,
        agreementPairs: pairs,
        recommendationCorrelation: pearson(
          cardMeans,
          cards.map((s) => REC_VALUE[s.recommendation]),
        ),
      };
    })
    .sort(
      (a, b) =>
        (a.agreement ?? 2) - (b.agreement ?? 2) ||
        (a.questionVersionId < b.questionVersionId ? -1 : 1),
    );
}

function expectFigure(actual: number | null, expected: number | null) {
  if (expected === null) expect(actual).toBeNull();
  else {
    expect(actual).not.toBeNull();
    expect(actual!).toBeCloseTo(expected, 9);
  }
}

describe('interviewer calibration and question analytics', () => {
  let t: TestApp;
  let calib: SeededTenant;
  let other: SeededTenant;
  let sheet: LoopSheet;
  /** A second loop, on two other question versions, for the version-mix fixture. */
  let skew: LoopSheet;
  const sent: Sent[] = [];
  /** The scorecard submitted on the interview cancelled afterwards: it must not count. */
  let cancelled: Sent;
  const window = () => ({
    from: new Date(Date.now() - DAY).toISOString(),
    to: new Date(Date.now() + DAY).toISOString(),
  });
  /** Statements and result of one query, as the admin. */
  const measure = async (query: string) => {
    const before = t.statements.count;
    const data = ok(await t.gql(query, window(), calib.tokens.ADMIN));
    return { statements: t.statements.count - before, data };
  };
  let withTwo: { calibration: number; analytics: number };

  const submit = async (
    member: number,
    interviewId: string,
    candidateId: string,
    onTime: boolean,
    recommendation: Recommendation,
    score: ScoreFn,
    on: LoopSheet = sheet,
  ): Promise<Sent> => {
    const panelist = calib.panel[member];
    const scorecardId = await fillAndSubmit(t, panelist.token, interviewId, on, {
      score,
      recommendation,
    });
    const card = {
      scorecardId,
      interviewerId: panelist.id,
      candidateId,
      recommendation,
      onTime,
      scores: contentOf(score, on),
    };
    sent.push(card);
    return card;
  };
  const contentOf = (score: ScoreFn, on: LoopSheet = sheet) =>
    on.questions.flatMap((q, qi) =>
      q.criteria.map((c, ci) => ({
        qv: q.questionVersionId,
        criterion: c.id,
        score: score(qi, ci),
      })),
    );

  beforeAll(async () => {
    t = await startTestApp();
    calib = await seedTenant(t, 'calib', 5);
    other = await seedTenant(t, 'other');
    await importLibrary(t, calib.tokens.ADMIN);
    sheet = await publishedLoop(t, calib.tokens.ADMIN, { name: 'Calibration', questionCount: 2 });
    expect(sheet.questions).toHaveLength(2);
    skew = await publishedLoop(t, calib.tokens.ADMIN, {
      name: 'Calibration skew',
      questionCount: 2,
      offset: 2,
    });
    expect(skew.questions).toHaveLength(2);
    const [p1, p2, p3, p4, p5] = calib.panel.map((m) => m.id);
    const alice = await createCandidate(t, calib.tokens.ADMIN, 'Alice Calibrated');
    const bob = await createCandidate(t, calib.tokens.ADMIN, 'Bob Calibrated');
    // By default an interview ended an hour ago: on time when submitted now. Bob's first one
    // ended 3 days ago: late, as scorecards are due 24 hours after the end (the default).
    // Panel 1 interviews Bob twice: their two scorecards on him are no agreement pair.
    const onAlice = await scheduleInterview(t, calib.tokens.ADMIN, {
      candidateId: alice,
      stageId: sheet.stageId,
      interviewerIds: [p1, p2],
    });
    const onBobLate = await scheduleInterview(t, calib.tokens.ADMIN, {
      candidateId: bob,
      stageId: sheet.stageId,
      interviewerIds: [p1],
      scheduledStart: new Date(Date.now() - 3 * DAY - HOUR).toISOString(),
      scheduledEnd: new Date(Date.now() - 3 * DAY).toISOString(),
    });
    const onBob = await scheduleInterview(t, calib.tokens.ADMIN, {
      candidateId: bob,
      stageId: sheet.stageId,
      interviewerIds: [p1, p3],
    });

    // Panel 1 leaves the first criterion of the first question not assessed.
    await submit(0, onAlice, alice, true, 'YES', (qi, ci) => (qi === 0 && ci === 0 ? null : 3));
    await submit(1, onAlice, alice, true, 'NO', (_qi, ci) => 2 + (ci % 2));

    const two = [await measure(CALIBRATION), await measure(ANALYTICS)];
    expect(two[0].data.interviewerCalibration.edges.map((e: any) => e.node)).toHaveLength(2);
    expect(two[1].data.questionAnalytics.edges.map((e: any) => e.node)).toHaveLength(2);
    withTwo = { calibration: two[0].statements, analytics: two[1].statements };

    await submit(0, onBobLate, bob, false, 'STRONG_YES', (_qi, ci) => (ci === 0 ? 4 : 3));
    await submit(0, onBob, bob, true, 'YES', (qi, ci) => (qi === 0 ? 3 : 4 - ci));
    await submit(2, onBob, bob, true, 'STRONG_NO', (qi) => 1 + qi);

    // Amending replaces the content that counts: only the latest revision is read.
    const card = await myScorecard(t, calib.panel[1].token, onAlice);
    const amended: ScoreFn = (qi, ci) => ((qi + ci) % 2 === 0 ? 2 : 1);
    ok(
      await t.gql(
        `mutation($input: AmendScorecardInput!) { amendScorecard(input: $input) { revision } }`,
        {
          input: {
            id: card.id,
            expectedVersion: card.version,
            reason: 'Second thoughts',
            recommendation: 'STRONG_NO',
            ratings: ratingsFor(sheet, amended),
          },
        },
        calib.panel[1].token,
      ),
    );
    const changed = sent.find((s) => s.scorecardId === card.id)!;
    changed.recommendation = 'STRONG_NO';
    changed.scores = contentOf(amended);

    // A cancelled interview on Alice: Panel 1 submits (all 1s, STRONG_NO), Panel 2 does not,
    // so it is not complete and a recruiter can cancel it. That scorecard must not count.
    const onAliceCancelled = await scheduleInterview(t, calib.tokens.ADMIN, {
      candidateId: alice,
      stageId: sheet.stageId,
      interviewerIds: [p1, p2],
    });
    cancelled = await submit(0, onAliceCancelled, alice, true, 'STRONG_NO', () => 1);
    sent.pop();
    expect(
      ok(
        await t.gql(
          `mutation($id: ID!) { cancelInterview(input: { id: $id }) { status } }`,
          { id: onAliceCancelled },
          calib.tokens.RECRUITER,
        ),
      ).cancelInterview.status,
    ).toBe('CANCELLED');
    const kept = ok(
      await t.gql(
        `query($id: ID!) { scorecards(interviewId: $id, mine: true) { edges { node { id status } } } }`,
        { id: onAliceCancelled },
        calib.panel[0].token,
      ),
    ).scorecards.edges;
    expect(kept.map((e: any) => e.node)).toEqual([
      { id: cancelled.scorecardId, status: 'SUBMITTED' },
    ]);

    // The version mix: on the second loop's versions C (first question) and D, Panel 5 gives
    // all 1s then all 3s on C (mean 2) and all 2s then all 4s on D (mean 3). Panel 4 scores
    // exactly at each version's mean, but on C twice and on D once, while C and D are used
    // 4 and 3 times: the former definition, weighting versions by use, called Panel 4 severe.
    const carol = await createCandidate(t, calib.tokens.ADMIN, 'Carol Calibrated');
    const [first, second] = [
      await scheduleInterview(t, calib.tokens.ADMIN, {
        candidateId: carol,
        stageId: skew.stageId,
        interviewerIds: [p4, p5],
      }),
      await scheduleInterview(t, calib.tokens.ADMIN, {
        candidateId: carol,
        stageId: skew.stageId,
        interviewerIds: [p4, p5],
      }),
    ];
    await submit(4, first, carol, true, 'NO', (qi) => (qi === 0 ? 1 : 2), skew);
    await submit(3, first, carol, true, 'YES', (qi) => (qi === 0 ? 2 : 3), skew);
    await submit(4, second, carol, true, 'YES', (qi) => (qi === 0 ? 3 : 4), skew);
    await submit(3, second, carol, true, 'NO', (qi) => (qi === 0 ? 2 : null), skew);
  });
  afterAll(() => t.close());

  it('computes interviewer calibration equal to the hand-computed figures', async () => {
    const expected = expectedCalibration(
      sent,
      calib.panel.map((m) => m.id),
    );
    // The fixture exercises every figure.
    expect(expected).toHaveLength(5);
    expect(expected.some((e) => e.leniency !== null && e.leniency > 0)).toBe(true);
    expect(expected.some((e) => e.leniency !== null && e.leniency < 0)).toBe(true);
    expect(expected.some((e) => e.onTimeRate > 0 && e.onTimeRate < 1)).toBe(true);

    for (const token of [calib.tokens.ADMIN, calib.tokens.RECRUITER]) {
      const rows = ok(await t.gql(CALIBRATION, window(), token)).interviewerCalibration.edges.map(
        (e: any) => e.node,
      );
      expect(rows.map((r: any) => r.interviewer.id)).toEqual(expected.map((e) => e.interviewerId));
      expect(rows.map((r: any) => r.interviewer.displayName)).toEqual([
        'Panel 1',
        'Panel 2',
        'Panel 3',
        'Panel 4',
        'Panel 5',
      ]);
      rows.forEach((row: any, i: number) => {
        const e = expected[i];
        expect(row.scorecards).toBe(e.scorecards);
        expectFigure(row.meanScore, e.meanScore);
        expectFigure(row.expectedMean, e.expectedMean);
        expectFigure(row.leniency, e.leniency);
        expectFigure(row.yesShare, e.yesShare);
        expectFigure(row.onTimeRate, e.onTimeRate);
      });
    }
    const rows = ok(
      await t.gql(CALIBRATION, window(), calib.tokens.ADMIN),
    ).interviewerCalibration.edges.map((e: any) => e.node);
    // Panel 1: on time on Alice and on Bob's second interview, late on his first; all YES-side.
    expect(rows[0]).toMatchObject({ scorecards: 3, yesShare: 1 });
    expect(rows[0].onTimeRate).toBeCloseTo(2 / 3, 9);
    // Panel 2: NO on Alice, amended to STRONG_NO.
    expect(rows[1]).toMatchObject({ scorecards: 1, onTimeRate: 1, yesShare: 0 });
    // The numerator, the mean deviation from the version means, is meanScore - expectedMean.
    for (const e of expected.filter((x) => x.leniency !== null)) {
      expectFigure(e.leniency! * e.pooledSd, e.meanScore! - e.expectedMean!);
    }
  });

  it('gives leniency 0 to an interviewer scoring at each version mean, whatever the mix', async () => {
    const panel4 = calib.panel[3].id;
    const own = sent.filter((s) => s.interviewerId === panel4).flatMap(scored);
    // Panel 4 scores C (mean 2) on two scorecards and D (mean 3) on one.
    const [c, d] = skew.questions.map((q) => q.questionVersionId);
    expect(new Set(own.filter((x) => x.qv === c).map((x) => x.score))).toEqual(new Set([2]));
    expect(new Set(own.filter((x) => x.qv === d).map((x) => x.score))).toEqual(new Set([3]));
    const versions = expectedAnalytics(sent);
    const byId = (qv: string) => versions.find((v) => v.questionVersionId === qv)!;
    expect([byId(c).meanScore, byId(d).meanScore]).toEqual([2, 3]);
    expect([byId(c).uses, byId(d).uses]).toEqual([4, 3]);
    // The former definition called them severe; the current one, neither.
    expect(formerLeniency(sent, panel4)).toBeLessThan(-0.05);

    const rows = ok(
      await t.gql(CALIBRATION, window(), calib.tokens.ADMIN),
    ).interviewerCalibration.edges.map((e: any) => e.node);
    const row = rows.find((r: any) => r.interviewer.id === panel4);
    expect(row.scorecards).toBe(2);
    expect(row.leniency).not.toBeNull();
    expect(row.leniency).toBeCloseTo(0, 9);
    expect(row.meanScore).toBeCloseTo(row.expectedMean, 9);
    expect(row.meanScore).toBeCloseTo(mean(own.map((x) => x.score)), 9);
  });

  it('leaves out the scorecards of cancelled interviews', async () => {
    const ids = calib.panel.map((m) => m.id);
    // Counted, the cancelled scorecard would change Panel 1's figures and Alice's versions'.
    const counted = expectedCalibration([...sent, cancelled], ids);
    const countedAnalytics = expectedAnalytics([...sent, cancelled]);
    expect(counted[0].scorecards).toBe(4);

    const rows = ok(
      await t.gql(CALIBRATION, window(), calib.tokens.ADMIN),
    ).interviewerCalibration.edges.map((e: any) => e.node);
    expect(rows[0].interviewer.id).toBe(ids[0]);
    expect(rows[0].scorecards).toBe(3);
    expect(Math.abs(rows[0].meanScore - counted[0].meanScore!)).toBeGreaterThan(0.01);
    expect(Math.abs(rows[0].yesShare - counted[0].yesShare)).toBeGreaterThan(0.01);

    const analytics = ok(
      await t.gql(ANALYTICS, window(), calib.tokens.ADMIN),
    ).questionAnalytics.edges.map((e: any) => e.node);
    for (const q of sheet.questions) {
      const row = analytics.find((r: any) => r.questionVersionId === q.questionVersionId);
      const wrong = countedAnalytics.find((e) => e.questionVersionId === q.questionVersionId)!;
      expect(row.uses).toBe(wrong.uses - 1);
      expect(row.agreementPairs).toBeLessThan(wrong.agreementPairs);
      expect(Math.abs(row.meanScore - wrong.meanScore)).toBeGreaterThan(0.01);
    }
  });

  it('computes question analytics equal to the hand-computed figures', async () => {
    const expected = expectedAnalytics(sent);
    expect(expected).toHaveLength(4);
    const pairsOf = (on: LoopSheet) =>
      on.questions.map(
        (q) => expected.find((e) => e.questionVersionId === q.questionVersionId)!.agreementPairs,
      );
    // Per question: Alice's pair (Panel 1, Panel 2), and Bob's two (Panel 1 twice, Panel 3).
    const criteria = sheet.questions.map((q) => q.criteria.length);
    expect(pairsOf(sheet)).toEqual([criteria[0] - 1 + 2 * criteria[0], 3 * criteria[1]]);
    // Carol's: Panel 4 and Panel 5 on each interview, and across them (on D once).
    const skewCriteria = skew.questions.map((q) => q.criteria.length);
    expect(pairsOf(skew)).toEqual([4 * skewCriteria[0], 2 * skewCriteria[1]]);
    expect(expected.every((e) => e.agreementPairs > 0)).toBe(true);
    expect(expected.every((e) => e.recommendationCorrelation !== null)).toBe(true);

    for (const token of [calib.tokens.ADMIN, calib.tokens.RECRUITER]) {
      const rows = ok(await t.gql(ANALYTICS, window(), token)).questionAnalytics.edges.map(
        (e: any) => e.node,
      );
      expect(rows.map((r: any) => r.questionVersionId)).toEqual(
        expected.map((e) => e.questionVersionId),
      );
      rows.forEach((row: any, i: number) => {
        const e = expected[i];
        expect(row.questionVersion.id).toBe(e.questionVersionId);
        expect(row.uses).toBe(e.uses);
        expect(row.agreementPairs).toBe(e.agreementPairs);
        expectFigure(row.meanScore, e.meanScore);
        expectFigure(row.stddev, e.stddev);
        expectFigure(row.agreement, e.agreement);
        expectFigure(row.recommendationCorrelation, e.recommendationCorrelation);
      });
    }
    expect(new Set(expected.map((e) => e.questionVersionId))).toEqual(
      new Set([...sheet.questions, ...skew.questions].map((q) => q.questionVersionId)),
    );
  });

  it('is closed to interviewers and hiring managers', async () => {
    for (const role of ['INTERVIEWER', 'HIRING_MANAGER'] as const) {
      for (const query of [CALIBRATION, ANALYTICS]) {
        expect(codeOf(await t.gql(query, window(), calib.tokens[role]))).toBe('FORBIDDEN');
      }
    }
    expect(codeOf(await t.gql(CALIBRATION, window(), calib.panel[0].token))).toBe('FORBIDDEN');
  });

  it('returns empty lists for a window without submissions', async () => {
    const past = {
      from: new Date(Date.now() - 30 * DAY).toISOString(),
      to: new Date(Date.now() - 29 * DAY).toISOString(),
    };
    expect(
      ok(await t.gql(CALIBRATION, past, calib.tokens.ADMIN)).interviewerCalibration.edges.map(
        (e: any) => e.node,
      ),
    ).toEqual([]);
    expect(
      ok(await t.gql(ANALYTICS, past, calib.tokens.ADMIN)).questionAnalytics.edges.map(
        (e: any) => e.node,
      ),
    ).toEqual([]);
    // A window that ends before the submissions (even the late one was submitted today).
    const before = { from: past.from, to: new Date(Date.now() - 2 * DAY).toISOString() };
    expect(
      ok(await t.gql(ANALYTICS, before, calib.tokens.ADMIN)).questionAnalytics.edges.map(
        (e: any) => e.node,
      ),
    ).toEqual([]);
  });

  it('rejects a window that is empty, reversed or longer than 366 days', async () => {
    const now = new Date().toISOString();
    const cases = [
      { from: now, to: now },
      { from: new Date(Date.now() + HOUR).toISOString(), to: now },
    ];
    for (const query of [CALIBRATION, ANALYTICS]) {
      for (const vars of cases) {
        const res = await t.gql(query, vars, calib.tokens.ADMIN);
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions.fields).toEqual([
          { path: 'to', message: 'must be after from' },
        ]);
      }
      const long = await t.gql(
        query,
        { from: new Date(Date.now() - 367 * DAY).toISOString(), to: now },
        calib.tokens.ADMIN,
      );
      expect(codeOf(long)).toBe('BAD_USER_INPUT');
      expect(long.errors![0].extensions.fields[0].path).toBe('to');
      // Up to 366 days is accepted.
      const year = await t.gql(
        query,
        { from: new Date(Date.now() - 366 * DAY + HOUR).toISOString(), to: now },
        calib.tokens.ADMIN,
      );
      expect(year.errors).toBeUndefined();
    }
  });

  it("does not show one tenant's scorecards to another", async () => {
    expect(
      ok(await t.gql(CALIBRATION, window(), other.tokens.ADMIN)).interviewerCalibration.edges.map(
        (e: any) => e.node,
      ),
    ).toEqual([]);
    expect(
      ok(await t.gql(ANALYTICS, window(), other.tokens.ADMIN)).questionAnalytics.edges.map(
        (e: any) => e.node,
      ),
    ).toEqual([]);
    expect(
      ok(await t.gql(ANALYTICS, window(), other.tokens.RECRUITER)).questionAnalytics.edges.map(
        (e: any) => e.node,
      ),
    ).toEqual([]);
  });

  it('pages both lists by keyset, both ways, in the full list order', async () => {
    const PAGE = (
      field: string,
      args: string,
      row: string,
    ) => `query($from: DateTime!, $to: DateTime!) {
      ${field}(from: $from, to: $to${args ? `, ${args}` : ''}) { edges { node { ${row} } } totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const read = async (field: string, args: string, row: string) =>
      ok(await t.gql(PAGE(field, args, row), window(), calib.tokens.RECRUITER))[field];
    const walk = async (field: string, row: string, id: (node: any) => string) => {
      const whole = nodes(await read(field, 'first: 100', row)).map(id);
      const forward: string[] = [];
      let after = '';
      for (;;) {
        const page = await read(field, `first: 2${after}`, row);
        expect(page.totalCount).toBe(whole.length);
        forward.push(...nodes(page).map(id));
        if (!page.pageInfo.hasNextPage) break;
        after = `, after: "${page.pageInfo.endCursor}"`;
      }
      expect(forward).toEqual(whole);
      const backward: string[] = [];
      let before = '';
      for (;;) {
        const page = await read(field, `last: 2${before}`, row);
        backward.unshift(...nodes(page).map(id));
        if (!page.pageInfo.hasPreviousPage) break;
        before = `, before: "${page.pageInfo.startCursor}"`;
      }
      expect(backward).toEqual(whole);
      return whole;
    };
    const names = await walk(
      'interviewerCalibration',
      'interviewer { id displayName }',
      (n) => `${n.interviewer.displayName}|${n.interviewer.id}`,
    );
    expect(names).toHaveLength(5);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    // Most disagreeing first, as the calibration page starts.
    expect(
      await walk('questionAnalytics', 'questionVersionId', (n) => n.questionVersionId),
    ).toEqual(expectedAnalytics(sent).map((e) => e.questionVersionId));

    for (const [field, wrongKind] of [
      ['interviewerCalibration', ['x'.repeat(301)]],
      ['questionAnalytics', ['not a number', fromNow(0), '']],
    ] as const) {
      await expectHostilePagingRefused(
        t,
        calib.tokens.RECRUITER,
        (args) => PAGE(field, args, '__typename'),
        [field],
        { variables: window(), wrongKind: [...wrongKind] },
      );
    }
  });

  it('runs the same number of statements for 2 and for 9 scorecards', async () => {
    const calibration = await measure(CALIBRATION);
    const analytics = await measure(ANALYTICS);
    expect(calibration.data.interviewerCalibration.edges.map((e: any) => e.node)).toHaveLength(5);
    expect(sent).toHaveLength(9);
    expect(calibration.statements).toBe(withTwo.calibration);
    expect(analytics.statements).toBe(withTwo.analytics);
    expect(calibration.statements).toBeLessThanOrEqual(6);
    expect(analytics.statements).toBeLessThanOrEqual(6);
  });
});
