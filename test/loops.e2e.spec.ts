import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { codeOf, startTestApp, type GqlResult, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';

const LOOP_FIELDS = `id name status isTemplate clonedFromId
  stages { id name position durationMinutes focusCompetencies { key }
    questions { id position timeBudgetMinutes required upgradeAvailable questionVersion { id number questionId prompt } } }`;
const CREATE = `mutation($input: CreateLoopInput!) { createLoop(input: $input) { ${LOOP_FIELDS} } }`;
const ADD_STAGE = `mutation($input: AddStageInput!) { addStage(input: $input) { id } }`;
const ADD_Q = `mutation($input: AddStageQuestionInput!) { addStageQuestion(input: $input) { id questionVersion { id } } }`;
const LOOP = `query($id: ID!) { loop(id: $id) { ${LOOP_FIELDS}
  coverage { publishable rows { competency { key } totalWeight cells { stageId weight criteria } }
    findings { code severity path stageId competencyId questionId } } } }`;
const PUBLISH = `mutation($id: ID!) { publishLoop(id: $id) { loop { status } warnings { code path } } }`;
const KIT = `query($id: ID!) { interviewKit(stageId: $id) { stageName durationMinutes instructions loopName roleTitle
  scale { levels { value label } }
  questions { position prompt purpose guidance followUps strongSignals redFlags timeBudgetMinutes required versionNumber
    criteria { title weight competency { key name } anchors { level label text } } } } }`;

interface LibraryQuestion {
  id: string;
  competencies: string[];
}

describe('interview loops, coverage and kits', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let other: SeededTenant;
  let library: LibraryQuestion[];
  let competencyId: Record<string, string>;
  const rec = () => acme.tokens.RECRUITER;

  const ok = (r: GqlResult) => {
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const newLoop = async (name: string, extra: Record<string, unknown> = {}) =>
    ok(await t.gql(CREATE, { input: { name, roleTitle: 'Backend engineer', ...extra } }, rec()))
      .createLoop;
  const addStage = async (
    loopId: string,
    name: string,
    minutes: number,
    focus: string[] = [],
    kind = 'TECHNICAL',
  ) =>
    ok(
      await t.gql(
        ADD_STAGE,
        {
          input: {
            loopId,
            name,
            kind,
            durationMinutes: minutes,
            focusCompetencyIds: focus.map((k) => competencyId[k]),
            instructions: `Run ${name} calmly.`,
          },
        },
        rec(),
      ),
    ).addStage.id as string;
  const pin = async (stageId: string, questionId: string, minutes = 10) =>
    ok(await t.gql(ADD_Q, { input: { stageId, questionId, timeBudgetMinutes: minutes } }, rec()))
      .addStageQuestion;
  const loopOf = async (id: string, token = rec()) => ok(await t.gql(LOOP, { id }, token)).loop;
  /** A library question whose rubric assesses `key`. */
  const assessing = (key: string, skip: string[] = [], without: string[] = []) =>
    library.find(
      (q) =>
        q.competencies.includes(key) &&
        !skip.includes(q.id) &&
        !without.some((w) => q.competencies.includes(w)),
    )!.id;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'acme');
    other = await seedTenant(t, 'other');
    ok(
      await t.gql(
        'mutation { importPack(name: "backend-engineering") { questionsCreated } }',
        {},
        acme.tokens.ADMIN,
      ),
    );
    const comps = ok(await t.gql('{ competencies { id key } }', {}, rec())).competencies;
    competencyId = Object.fromEntries(comps.map((c: { id: string; key: string }) => [c.key, c.id]));
    const qs = ok(
      await t.gql(
        `{ questions(first: 100) { edges { node { id currentVersion { rubric { criteria { competency { key } } } } } } } }`,
        {},
        rec(),
      ),
    );
    // Rated questions only: candidate questions have no rubric (issue 17).
    library = qs.questions.edges
      .map((e: any) => ({
        id: e.node.id,
        competencies: e.node.currentVersion.rubric.criteria.map((c: any) => c.competency.key),
      }))
      .filter((q: { competencies: string[] }) => q.competencies.length > 0);
  });
  afterAll(() => t.close());

  it('runs the lifecycle: draft, publish, frozen, clone, template', async () => {
    const loop = await newLoop('Backend loop', { atsJobId: 'job-1' });
    expect(loop).toMatchObject({ status: 'DRAFT', stages: [] });
    const stage = await addStage(loop.id, 'Technical', 60, ['api-design']);
    await pin(stage, assessing('api-design'), 30);
    const published = ok(await t.gql(PUBLISH, { id: loop.id }, rec())).publishLoop;
    expect(published.loop.status).toBe('PUBLISHED');

    const frozen = [
      await t.gql(
        ADD_STAGE,
        { input: { loopId: loop.id, name: 'Late', kind: 'CODING', durationMinutes: 30 } },
        rec(),
      ),
      await t.gql(
        `mutation($input: UpdateLoopInput!) { updateLoop(input: $input) { id } }`,
        { input: { id: loop.id, name: 'Renamed' } },
        rec(),
      ),
      await t.gql(
        ADD_Q,
        { input: { stageId: stage, questionId: library[5].id, timeBudgetMinutes: 5 } },
        rec(),
      ),
      await t.gql(PUBLISH, { id: loop.id }, rec()),
    ];
    for (const res of frozen) expect(codeOf(res)).toBe('CONFLICT');

    const dupJob = await t.gql(
      CREATE,
      { input: { name: 'Other', roleTitle: 'x', atsJobId: 'job-1' } },
      rec(),
    );
    expect(dupJob.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      path: 'input.atsJobId',
    });

    const clone = ok(
      await t.gql(
        `mutation($input: NewLoopFromInput!) { cloneLoop(input: $input) { ${LOOP_FIELDS} } }`,
        { input: { sourceId: loop.id } },
        rec(),
      ),
    ).cloneLoop;
    expect(clone).toMatchObject({
      status: 'DRAFT',
      clonedFromId: loop.id,
      name: 'Backend loop (copy)',
    });
    const original = await loopOf(loop.id);
    expect(clone.stages[0].questions[0].questionVersion.id).toBe(
      original.stages[0].questions[0].questionVersion.id,
    );
    expect(clone.stages[0].id).not.toBe(original.stages[0].id);

    const notTemplate = await t.gql(
      `mutation($input: NewLoopFromInput!) { createLoopFromTemplate(input: $input) { id } }`,
      { input: { sourceId: loop.id } },
      rec(),
    );
    expect(codeOf(notTemplate)).toBe('BAD_USER_INPUT');
    const template = await newLoop('Template', { isTemplate: true });
    await addStage(template.id, 'Screen', 30, [], 'SCREEN');
    const fromTemplate = ok(
      await t.gql(
        `mutation($input: NewLoopFromInput!) { createLoopFromTemplate(input: $input) { ${LOOP_FIELDS} } }`,
        {
          input: {
            sourceId: template.id,
            name: 'Payments backend',
            roleTitle: 'Payments engineer',
          },
        },
        rec(),
      ),
    ).createLoopFromTemplate;
    expect(fromTemplate).toMatchObject({
      name: 'Payments backend',
      isTemplate: false,
      clonedFromId: template.id,
      stages: [{ name: 'Screen' }],
    });
    const archived = ok(
      await t.gql(`mutation($id: ID!) { archiveLoop(id: $id) { status } }`, { id: loop.id }, rec()),
    );
    expect(archived.archiveLoop.status).toBe('ARCHIVED');
  });

  it('reports every coverage finding and refuses to publish blocking ones', async () => {
    const loop = await newLoop('Gappy loop');
    const tech = await addStage(loop.id, 'Tech', 20, ['api-design', 'security']);
    const empty = await addStage(loop.id, 'Empty', 30);
    const behav = await addStage(loop.id, 'Behavioural', 45, ['ownership'], 'BEHAVIORAL');
    await addStage(loop.id, 'Debrief', 30, [], 'DEBRIEF');
    const apiQuestion = library.find(
      (q) => q.competencies.includes('api-design') && !q.competencies.includes('security'),
    )!.id;
    await pin(tech, apiQuestion, 15);
    const testQuestion = assessing('testing', [apiQuestion], ['security']);
    await pin(tech, testQuestion, 15); // 30 minutes in a 20-minute stage
    const ownQuestion = assessing('ownership', [apiQuestion, testQuestion], ['security']);
    await pin(behav, ownQuestion, 20);
    await pin(behav, apiQuestion, 10); // the same question in two stages
    // A question that is archived after being pinned.
    const draftQuestion = assessing(
      'communication',
      [apiQuestion, testQuestion, ownQuestion],
      ['security'],
    );
    await pin(behav, draftQuestion, 5);
    ok(
      await t.gql(
        `mutation($id: ID!) { archiveQuestion(id: $id) { id } }`,
        { id: draftQuestion },
        rec(),
      ),
    );
    // Archived for good: later tests pin from the active library only.
    library = library.filter((q) => q.id !== draftQuestion);

    const { coverage, stages } = await loopOf(loop.id);
    const found = coverage.findings.map((f: any) => `${f.severity} ${f.code} ${f.path}`).sort();
    expect(found).toEqual(
      [
        'BLOCKING FOCUS_NOT_ASSESSED stages[0].focusCompetencies[1]',
        'BLOCKING NO_QUESTIONS stages[1]',
        'BLOCKING OVER_TIME stages[0]',
        'BLOCKING QUESTION_NOT_ACTIVE stages[2].questions[2]',
        'WARNING COMPETENCY_NOT_ASSESSED competencies',
        'WARNING DUPLICATE_QUESTION stages[2].questions[1]',
      ].sort(),
    );
    expect(coverage.publishable).toBe(false);
    const security = coverage.findings.find((f: any) => f.code === 'FOCUS_NOT_ASSESSED');
    expect(security).toMatchObject({ stageId: tech, competencyId: competencyId.security });
    const apiRow = coverage.rows.find((r: any) => r.competency.key === 'api-design');
    expect(apiRow.cells.map((c: any) => c.stageId)).toEqual(stages.map((s: any) => s.id));
    expect(apiRow.cells[0].weight).toBeGreaterThan(0);
    expect(apiRow.cells[1]).toMatchObject({ weight: 0, criteria: 0 });

    const refused = await t.gql(PUBLISH, { id: loop.id }, rec());
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields.map((f: any) => f.path).sort()).toEqual(
      ['stages[0]', 'stages[0].focusCompetencies[1]', 'stages[1]', 'stages[2].questions[2]'].sort(),
    );
    expect((await loopOf(loop.id)).status).toBe('DRAFT');

    // Fix the blocking ones; the warnings come back from publishLoop.
    ok(
      await t.gql(
        `mutation($input: UpdateStageInput!) { updateStage(input: $input) { id } }`,
        {
          input: {
            id: tech,
            durationMinutes: 45,
            focusCompetencyIds: [competencyId['api-design']],
          },
        },
        rec(),
      ),
    );
    ok(await t.gql(`mutation($id: ID!) { removeStage(id: $id) }`, { id: empty }, rec()));
    const behavPins = (await loopOf(loop.id)).stages[1].questions;
    ok(
      await t.gql(
        `mutation($id: ID!) { removeStageQuestion(id: $id) }`,
        { id: behavPins[2].id },
        rec(),
      ),
    );
    const published = ok(await t.gql(PUBLISH, { id: loop.id }, rec())).publishLoop;
    expect(published.loop.status).toBe('PUBLISHED');
    expect(published.warnings.map((w: any) => w.code)).toEqual(['DUPLICATE_QUESTION']);
  });

  it('never lets an edit and a publish both succeed on one draft', async () => {
    for (let round = 0; round < 5; round += 1) {
      const loop = await newLoop(`Race ${round}`);
      const stage = await addStage(loop.id, 'Only', 60);
      await pin(stage, library[3].id, 10);
      const [published, added] = await Promise.all([
        t.gql(PUBLISH, { id: loop.id }, rec()),
        t.gql(
          ADD_STAGE,
          { input: { loopId: loop.id, name: 'Late', kind: 'CODING', durationMinutes: 30 } },
          rec(),
        ),
      ]);
      expect(published.errors === undefined && added.errors === undefined).toBe(false);
    }
  });

  it('reorders stages and questions, keeps pins on their version and upgrades on purpose', async () => {
    const loop = await newLoop('Ordering');
    const a = await addStage(loop.id, 'A', 60);
    const b = await addStage(loop.id, 'B', 60);
    const q1 = library[0].id;
    const q2 = library[1].id;
    const p1 = await pin(a, q1);
    const p2 = await pin(a, q2);
    ok(
      await t.gql(
        `mutation($input: ReorderInput!) { reorderStages(input: $input) { id } }`,
        { input: { parentId: loop.id, orderedIds: [b, a] } },
        rec(),
      ),
    );
    ok(
      await t.gql(
        `mutation($input: ReorderInput!) { reorderStageQuestions(input: $input) { id } }`,
        { input: { parentId: a, orderedIds: [p2.id, p1.id] } },
        rec(),
      ),
    );
    const bad = await t.gql(
      `mutation($input: ReorderInput!) { reorderStages(input: $input) { id } }`,
      { input: { parentId: loop.id, orderedIds: [a] } },
      rec(),
    );
    expect(bad.errors![0].extensions.fields[0].path).toBe('input.orderedIds');
    let view = await loopOf(loop.id);
    expect(view.stages.map((s: any) => s.name)).toEqual(['B', 'A']);
    expect(view.stages[1].questions.map((q: any) => q.id)).toEqual([p2.id, p1.id]);

    // The question is edited: the pin stays on the old version until upgraded.
    const current = ok(
      await t.gql(
        `query($id: ID!) { question(id: $id) { currentVersion { prompt purpose guidance followUps strongSignals redFlags answerFormat } } }`,
        { id: q1 },
        rec(),
      ),
    ).question.currentVersion;
    ok(
      await t.gql(
        `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { id } }`,
        { input: { id: q1, content: { ...current, prompt: `${current.prompt} (revised)` } } },
        rec(),
      ),
    );
    view = await loopOf(loop.id);
    const pinned = view.stages[1].questions[1];
    expect(pinned).toMatchObject({
      upgradeAvailable: true,
      questionVersion: { id: p1.questionVersion.id, prompt: current.prompt },
    });
    const upgraded = ok(
      await t.gql(
        `mutation($id: ID!) { upgradeStageQuestion(id: $id) { questionVersion { number prompt } upgradeAvailable } }`,
        { id: p1.id },
        rec(),
      ),
    ).upgradeStageQuestion;
    expect(upgraded).toEqual({
      questionVersion: { number: 2, prompt: `${current.prompt} (revised)` },
      upgradeAvailable: false,
    });
  });

  it('changes a pin in one write, and a refused change leaves it as it was', async () => {
    const UPDATE = `mutation($input: UpdateStageQuestionInput!) { updateStageQuestion(input: $input) {
      id position timeBudgetMinutes required questionVersion { id number } } }`;
    const loop = await newLoop('Pin settings');
    const stage = await addStage(loop.id, 'S', 60);
    const first = await pin(stage, library[3].id, 10);
    const second = await pin(stage, library[4].id, 10);
    const changed = ok(
      await t.gql(
        UPDATE,
        { input: { id: second.id, timeBudgetMinutes: 25, required: false } },
        rec(),
      ),
    ).updateStageQuestion;
    expect(changed).toMatchObject({
      id: second.id,
      position: 1,
      timeBudgetMinutes: 25,
      required: false,
    });

    const before = (await loopOf(loop.id)).stages[0].questions;
    ok(
      await t.gql(
        'mutation { importPack(name: "backend-engineering") { questionsCreated } }',
        {},
        other.tokens.ADMIN,
      ),
    );
    const foreignVersion = ok(
      await t.gql(
        '{ questions(first: 1) { edges { node { currentVersion { id } } } } }',
        {},
        other.tokens.ADMIN,
      ),
    ).questions.edges[0].node.currentVersion.id;
    const refused: [Record<string, unknown>, string, string][] = [
      [{ id: second.id, timeBudgetMinutes: null }, 'BAD_USER_INPUT', 'input.timeBudgetMinutes'],
      [{ id: second.id, required: null, timeBudgetMinutes: 5 }, 'BAD_USER_INPUT', 'input.required'],
      [
        { id: second.id, timeBudgetMinutes: 0, required: true },
        'BAD_USER_INPUT',
        'input.timeBudgetMinutes',
      ],
      [{ id: second.id, timeBudgetMinutes: 241 }, 'BAD_USER_INPUT', 'input.timeBudgetMinutes'],
      [{ id: 'not-a-pin', required: true }, 'BAD_USER_INPUT', 'input.id'],
      // A version of another question of this tenant, and one of another tenant.
      [
        { id: second.id, required: true, questionVersionId: first.questionVersion.id },
        'BAD_USER_INPUT',
        'input.questionVersionId',
      ],
      [
        { id: second.id, required: true, questionVersionId: foreignVersion },
        'BAD_USER_INPUT',
        'input.questionVersionId',
      ],
      [{ id: randomUUID(), required: true }, 'NOT_FOUND', ''],
    ];
    for (const [input, code, path] of refused) {
      const res = await t.gql(UPDATE, { input }, rec());
      expect(codeOf(res)).toBe(code);
      if (path) expect(res.errors![0].extensions.fields.map((f: any) => f.path)).toEqual([path]);
    }
    // Another tenant's admin cannot touch it: NOT_FOUND, as for an id that does not exist.
    expect(
      codeOf(await t.gql(UPDATE, { input: { id: second.id, required: true } }, other.tokens.ADMIN)),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await t.gql(UPDATE, { input: { id: second.id, required: true } }, acme.tokens.INTERVIEWER),
      ),
    ).toBe('FORBIDDEN');
    expect((await loopOf(loop.id)).stages[0].questions).toEqual(before);

    // Back to an older version of the same question, then frozen once published.
    const current = ok(
      await t.gql(
        `query($id: ID!) { question(id: $id) { currentVersion { prompt purpose guidance followUps strongSignals redFlags answerFormat } } }`,
        { id: library[3].id },
        rec(),
      ),
    ).question.currentVersion;
    ok(
      await t.gql(
        `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { id } }`,
        { input: { id: library[3].id, content: { ...current, prompt: `${current.prompt} (v2)` } } },
        rec(),
      ),
    );
    const upgraded = ok(
      await t.gql(
        `mutation($id: ID!) { upgradeStageQuestion(id: $id) { questionVersion { id } } }`,
        { id: first.id },
        rec(),
      ),
    );
    expect(upgraded.upgradeStageQuestion.questionVersion.id).not.toBe(first.questionVersion.id);
    const back = ok(
      await t.gql(
        UPDATE,
        { input: { id: first.id, questionVersionId: first.questionVersion.id } },
        rec(),
      ),
    ).updateStageQuestion;
    expect(back).toMatchObject({
      position: 0,
      timeBudgetMinutes: 10,
      required: true,
      questionVersion: { id: first.questionVersion.id },
    });
    ok(await t.gql(PUBLISH, { id: loop.id }, rec()));
    expect(codeOf(await t.gql(UPDATE, { input: { id: first.id, required: false } }, rec()))).toBe(
      'CONFLICT',
    );
  });

  it('serves the kit in one query and the same content as Markdown', async () => {
    const loop = await newLoop('Kit loop', { hiringManagerIds: [] });
    const stage = await addStage(loop.id, 'Systems', 60, ['api-design']);
    await pin(stage, assessing('api-design'), 20);
    await pin(stage, library[7].id, 15);
    const kit = ok(await t.gql(KIT, { id: stage }, rec())).interviewKit;
    expect(kit).toMatchObject({
      stageName: 'Systems',
      durationMinutes: 60,
      instructions: 'Run Systems calmly.',
      loopName: 'Kit loop',
    });
    expect(kit.scale.levels.map((l: any) => l.label)).toEqual([
      'Strong no',
      'No',
      'Yes',
      'Strong yes',
    ]);
    expect(kit.questions).toHaveLength(2);
    for (const q of kit.questions) {
      expect(q.criteria.length).toBeGreaterThanOrEqual(2);
      for (const c of q.criteria) expect(c.anchors.map((a: any) => a.level)).toEqual([1, 2, 3, 4]);
    }
    const md = await t.http().get(`/kits/${stage}.md`).set('authorization', `Bearer ${rec()}`);
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    // Question text may hold markup: a browser must not sniff the Markdown into HTML.
    expect(md.headers['x-content-type-options']).toBe('nosniff');
    const text: string = md.text;
    expect(text).toContain('# Systems (60 min)');
    for (const q of kit.questions) {
      for (const piece of [
        q.prompt,
        q.purpose,
        q.guidance,
        ...q.followUps,
        ...q.strongSignals,
        ...q.redFlags,
      ]) {
        expect(text).toContain(piece);
      }
      for (const c of q.criteria) {
        expect(text).toContain(`### ${c.title} (${c.competency.name}, weight ${c.weight})`);
        for (const a of c.anchors)
          expect(text).toContain(`| ${a.level} ${a.label} | ${a.text.replace(/\|/g, '\\|')} |`);
      }
    }
    expect((await t.http().get(`/kits/${stage}.md`)).status).toBe(401);
    expect(
      (await t.http().get(`/kits/${stage}.md`).set('authorization', `Bearer ${other.tokens.ADMIN}`))
        .status,
    ).toBe(404);
    const notFound = await t
      .http()
      .get(`/kits/${stage}.md`)
      .set('authorization', `Bearer ${other.tokens.ADMIN}`);
    expect(notFound.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('keeps the kit at a constant number of SQL statements for 3 and for 30 questions', async () => {
    const measure = async (count: number) => {
      const loop = await newLoop(`Cost ${count}`);
      const stage = await addStage(loop.id, 'Long', 480);
      for (const q of library.slice(0, count)) await pin(stage, q.id, 1);
      const before = t.statements.count;
      const kit = ok(await t.gql(KIT, { id: stage }, rec())).interviewKit;
      expect(kit.questions).toHaveLength(count);
      return t.statements.count - before;
    };
    const three = await measure(3);
    const thirty = await measure(30);
    expect(thirty).toBe(three);
    // BEGIN with the tenant and the membership and session check, the kit, COMMIT: the floor's.
    expect(three).toBeLessThanOrEqual(3);
  });

  it('lists loops with stages, pins and coverage at a constant number of statements', async () => {
    const measure = async (first: number) => {
      const before = t.statements.count;
      const res = ok(
        await t.gql(
          `query($first: Int!) { loops(first: $first) { edges { node { name owner { email } hiringManagers { email }
            stages { focusCompetencies { key } questions { upgradeAvailable questionVersion { number rubric { criteria { anchors { label } } } } } }
            coverage { publishable findings { code } rows { competency { key } } } } } } }`,
          { first },
          rec(),
        ),
      );
      expect(res.loops.edges).toHaveLength(first);
      return t.statements.count - before;
    };
    expect(await measure(6)).toBe(await measure(2));
  });

  it('limits kits of hiring managers to their loops and denies edits to non-editors', async () => {
    const me = ok(await t.gql('{ me { user { id } } }', {}, acme.tokens.HIRING_MANAGER)).me.user.id;
    const mine = await newLoop('Managed', { hiringManagerIds: [me] });
    const notMine = await newLoop('Not managed');
    const s1 = await addStage(mine.id, 'S', 30);
    const s2 = await addStage(notMine.id, 'S', 30);
    expect(ok(await t.gql(KIT, { id: s1 }, acme.tokens.HIRING_MANAGER)).interviewKit.loopName).toBe(
      'Managed',
    );
    expect(codeOf(await t.gql(KIT, { id: s2 }, acme.tokens.HIRING_MANAGER))).toBe('FORBIDDEN');
    const interviewerId = ok(await t.gql('{ me { user { id } } }', {}, acme.tokens.INTERVIEWER)).me
      .user.id;
    const badManager = await t.gql(
      CREATE,
      { input: { name: 'x', roleTitle: 'y', hiringManagerIds: [interviewerId] } },
      rec(),
    );
    expect(badManager.errors![0].extensions.fields[0].path).toBe('input.hiringManagerIds[0]');
    for (const role of ['HIRING_MANAGER', 'INTERVIEWER'] as const) {
      expect(
        codeOf(await t.gql(CREATE, { input: { name: 'x', roleTitle: 'y' } }, acme.tokens[role])),
      ).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(PUBLISH, { id: mine.id }, acme.tokens[role]))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(LOOP, { id: mine.id }, acme.tokens.INTERVIEWER))).toBe('FORBIDDEN');
    // Hiring managers see their own loops only.
    expect(ok(await t.gql(LOOP, { id: mine.id }, acme.tokens.HIRING_MANAGER)).loop.name).toBe(
      'Managed',
    );
    expect(codeOf(await t.gql(LOOP, { id: notMine.id }, acme.tokens.HIRING_MANAGER))).toBe(
      'FORBIDDEN',
    );
    const listed = ok(
      await t.gql(
        `{ loops(first: 100) { totalCount edges { node { name } } } }`,
        {},
        acme.tokens.HIRING_MANAGER,
      ),
    );
    expect(listed.loops.edges.map((e: any) => e.node.name)).toEqual(['Managed']);
    expect(listed.loops.totalCount).toBe(1);
  });

  it("answers another tenant's ids like missing ones", async () => {
    const loop = await newLoop('Private');
    const stage = await addStage(loop.id, 'S', 30);
    const pinned = await pin(stage, library[2].id, 5);
    const ops: [string, Record<string, unknown>][] = [
      [LOOP, { id: loop.id }],
      [KIT, { id: stage }],
      [PUBLISH, { id: loop.id }],
      [`mutation($id: ID!) { archiveLoop(id: $id) { id } }`, { id: loop.id }],
      [`mutation($id: ID!) { removeStage(id: $id) }`, { id: stage }],
      [`mutation($id: ID!) { removeStageQuestion(id: $id) }`, { id: pinned.id }],
      [`mutation($id: ID!) { upgradeStageQuestion(id: $id) { id } }`, { id: pinned.id }],
      [
        `mutation($input: UpdateStageQuestionInput!) { updateStageQuestion(input: $input) { id } }`,
        { input: { id: pinned.id, timeBudgetMinutes: 9 } },
      ],
      [
        `mutation($input: NewLoopFromInput!) { cloneLoop(input: $input) { id } }`,
        { input: { sourceId: loop.id } },
      ],
      [ADD_STAGE, { input: { loopId: loop.id, name: 'x', kind: 'CODING', durationMinutes: 30 } }],
      [
        `mutation($input: UpdateLoopInput!) { updateLoop(input: $input) { id } }`,
        { input: { id: loop.id, name: 'Taken over' } },
      ],
      [
        `mutation($input: UpdateStageInput!) { updateStage(input: $input) { id } }`,
        { input: { id: stage, name: 'Taken over' } },
      ],
      [
        `mutation($input: ReorderInput!) { reorderStages(input: $input) { id } }`,
        { input: { parentId: loop.id, orderedIds: [stage] } },
      ],
      [
        `mutation($input: ReorderInput!) { reorderStageQuestions(input: $input) { id } }`,
        { input: { parentId: stage, orderedIds: [pinned.id] } },
      ],
      [ADD_Q, { input: { stageId: stage, questionId: library[2].id, timeBudgetMinutes: 5 } }],
    ];
    for (const [op, vars] of ops) {
      const foreign = await t.gql(op, vars, other.tokens.ADMIN);
      const swapped = JSON.parse(
        JSON.stringify(vars).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, () => randomUUID()),
      );
      const missing = await t.gql(op, swapped, other.tokens.ADMIN);
      expect(codeOf(foreign)).toBe('NOT_FOUND');
      expect(foreign.errors![0].message).toBe(missing.errors![0].message);
    }
    expect((await loopOf(loop.id)).status).toBe('DRAFT');
  });
});
