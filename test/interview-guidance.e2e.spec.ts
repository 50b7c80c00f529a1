import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadPack } from '../src/taxonomy/pack/pack-loader.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  importLibrary,
  myScorecard,
  ok,
  scheduleInterview,
} from './helpers/interviews.js';

// Issue 17: level expectations, the tenant's interview guide, candidate questions as
// unrated preparation, and STAR notes, end to end through the server.

const GUIDE = `{ interviewGuide { source scoringGuide { combination veto notAssessed debrief }
  seniorityLevels { seniority title definition } interviewerGuidance { key title points } } }`;
const CREATE = `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id status
  currentVersion { id number levelExpectations { seniority expectation } exampleAnswers { score answer }
  rubric { criteria { id } } } } }`;
const KIT = `query($id: ID!) { interviewKit(stageId: $id) {
  guide { source scoringGuide { veto } seniorityLevels { seniority } interviewerGuidance { key points } }
  questions { stageQuestionId type rated seniority answerFormat levelExpectations { seniority expectation }
    exampleAnswers { score answer } criteria { id } } } }`;
const SAVE = `mutation($input: SaveScorecardDraftInput!) { saveScorecardDraft(input: $input) {
  id version status summary notes { stageQuestionId notes star { situation task action result } } } }`;
const SUBMIT = `mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { status
  notes { stageQuestionId star { action } } } }`;

const fieldsOf = (r: { errors?: { extensions: Record<string, any> }[] }) =>
  (r.errors?.[0]?.extensions.fields ?? []) as { path: string; message: string }[];

describe('interviewer guidance: level expectations, the guide, candidate questions, STAR notes', () => {
  let t: TestApp;
  let a: SeededTenant;
  let bare: SeededTenant;
  let categoryId: string;
  let competencyId: string;

  const question = (input: Record<string, unknown>) =>
    t.gql(CREATE, { input: { categoryId, estimatedMinutes: 10, ...input } }, a.tokens.RECRUITER);
  const criterion = (title: string) => ({
    title,
    competencyId,
    weight: 1,
    anchors: [
      `${title}: gave no example of their own and could not say what happened`,
      `${title}: described the team's work but not their own part in it`,
      `${title}: walked through their own actions and the measured result`,
      `${title}: weighed alternatives and changed how the team works afterwards`,
    ],
  });

  beforeAll(async () => {
    t = await startTestApp();
    a = await seedTenant(t, 'guide-a');
    bare = await seedTenant(t, 'guide-bare');
    await importLibrary(t, a.tokens.ADMIN);
    const lists = ok(
      await t.gql(`{ categories { id slug } competencies { id key } }`, {}, a.tokens.RECRUITER),
    );
    categoryId = lists.categories.find((c: { slug: string }) => c.slug === 'behavioral').id;
    competencyId = lists.competencies.find((c: { key: string }) => c.key === 'ownership').id;
  });
  afterAll(() => t.close());

  it('serves the interview guide the pack shipped, and null to a tenant without one', async () => {
    const { manifest } = loadPack('backend-engineering');
    const guide = ok(await t.gql(GUIDE, {}, a.tokens.INTERVIEWER)).interviewGuide;
    expect(guide.source).toBe(`backend-engineering@${manifest.version}`);
    expect(guide.scoringGuide).toEqual(manifest.scoringGuide);
    expect(guide.seniorityLevels.map((l: { seniority: string }) => l.seniority)).toEqual([
      'JUNIOR',
      'MID',
      'SENIOR',
      'STAFF',
    ]);
    expect(guide.interviewerGuidance.map((g: { key: string }) => g.key)).toEqual(
      expect.arrayContaining(['structured-practice', 'bias', 'off-limits', 'note-taking']),
    );
    expect(ok(await t.gql(GUIDE, {}, bare.tokens.ADMIN)).interviewGuide).toBeNull();
    expect(codeOf(await t.gql(GUIDE))).toBe('UNAUTHENTICATED');
  });

  it('imports candidate questions as active preparation without a rubric, and keeps them unrated', async () => {
    const imported = ok(
      await t.gql(
        `{ questions(first: 50, type: CANDIDATE_QUESTION) { totalCount edges { node { id status
           currentVersion { rubric { criteria { id } } } } } } }`,
        {},
        a.tokens.RECRUITER,
      ),
    ).questions;
    expect(imported.totalCount).toBeGreaterThan(0);
    for (const { node } of imported.edges) {
      expect(node.status).toBe('ACTIVE');
      expect(node.currentVersion.rubric.criteria).toEqual([]);
    }
    const setRubric = await t.gql(
      `mutation($input: SetRubricInput!) { setRubric(input: $input) { id } }`,
      { input: { questionId: imported.edges[0].node.id, criteria: [criterion('Curiosity')] } },
      a.tokens.RECRUITER,
    );
    expect(codeOf(setRubric)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(setRubric)).toEqual([
      { path: 'input.questionId', message: expect.stringContaining('never rated') },
    ]);

    const base = {
      type: 'CANDIDATE_QUESTION',
      seniority: ['MID'],
      content: { prompt: 'How do on-call rotas work here?', purpose: 'Prepares the interviewer.' },
    };
    const withRubric = await question({ ...base, rubric: [criterion('Curiosity')] });
    expect(fieldsOf(withRubric)).toEqual([
      { path: 'input.rubric', message: expect.stringContaining('never rated') },
    ]);
    const made = ok(await question(base)).createQuestion;
    const active = ok(
      await t.gql(
        `mutation($id: ID!) { activateQuestion(id: $id) { status } }`,
        { id: made.id },
        a.tokens.RECRUITER,
      ),
    );
    expect(active.activateQuestion.status).toBe('ACTIVE');
    // A rated question still needs its rubric to become active.
    const rated = ok(await question({ ...base, type: 'BEHAVIORAL' })).createQuestion;
    const refused = await t.gql(
      `mutation($id: ID!) { activateQuestion(id: $id) { status } }`,
      { id: rated.id },
      a.tokens.RECRUITER,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  });

  it("checks level expectations against the question's seniority and examples against the scale", async () => {
    const bad = await question({
      type: 'BEHAVIORAL',
      seniority: ['MID', 'SENIOR'],
      content: {
        prompt: 'Tell me about a release you rolled back.',
        purpose: 'Ownership of a failed change.',
        levelExpectations: [
          { seniority: 'MID', expectation: 'Rolled back their own change and wrote down why.' },
          { seniority: 'STAFF', expectation: 'Changed how several teams release.' },
          { seniority: 'MID', expectation: 'A second expectation for the same level.' },
        ],
        exampleAnswers: [{ score: 7, answer: 'Off the scale.' }],
      },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad).map((f) => f.path)).toEqual([
      'input.content.levelExpectations[1].seniority',
      'input.content.levelExpectations[2].seniority',
      'input.content.exampleAnswers[0].score',
    ]);
    const hostile = await question({
      type: 'BEHAVIORAL',
      seniority: ['MID'],
      content: {
        prompt: 'p',
        purpose: 'p',
        levelExpectations: [{ seniority: 'MID', expectation: null }],
      },
    });
    expect(codeOf(hostile)).toBe('BAD_USER_INPUT');
    const empty = await question({
      type: 'BEHAVIORAL',
      seniority: ['MID'],
      content: {
        prompt: 'p',
        purpose: 'p',
        levelExpectations: [{ seniority: 'MID', expectation: '' }],
      },
    });
    expect(fieldsOf(empty)[0].path).toBe('input.content.levelExpectations[0].expectation');

    const content = {
      prompt: 'Tell me about a release you rolled back.',
      purpose: 'Ownership of a failed change.',
      answerFormat: 'STAR',
      levelExpectations: [
        { seniority: 'MID', expectation: 'Rolled back their own change and wrote down why.' },
        { seniority: 'SENIOR', expectation: 'Also changed the release checks so it cannot recur.' },
      ],
      exampleAnswers: [
        { score: 2, answer: 'We rolled back; someone else found the cause.' },
        {
          score: 3,
          answer: 'I rolled back within minutes, found the missing migration and added a check.',
        },
      ],
    };
    const made = ok(
      await question({
        type: 'BEHAVIORAL',
        seniority: ['MID', 'SENIOR'],
        content,
        rubric: [criterion('Rollback ownership'), criterion('Prevention')],
      }),
    ).createQuestion;
    expect(made.currentVersion.levelExpectations).toEqual(content.levelExpectations);
    expect(made.currentVersion.exampleAnswers).toEqual(content.exampleAnswers);

    // The same content again is no new version; a changed expectation is one, and the diff names it.
    const update = (levelExpectations: unknown) =>
      t.gql(
        `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { currentVersion { id number } } }`,
        { input: { id: made.id, content: { ...content, levelExpectations } } },
        a.tokens.RECRUITER,
      );
    expect(ok(await update(content.levelExpectations)).updateQuestion.currentVersion.number).toBe(
      1,
    );
    const next = ok(
      await update([
        content.levelExpectations[0],
        { seniority: 'SENIOR', expectation: 'Led the fix.' },
      ]),
    ).updateQuestion.currentVersion;
    expect(next.number).toBe(2);
    const diff = ok(
      await t.gql(
        `query($from: ID!, $to: ID!) { questionVersionDiff(from: $from, to: $to) { changes { field } } }`,
        { from: made.currentVersion.id, to: next.id },
        a.tokens.RECRUITER,
      ),
    ).questionVersionDiff;
    expect(diff.changes.map((c: { field: string }) => c.field)).toEqual(['levelExpectations']);
  });

  it("creates the pack's loop templates once, each passing the coverage check, and leaves them to the tenant", async () => {
    const { manifest } = loadPack('backend-engineering');
    const TEMPLATES = `{ loops(first: 20, isTemplate: true) { edges { node { id name status isTemplate
      stages { name kind focusCompetencies { key } questions { id } }
      coverage { publishable findings { code severity } } } } } }`;
    const list = async () => ok(await t.gql(TEMPLATES, {}, a.tokens.RECRUITER)).loops.edges;
    const templates = await list();
    expect(templates.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual(
      manifest.loopTemplates.map((tpl) => tpl.name).sort(),
    );
    for (const { node } of templates) {
      const shipped = manifest.loopTemplates.find((tpl) => tpl.name === node.name)!;
      expect(node).toMatchObject({ status: 'DRAFT', isTemplate: true });
      expect(node.coverage.publishable).toBe(true);
      expect(
        node.coverage.findings.filter((f: { severity: string }) => f.severity === 'BLOCKING'),
      ).toEqual([]);
      expect(node.stages.map((st: { name: string }) => st.name)).toEqual(
        shipped.stages.map((st) => st.name),
      );
      expect(node.stages.map((st: { questions: unknown[] }) => st.questions.length)).toEqual(
        shipped.stages.map((st) => st.questions.length),
      );
    }
    const junior = templates.find((e: { node: { name: string } }) =>
      e.node.name.includes('junior'),
    ).node;
    const made = ok(
      await t.gql(
        `mutation($input: NewLoopFromInput!) { createLoopFromTemplate(input: $input) { id isTemplate } }`,
        { input: { sourceId: junior.id, name: 'Junior backend, spring intake' } },
        a.tokens.RECRUITER,
      ),
    ).createLoopFromTemplate;
    expect(made.isTemplate).toBe(false);
    const published = await t.gql(
      `mutation($id: ID!) { publishLoop(id: $id) { loop { status } } }`,
      { id: made.id },
      a.tokens.RECRUITER,
    );
    expect(ok(published).publishLoop.loop.status).toBe('PUBLISHED');

    // The tenant renames a template; a re-import creates nothing and changes nothing.
    ok(
      await t.gql(
        `mutation($input: UpdateLoopInput!) { updateLoop(input: $input) { id } }`,
        { input: { id: junior.id, name: 'Our junior loop' } },
        a.tokens.RECRUITER,
      ),
    );
    const again = ok(
      await t.gql(
        `mutation { importPack(name: "backend-engineering") { templatesCreated } }`,
        {},
        a.tokens.ADMIN,
      ),
    ).importPack;
    expect(again.templatesCreated).toBe(0);
    const after = await list();
    expect(after).toHaveLength(templates.length);
    expect(after.map((e: { node: { name: string } }) => e.node.name)).toContain('Our junior loop');
  });

  describe('a kit and a scorecard with a STAR question, a technical question and a candidate question', () => {
    let stageId: string;
    let interviewId: string;
    let behavioural: { stageQuestionId: string; criteria: { id: string }[] };
    let technical: { stageQuestionId: string; criteria: { id: string }[] };
    let candidate: { stageQuestionId: string; criteria: { id: string }[] };

    beforeAll(async () => {
      const pick = async (type: string, extra = '') =>
        ok(
          await t.gql(
            `{ questions(first: 1, status: ACTIVE, type: ${type}${extra}) { edges { node { id
               currentVersion { rubric { criteria { competency { id } } } } } } } }`,
            {},
            a.tokens.RECRUITER,
          ),
        ).questions.edges[0].node;
      const made = ok(
        await question({
          type: 'BEHAVIORAL',
          seniority: ['MID', 'SENIOR'],
          content: {
            prompt: 'Tell me about a migration you led that went wrong.',
            purpose: 'Ownership when a change fails.',
            answerFormat: 'STAR',
            levelExpectations: [
              { seniority: 'MID', expectation: 'Owned the recovery of their own migration.' },
              { seniority: 'SENIOR', expectation: 'Changed the migration practice of the team.' },
            ],
            exampleAnswers: [
              { score: 2, answer: 'Someone else noticed and fixed it.' },
              { score: 3, answer: 'Noticed the lock, stopped it, re-ran it in batches.' },
            ],
          },
          rubric: [criterion('Recovery'), criterion('Lasting change')],
        }),
      ).createQuestion;
      ok(
        await t.gql(
          `mutation($id: ID!) { activateQuestion(id: $id) { id } }`,
          { id: made.id },
          a.tokens.RECRUITER,
        ),
      );
      const tech = await pick('TECHNICAL');
      const cand = await pick('CANDIDATE_QUESTION');
      const loop = ok(
        await t.gql(
          `mutation($input: CreateLoopInput!) { createLoop(input: $input) { id } }`,
          { input: { name: 'Guided loop', roleTitle: 'Backend engineer' } },
          a.tokens.RECRUITER,
        ),
      ).createLoop;
      stageId = ok(
        await t.gql(
          `mutation($input: AddStageInput!) { addStage(input: $input) { id } }`,
          {
            input: {
              loopId: loop.id,
              name: 'Mixed',
              kind: 'TECHNICAL',
              durationMinutes: 45,
              focusCompetencyIds: [competencyId],
            },
          },
          a.tokens.RECRUITER,
        ),
      ).addStage.id;
      for (const id of [made.id, tech.id, cand.id]) {
        ok(
          await t.gql(
            `mutation($input: AddStageQuestionInput!) { addStageQuestion(input: $input) { id } }`,
            { input: { stageId, questionId: id, timeBudgetMinutes: 10 } },
            a.tokens.RECRUITER,
          ),
        );
      }
      ok(
        await t.gql(
          `mutation($id: ID!) { publishLoop(id: $id) { loop { status } } }`,
          { id: loop.id },
          a.tokens.RECRUITER,
        ),
      );
      const candidateId = await createCandidate(t, a.tokens.RECRUITER, 'Robin Guided');
      interviewId = await scheduleInterview(t, a.tokens.RECRUITER, {
        candidateId,
        stageId,
        interviewerIds: [a.userIds.INTERVIEWER],
      });
    });

    it('shows the guide, level expectations, worked examples and the unrated candidate question', async () => {
      const kit = ok(await t.gql(KIT, { id: stageId }, a.tokens.INTERVIEWER)).interviewKit;
      [behavioural, technical, candidate] = kit.questions;
      expect(kit.guide.source).toMatch(/^backend-engineering@/);
      expect(
        kit.guide.interviewerGuidance.find((g: { key: string }) => g.key === 'bias').points.length,
      ).toBeGreaterThan(0);
      expect(kit.questions[0]).toMatchObject({
        type: 'BEHAVIORAL',
        rated: true,
        answerFormat: 'STAR',
        seniority: ['MID', 'SENIOR'],
        levelExpectations: [
          { seniority: 'MID', expectation: 'Owned the recovery of their own migration.' },
          { seniority: 'SENIOR', expectation: 'Changed the migration practice of the team.' },
        ],
        exampleAnswers: [{ score: 2 }, { score: 3 }],
      });
      expect(technical.criteria.length).toBeGreaterThan(0);
      expect(kit.questions[2]).toMatchObject({
        type: 'CANDIDATE_QUESTION',
        rated: false,
        criteria: [],
      });

      const md = await t
        .http()
        .get(`/kits/${stageId}.md`)
        .set('authorization', `Bearer ${a.tokens.INTERVIEWER}`);
      expect(md.status).toBe(200);
      expect(md.text).toContain('## Scoring guide');
      expect(md.text).toContain('## Bias to watch for');
      expect(md.text).toContain('## Topics that are off limits');
      expect(md.text).toContain('SENIOR: Changed the migration practice of the team.');
      expect(md.text).toContain('Scored 3: Noticed the lock, stopped it, re-ran it in batches.');
      expect(md.text).toContain('not rated');
    });

    it('reads an omitted note field as kept and null as cleared: the text, each STAR part, all four, the summary', async () => {
      const card = await myScorecard(t, a.tokens.INTERVIEWER, interviewId);
      const sq = behavioural.stageQuestionId;
      const save = (input: Record<string, unknown>, version: number) =>
        t.gql(
          SAVE,
          { input: { id: card.id, expectedVersion: version, ...input } },
          a.tokens.INTERVIEWER,
        );
      const noteOf = (draft: { notes: { stageQuestionId: string }[] }) =>
        draft.notes.find((n) => n.stageQuestionId === sq);
      const star = { situation: 'S', task: 'T', action: 'A', result: 'R' };
      const first = ok(
        await save(
          { notes: [{ stageQuestionId: sq, notes: 'Calm story.', star }], summary: 'So far' },
          card.version,
        ),
      ).saveScorecardDraft;
      // One part given, the rest and the text omitted: all of those are kept.
      const onePart = ok(
        await save({ notes: [{ stageQuestionId: sq, star: { action: 'A2' } }] }, first.version),
      ).saveScorecardDraft;
      expect(noteOf(onePart)).toEqual({
        stageQuestionId: sq,
        notes: 'Calm story.',
        star: { ...star, action: 'A2' },
      });
      expect(onePart.summary).toBe('So far');
      // null clears one part, the text and the summary, and nothing else.
      const cleared = ok(
        await save(
          { notes: [{ stageQuestionId: sq, notes: null, star: { task: null } }], summary: null },
          onePart.version,
        ),
      ).saveScorecardDraft;
      expect(noteOf(cleared)).toEqual({
        stageQuestionId: sq,
        notes: '',
        star: { ...star, task: '', action: 'A2' },
      });
      expect(cleared.summary).toBe('');
      // star: null clears the four parts; with no text left the note is gone.
      const gone = ok(
        await save({ notes: [{ stageQuestionId: sq, star: null }] }, cleared.version),
      ).saveScorecardDraft;
      expect(gone.notes).toEqual([]);

      // A null where null clears nothing names its field and changes nothing.
      for (const [input, path] of [
        [{ notes: null }, 'input.notes'],
        [{ ratings: null }, 'input.ratings'],
        [{ competencyRatings: [{ competencyId, score: 3 }], notes: null }, 'input.notes'],
      ] as const) {
        const refused = await save(input, gone.version);
        expect(codeOf(refused)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(refused)).toEqual([
          { path, message: expect.stringContaining('must not be null') },
        ]);
      }
      // A wrong type inside a part fails GraphQL's own coercion; never INTERNAL.
      const wrong = await save(
        { notes: [{ stageQuestionId: sq, star: { task: ['a list'] } }] },
        gone.version,
      );
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors![0].message).toContain('String cannot represent');
      expect((await myScorecard(t, a.tokens.INTERVIEWER, interviewId)).version).toBe(gone.version);
    });

    it('keeps STAR notes on the behavioural question only, and submits without rating the candidate question', async () => {
      const card = await myScorecard(t, a.tokens.INTERVIEWER, interviewId);
      const save = (input: Record<string, unknown>, version: number) =>
        t.gql(
          SAVE,
          { input: { id: card.id, expectedVersion: version, ...input } },
          a.tokens.INTERVIEWER,
        );

      const misplaced = await save(
        { notes: [{ stageQuestionId: technical.stageQuestionId, star: { situation: 'x' } }] },
        card.version,
      );
      expect(codeOf(misplaced)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(misplaced)).toEqual([
        { path: 'input.notes[0].star', message: expect.stringContaining('STAR') },
      ]);
      const wrongType = await save(
        { notes: [{ stageQuestionId: behavioural.stageQuestionId, star: { situation: 5 } }] },
        card.version,
      );
      expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
      const tooLong = await save(
        {
          notes: [
            { stageQuestionId: behavioural.stageQuestionId, star: { result: 'r'.repeat(5001) } },
          ],
        },
        card.version,
      );
      expect(fieldsOf(tooLong)[0].path).toBe('input.notes[0].star.result');
      const ratedCandidate = await save(
        {
          ratings: [
            {
              stageQuestionId: candidate.stageQuestionId,
              criterionId: technical.criteria[0].id,
              score: 3,
            },
          ],
        },
        card.version,
      );
      expect(codeOf(ratedCandidate)).toBe('BAD_USER_INPUT');

      const star = {
        situation: 'Payments schema change at peak season',
        task: 'Owned the migration',
        action: 'Stopped it, split it into batches',
        result: 'No downtime; added a lock-timeout check',
      };
      const saved = ok(
        await save(
          {
            notes: [
              { stageQuestionId: behavioural.stageQuestionId, star: { ...star, task: undefined } },
              {
                stageQuestionId: candidate.stageQuestionId,
                notes: 'Asked about on-call; answered.',
              },
            ],
          },
          card.version,
        ),
      ).saveScorecardDraft;
      expect(saved.notes).toEqual([
        { stageQuestionId: behavioural.stageQuestionId, notes: '', star: { ...star, task: '' } },
        {
          stageQuestionId: candidate.stageQuestionId,
          notes: 'Asked about on-call; answered.',
          star: null,
        },
      ]);
      // Blank STAR parts (the others cleared with null) and no text remove the note.
      const cleared = ok(
        await save(
          {
            notes: [
              {
                stageQuestionId: behavioural.stageQuestionId,
                notes: '',
                star: { situation: null, action: ' ', result: null },
              },
            ],
          },
          saved.version,
        ),
      ).saveScorecardDraft;
      expect(cleared.notes.map((n: { stageQuestionId: string }) => n.stageQuestionId)).toEqual([
        candidate.stageQuestionId,
      ]);
      const full = ok(
        await save(
          {
            notes: [{ stageQuestionId: behavioural.stageQuestionId, notes: 'Clear story.', star }],
            ratings: [behavioural, technical].flatMap((q) =>
              q.criteria.map((c) => ({
                stageQuestionId: q.stageQuestionId,
                criterionId: c.id,
                score: 3,
              })),
            ),
            competencyRatings: [{ competencyId, score: 3 }],
            recommendation: 'YES',
          },
          cleared.version,
        ),
      ).saveScorecardDraft;
      // Editing only the text, as the web app does, keeps the STAR parts.
      const textOnly = ok(
        await save(
          {
            notes: [
              { stageQuestionId: behavioural.stageQuestionId, notes: 'Clear story, edited.' },
            ],
          },
          full.version,
        ),
      ).saveScorecardDraft;
      expect(
        textOnly.notes.find(
          (n: { stageQuestionId: string }) => n.stageQuestionId === behavioural.stageQuestionId,
        ),
      ).toEqual({
        stageQuestionId: behavioural.stageQuestionId,
        notes: 'Clear story, edited.',
        star,
      });
      const submitted = ok(
        await t.gql(
          SUBMIT,
          { input: { id: card.id, expectedVersion: textOnly.version } },
          a.tokens.INTERVIEWER,
        ),
      ).submitScorecard;
      expect(submitted.status).toBe('SUBMITTED');
      expect(
        submitted.notes.find(
          (n: { stageQuestionId: string }) => n.stageQuestionId === behavioural.stageQuestionId,
        ).star.action,
      ).toBe(star.action);
    });

    it("keeps each pinned version's type: changing a question's type later alters no kit and no scorecard rule", async () => {
      const PINNED = `query($id: ID!) { interviewKit(stageId: $id) { questions { questionId questionVersionId } } }`;
      const pinned = ok(await t.gql(PINNED, { id: stageId }, a.tokens.INTERVIEWER)).interviewKit
        .questions as { questionId: string; questionVersionId: string }[];
      const kitNow = async () =>
        ok(await t.gql(KIT, { id: stageId }, a.tokens.INTERVIEWER)).interviewKit;
      const markdown = async () =>
        (
          await t
            .http()
            .get(`/kits/${stageId}.md`)
            .set('authorization', `Bearer ${a.tokens.INTERVIEWER}`)
        ).text;
      const [kitBefore, mdBefore] = [await kitNow(), await markdown()];
      const retype = async (questionId: string, type: string) =>
        ok(
          await t.gql(
            `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { type
               currentVersion { id number type } } }`,
            { input: { id: questionId, metadata: { type } } },
            a.tokens.RECRUITER,
          ),
        ).updateQuestion;
      // The candidate question becomes a rated one, the technical one a behavioural one.
      const wasCandidate = await retype(pinned[2].questionId, 'TECHNICAL');
      const wasTechnical = await retype(pinned[1].questionId, 'BEHAVIORAL');
      expect(wasCandidate.currentVersion.type).toBe('TECHNICAL');
      expect(wasCandidate.currentVersion.id).not.toBe(pinned[2].questionVersionId);
      expect(wasTechnical.currentVersion.type).toBe('BEHAVIORAL');
      const VERSION = `query($id: ID!) { questionVersion(id: $id) { type } }`;
      expect(
        ok(await t.gql(VERSION, { id: pinned[2].questionVersionId }, a.tokens.RECRUITER))
          .questionVersion.type,
      ).toBe('CANDIDATE_QUESTION');

      // The published loop's kit is the same, to the byte in Markdown.
      expect(await kitNow()).toEqual(kitBefore);
      expect(await markdown()).toBe(mdBefore);
      // The scorecard still takes STAR notes only where the pinned version is a STAR story.
      const card = await myScorecard(t, a.tokens.INTERVIEWER, interviewId);
      const amend = await t.gql(
        `mutation($input: AmendScorecardInput!) { amendScorecard(input: $input) { id } }`,
        {
          input: {
            id: card.id,
            expectedVersion: card.version,
            reason: 'STAR notes on the technical question',
            notes: [{ stageQuestionId: technical.stageQuestionId, star: { situation: 'x' } }],
          },
        },
        a.tokens.INTERVIEWER,
      );
      expect(fieldsOf(amend)).toEqual([
        { path: 'input.notes[0].star', message: expect.stringContaining('STAR') },
      ]);
    });

    it('lets an admin edit the guide part by part, refuses bad parts by path, and keeps the edit through a pack import', async () => {
      const UPDATE = `mutation($input: UpdateInterviewGuideInput!) { updateInterviewGuide(input: $input) {
        source scoringGuide { combination veto notAssessed debrief }
        seniorityLevels { seniority title definition } interviewerGuidance { key title points } } }`;
      const update = (input: unknown, token = a.tokens.ADMIN) => t.gql(UPDATE, { input }, token);
      const before = ok(await t.gql(GUIDE, {}, a.tokens.ADMIN)).interviewGuide;
      const veto = 'No veto: a single 1 is discussed in the debrief, it does not decide alone.';
      const scoringGuide = { ...before.scoringGuide, veto };

      expect(codeOf(await update({ scoringGuide }, a.tokens.RECRUITER))).toBe('FORBIDDEN');
      const invalid = await update({
        scoringGuide: { ...scoringGuide, veto: '' },
        interviewerGuidance: [{ key: 'Bias!', title: 'Bias', points: [] }],
      });
      expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(invalid).map((f) => f.path)).toEqual([
        'input.scoringGuide.veto',
        'input.interviewerGuidance[0].key',
        'input.interviewerGuidance[0].points',
      ]);
      const twice = await update({
        seniorityLevels: [
          { seniority: 'MID', title: 'Engineer', definition: 'Works alone on a feature.' },
          { seniority: 'MID', title: 'Engineer II', definition: 'Again.' },
        ],
        interviewerGuidance: [
          { key: 'bias', title: 'Bias', points: ['One.'] },
          { key: 'bias', title: 'Bias again', points: ['Two.'] },
        ],
      });
      expect(fieldsOf(twice)).toEqual([
        { path: 'input.seniorityLevels[1].seniority', message: 'is defined twice' },
        { path: 'input.interviewerGuidance[1].key', message: 'is used twice' },
      ]);
      expect(fieldsOf(await update({ scoringGuide: null }))).toEqual([
        { path: 'input.scoringGuide', message: expect.stringContaining('must not be null') },
      ]);
      // A tenant without a guide gives all three parts.
      expect(fieldsOf(await update({ scoringGuide }, bare.tokens.ADMIN))).toEqual([
        { path: 'input.seniorityLevels', message: expect.stringContaining('no interview guide') },
        {
          path: 'input.interviewerGuidance',
          message: expect.stringContaining('no interview guide'),
        },
      ]);
      expect(ok(await t.gql(GUIDE, {}, a.tokens.ADMIN)).interviewGuide).toEqual(before);

      const edited = ok(await update({ scoringGuide })).updateInterviewGuide;
      expect(edited).toEqual({ ...before, scoringGuide, source: null });
      const kit = ok(await t.gql(KIT, { id: stageId }, a.tokens.INTERVIEWER)).interviewKit;
      expect(kit.guide).toMatchObject({ source: null, scoringGuide: { veto } });
      ok(
        await t.gql(
          `mutation { importPack(name: "backend-engineering") { questionsCreated } }`,
          {},
          a.tokens.ADMIN,
        ),
      );
      expect(ok(await t.gql(GUIDE, {}, a.tokens.ADMIN)).interviewGuide).toEqual(edited);
      // Levels are stored junior first whatever order they come in.
      const levels = ok(
        await update({
          seniorityLevels: [
            { seniority: 'SENIOR', title: 'Senior', definition: 'Leads a project.' },
            { seniority: 'JUNIOR', title: 'Junior', definition: 'Learns with support.' },
          ],
        }),
      ).updateInterviewGuide.seniorityLevels;
      expect(levels.map((l: { seniority: string }) => l.seniority)).toEqual(['JUNIOR', 'SENIOR']);
    });
  });
});
