import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { codeOf, startTestApp, type GqlResult, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { waitFor } from './helpers/wait.js';
import {
  createCandidate,
  importLibrary,
  ok,
  publishedLoop,
  ratingsFor,
  scheduleInterview,
  type LoopSheet,
} from './helpers/interviews.js';

const MINE = `query($id: ID!) { scorecards(interviewId: $id, mine: true) { edges { node { id version status } } } }`;
const SAVE = `mutation($input: SaveScorecardDraftInput!) { saveScorecardDraft(input: $input) { id version interviewer { id } } }`;
const SUBMIT = `mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id status version } }`;
const EXPORT = `query($id: ID!, $ats: AtsSystem) { scorecard(id: $id) { id recommendation
  ratings { criterionId score }
  atsExport(ats: $ats) { ats recommendation { value label score }
    ratings { criterionId rating { value label score } }
    competencyRatings { competencyId rating { value } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;

const fieldOf = (r: GqlResult) => r.errors?.[0]?.extensions?.fields?.[0]?.path;

/** A local webhook receiver: the bodies it was sent, by path. */
class Receiver {
  readonly bodies = new Map<string, any[]>();
  private server!: Server;
  base = '';
  async start() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const list = this.bodies.get(req.url ?? '/') ?? [];
        list.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        this.bodies.set(req.url ?? '/', list);
        res.writeHead(200).end('ok');
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async waitFor(path: string, type: string): Promise<any> {
    for (let i = 0; i < 200; i++) {
      const found = this.bodies.get(path)?.find((b) => b.type === type);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${type} at ${path}`);
  }
  async stop() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('ATS round two: scorecards on behalf of interviewers, scale mapping, Relay', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let sheet: LoopSheet;
  let interviewId: string;
  let candidateId: string;
  let writer: string;
  let writerId: string;
  let reader: string;
  const receiver = new Receiver();
  const key = async (scopes: string, ats = '') =>
    ok(
      await t.gql(
        `mutation { createApiKey(input: { name: "k", scopes: [${scopes}] ${ats && `ats: ${ats}`} }) { secret apiKey { id ats } } }`,
        {},
        acme.tokens.ADMIN,
      ),
    ).createApiKey;
  const as = (member: string) => ({ 'On-Behalf-Of': member });

  beforeAll(async () => {
    t = await startTestApp();
    await receiver.start();
    acme = await seedTenant(t, 'acme', 2);
    await importLibrary(t, acme.tokens.ADMIN);
    sheet = await publishedLoop(t, acme.tokens.RECRUITER, { name: 'Round two' });
    candidateId = await createCandidate(t, acme.tokens.RECRUITER, 'Grace Hopper');
    interviewId = await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: acme.panel.map((p) => p.id),
    });
    const made = await key('SCORECARDS_WRITE, WEBHOOKS_MANAGE', 'LEVER');
    writer = made.secret;
    writerId = made.apiKey.id;
    reader = (await key('SCORECARDS_READ, CANDIDATES_READ', 'GREENHOUSE')).secret;
    // Endpoints made by the writer key: one inherits its ATS (Lever), one is set to Greenhouse.
    for (const [path, ats] of [
      ['/lever', ''],
      ['/greenhouse', 'ats: GREENHOUSE'],
    ]) {
      const made = ok(
        await t.gql(
          `mutation($url: String!) { createWebhookEndpoint(input: { url: $url, events: [SCORECARD_SUBMITTED] ${ats} }) { endpoint { ats } } }`,
          { url: `${receiver.base}${path}` },
          writer,
        ),
      ).createWebhookEndpoint.endpoint;
      expect(made.ats).toBe(path === '/lever' ? 'LEVER' : 'GREENHOUSE');
    }
    ok(
      await t.gql(
        `mutation { setAtsScaleMapping(input: { ats: GREENHOUSE, ratings: [{ level: 1, value: "definitely_not" }] }) { ats } }`,
        {},
        acme.tokens.ADMIN,
      ),
    );
  });
  afterAll(async () => {
    await receiver.stop();
    await t.close();
  });

  it('writes a scorecard only for a member named in On-Behalf-Of, with exactly their rights', async () => {
    const [ada, bob] = acme.panel;
    // Without the header the write scope admits nothing, and says what is missing.
    const bare = await t.gql(MINE, { id: interviewId }, writer);
    expect([codeOf(bare), fieldOf(bare)]).toEqual(['BAD_USER_INPUT', 'On-Behalf-Of']);
    // A key without SCORECARDS_WRITE may not name anyone.
    const noScope = await t.gql(MINE, { id: interviewId }, reader, as(ada.email));
    expect(codeOf(noScope)).toBe('FORBIDDEN');
    expect(noScope.errors![0].message).toContain('SCORECARDS_WRITE');
    // Named by e-mail (any case): the member's own draft.
    const mine = ok(await t.gql(MINE, { id: interviewId }, writer, as(ada.email.toUpperCase())))
      .scorecards.edges;
    expect(mine).toHaveLength(1);
    const card = mine[0].node;
    const content = {
      id: card.id,
      expectedVersion: card.version,
      ratings: ratingsFor(sheet, (qi, ci) => (qi === 0 && ci === 0 ? 1 : 3)),
      recommendation: 'YES',
      competencyRatings: [{ competencyId: sheet.focusCompetencyIds[0], score: 4 }],
      summary: 'Written in the ATS.',
    };
    // Someone else named (by id): refused, nothing changes.
    const other = await t.gql(SAVE, { input: content }, writer, as(bob.id));
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors![0].message).toContain('On-Behalf-Of');
    const saved = ok(await t.gql(SAVE, { input: content }, writer, as(ada.id))).saveScorecardDraft;
    expect(saved).toMatchObject({ version: card.version + 1, interviewer: { id: ada.id } });
    const submitted = ok(
      await t.gql(
        SUBMIT,
        { input: { id: card.id, expectedVersion: saved.version } },
        writer,
        as(ada.id),
      ),
    ).submitScorecard;
    expect(submitted.status).toBe('SUBMITTED');
    // Sealed feedback holds for the member acted for: Bob has not submitted, so he may not read it.
    const sealed = await t.gql(NODE, { id: card.id }, writer, as(bob.email));
    expect(codeOf(sealed)).toBe('FORBIDDEN');
    // The header serves only the scorecard operations.
    const elsewhere = await t.gql(`query { webhookEndpoints { id } }`, {}, writer, as(ada.id));
    expect([codeOf(elsewhere), fieldOf(elsewhere)]).toEqual(['BAD_USER_INPUT', 'On-Behalf-Of']);
    // The audit log names the key as the actor and the member it acted for.
    const audit = ok(
      await t.gql(
        `query { auditEvents(action: "submitScorecard") { edges { node { actorType actorId onBehalfOfId entityId } } } }`,
        {},
        acme.tokens.ADMIN,
      ),
    ).auditEvents.edges.map((e: any) => e.node);
    expect(audit).toEqual([
      { actorType: 'API_KEY', actorId: writerId, onBehalfOfId: ada.id, entityId: card.id },
    ]);
  });

  it('answers hostile On-Behalf-Of values with BAD_USER_INPUT at the header, never INTERNAL', async () => {
    const pending = ok(
      await t.gql(
        `mutation { inviteMember(input: { email: "later@acme.example", role: INTERVIEWER }) { member { id user { id } } } }`,
        {},
        acme.tokens.ADMIN,
      ),
    ).inviteMember.member;
    for (const value of [
      ' ',
      'nobody',
      'x'.repeat(400),
      `${acme.panel[0].email}, ${acme.panel[1].email}`,
      'ghost@acme.example',
      '00000000-0000-4000-8000-000000000000',
      'later@acme.example',
      pending.user.id,
      "' OR 1=1 --",
    ]) {
      const r = await t.gql(MINE, { id: interviewId }, writer, as(value));
      expect({ value, code: codeOf(r), path: fieldOf(r) }).toEqual({
        value,
        code: 'BAD_USER_INPUT',
        path: 'On-Behalf-Of',
      });
    }
    // A member acts as themselves.
    const member = await t.gql(
      MINE,
      { id: interviewId },
      acme.panel[0].token,
      as(acme.panel[1].id),
    );
    expect([codeOf(member), fieldOf(member)]).toEqual(['BAD_USER_INPUT', 'On-Behalf-Of']);
  });

  it('lets a write scope read what it writes (a LOOPS_WRITE key reads loops)', async () => {
    const loopsWriter = (await key('LOOPS_WRITE')).secret;
    const loop = ok(
      await t.gql(
        `query($id: ID!) { loop(id: $id) { id stages { id } } }`,
        { id: sheet.loopId },
        loopsWriter,
      ),
    ).loop;
    expect(loop.stages[0].id).toBe(sheet.stageId);
  });

  it('maps the scale to each ATS: defaults, admin changes, bad values refused', async () => {
    const mappings = ok(
      await t.gql(
        `query { atsScaleMappings { ats recommendations { recommendation maps { value label } } ratings { level maps { value } } } }`,
        {},
        acme.tokens.ADMIN,
      ),
    ).atsScaleMappings;
    const gh = mappings.find((m: any) => m.ats === 'GREENHOUSE');
    expect(gh.recommendations.map((r: any) => r.maps.value)).toEqual([
      'definitely_not',
      'no',
      'yes',
      'strong_yes',
    ]);
    expect(gh.ratings.map((r: any) => r.maps.value)).toEqual([
      'definitely_not',
      'mixed',
      'yes',
      'strong_yes',
    ]);
    const lever = mappings.find((m: any) => m.ats === 'LEVER');
    expect(lever.recommendations.map((r: any) => r.maps.label)).toEqual([
      'Strong No Hire',
      'No Hire',
      'Hire',
      'Strong Hire',
    ]);
    const bad = await t.gql(
      `mutation { setAtsScaleMapping(input: { ats: GREENHOUSE, recommendations: [{ recommendation: NO, value: "mixed" }], ratings: [{ level: 2, value: "maybe" }] }) { ats } }`,
      {},
      acme.tokens.ADMIN,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields.map((f: any) => f.path)).toEqual([
      'input.recommendations.0.value',
      'input.ratings.0.value',
    ]);
    const twice = await t.gql(
      `mutation { setAtsScaleMapping(input: { ats: LEVER, ratings: [{ level: 2, value: "1" }, { level: 2, value: "2" }] }) { ats } }`,
      {},
      acme.tokens.ADMIN,
    );
    expect(fieldOf(twice)).toBe('input.ratings.1');
    // Another setting's change keeps the mapping.
    ok(
      await t.gql(
        `mutation { updateTenantSettings(input: { feedbackDueHours: 48 }) { feedbackDueHours } }`,
        {},
        acme.tokens.ADMIN,
      ),
    );
    const after = ok(
      await t.gql(
        `query { atsScaleMappings { ats ratings { level maps { value } } } }`,
        {},
        reader,
      ),
    ).atsScaleMappings.find((m: any) => m.ats === 'GREENHOUSE');
    expect(after.ratings[0]).toEqual({ level: 1, maps: { value: 'definitely_not' } });
  });

  it('exports scorecards, the feed and scorecard webhooks in the configured ATS values', async () => {
    const cardId = ok(await t.gql(MINE, { id: interviewId }, writer, as(acme.panel[0].id)))
      .scorecards.edges[0].node.id;
    // The reader key is configured for Greenhouse: its default.
    const gh = ok(await t.gql(EXPORT, { id: cardId }, reader)).scorecard;
    expect(gh.atsExport.ats).toBe('GREENHOUSE');
    expect(gh.atsExport.recommendation).toEqual({ value: 'yes', label: 'Yes', score: null });
    const byCriterion = new Map(gh.ratings.map((r: any) => [r.criterionId, r.score]));
    for (const r of gh.atsExport.ratings) {
      const expected = byCriterion.get(r.criterionId) === 1 ? 'definitely_not' : 'yes';
      expect(r.rating.value).toBe(expected);
    }
    expect(gh.atsExport.competencyRatings[0].rating.value).toBe('strong_yes');
    // Any ATS on request; a member without ats and without the argument gets null.
    const lever = ok(await t.gql(EXPORT, { id: cardId, ats: 'LEVER' }, reader)).scorecard.atsExport;
    expect(lever.recommendation).toEqual({ value: '3', label: 'Hire', score: 3 });
    const none = ok(await t.gql(EXPORT, { id: cardId }, acme.tokens.RECRUITER)).scorecard.atsExport;
    expect(none).toBeNull();
    // The sync feed carries it too, once every transaction older than the submit has ended
    // (another suite's on the same server can hold it back for a moment: see syncWhere).
    const feed = await waitFor('the scorecard in the sync feed', async () => {
      const edges = ok(
        await t.gql(
          `query($since: DateTime!) { scorecards(updatedSince: $since, status: SUBMITTED) { edges { node { id atsExport { recommendation { value } } } } } }`,
          { since: new Date(Date.now() - 3600_000).toISOString() },
          reader,
        ),
      ).scorecards.edges;
      return edges.length > 0 && edges;
    });
    expect(feed.map((e: any) => e.node)).toEqual([
      { id: cardId, atsExport: { recommendation: { value: 'yes' } } },
    ]);
    // The webhooks: each endpoint in its own ATS's values.
    const leverEvent = await receiver.waitFor('/lever', 'scorecard.submitted');
    expect(leverEvent.data).toMatchObject({
      scorecardId: cardId,
      recommendation: 'YES',
      ats: { system: 'LEVER', recommendation: { value: '3', label: 'Hire' } },
    });
    expect(leverEvent.data.atsValues).toBeUndefined();
    const ghEvent = await receiver.waitFor('/greenhouse', 'scorecard.submitted');
    expect(ghEvent.data.ats).toEqual({
      system: 'GREENHOUSE',
      recommendation: { value: 'yes', label: 'Yes' },
    });
    // The delivery log shows each endpoint the data it was sent.
    const logged = ok(
      await t.gql(
        `query { webhookDeliveries(first: 10) { edges { node { event { payload } } } } }`,
        {},
        writer,
      ),
    ).webhookDeliveries.edges.map((e: any) => JSON.parse(e.node.event.payload).ats.system);
    expect(logged.sort()).toEqual(['GREENHOUSE', 'LEVER']);
  });

  it("finds objects by global id with node and nodes, under each type's own rules", async () => {
    const cardId = ok(await t.gql(MINE, { id: interviewId }, writer, as(acme.panel[0].id)))
      .scorecards.edges[0].node.id;
    const bobsDraft = ok(await t.gql(MINE, { id: interviewId }, writer, as(acme.panel[1].id)))
      .scorecards.edges[0].node.id;
    const memberId = ok(
      await t.gql(`query { members(first: 1) { edges { node { id } } } }`, {}, acme.tokens.ADMIN),
    ).members.edges[0].node.id;
    const ids = [
      candidateId,
      interviewId,
      cardId,
      sheet.loopId,
      sheet.questions[0].questionVersionId,
      memberId,
    ];
    const found = ok(
      await t.gql(
        `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
        { ids },
        acme.tokens.ADMIN,
      ),
    ).nodes;
    expect(found.map((n: any) => n.__typename)).toEqual([
      'Candidate',
      'Interview',
      'Scorecard',
      'InterviewLoop',
      'QuestionVersion',
      'Member',
    ]);
    expect(found.map((n: any) => n.id)).toEqual(ids);
    // Unknown ids are null with NOT_FOUND at their index; another's draft answers as scorecard(id).
    const mixed = await t.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [candidateId, '00000000-0000-4000-8000-000000000000', bobsDraft] },
      acme.tokens.ADMIN,
    );
    expect(mixed.data!.nodes).toEqual([{ id: candidateId }, null, null]);
    expect(mixed.errors!.map((e) => [e.path!.join('.'), e.extensions.code])).toEqual([
      ['nodes.1', 'NOT_FOUND'],
      ['nodes.2', 'FORBIDDEN'],
    ]);
    const direct = await t.gql(
      `query($id: ID!) { scorecard(id: $id) { id } }`,
      { id: bobsDraft },
      acme.tokens.ADMIN,
    );
    expect(codeOf(direct)).toBe('FORBIDDEN');
    // The type's roles: an interviewer does not read loops.
    const loopAsInterviewer = await t.gql(NODE, { id: sheet.loopId }, acme.panel[0].token);
    expect(codeOf(loopAsInterviewer)).toBe('FORBIDDEN');
    // The key's scopes on the resolved type, inline fragments included.
    const candidateOnly = (await key('CANDIDATES_READ')).secret;
    expect(ok(await t.gql(NODE, { id: candidateId }, candidateOnly)).node.__typename).toBe(
      'Candidate',
    );
    const refused = await t.gql(
      `query($id: ID!) { node(id: $id) { id ... on Scorecard { summary } } }`,
      { id: cardId },
      candidateOnly,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toContain('SCORECARDS_READ');
    expect(refused.data?.node ?? null).toBeNull();
    // Malformed ids answer BAD_USER_INPUT with their path.
    for (const id of ['', 'Q2FuZGlkYXRlOjE=', `${candidateId}x`, 'x'.repeat(5000)]) {
      const r = await t.gql(NODE, { id }, acme.tokens.ADMIN);
      expect([codeOf(r), fieldOf(r)]).toEqual(['BAD_USER_INPUT', 'id']);
    }
    const tooMany = await t.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: Array.from({ length: 101 }, () => candidateId) },
      acme.tokens.ADMIN,
    );
    expect([codeOf(tooMany), fieldOf(tooMany)]).toEqual(['BAD_USER_INPUT', 'ids']);
    const badAt = await t.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [candidateId, 'nope'] },
      acme.tokens.ADMIN,
    );
    expect([codeOf(badAt), fieldOf(badAt)]).toEqual(['BAD_USER_INPUT', 'ids.1']);
  });

  it('pages audit events and deliveries backwards with last/before and Relay page info', async () => {
    const PAGE = `query($actor: ID, $first: Int, $after: String, $last: Int, $before: String) {
      auditEvents(actorId: $actor, first: $first, after: $after, last: $last, before: $before) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;
    const read = async (vars: Record<string, unknown>) =>
      ok(await t.gql(PAGE, { actor: acme.userIds.ADMIN, ...vars }, acme.tokens.ADMIN)).auditEvents;
    const all = (await read({ first: 100 })).edges.map((e: any) => e.node.id);
    expect(all.length).toBeGreaterThan(5);
    const first = await read({ first: 3 });
    // Unset variables sent as null (as clients do) read like arguments left out.
    const nulls = await read({ first: 3, after: null, last: null, before: null });
    expect(nulls.edges.map((e: any) => e.node.id)).toEqual(all.slice(0, 3));
    expect(first.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[2].cursor,
    });
    // From the end, backwards, three at a time: the same list, the same order.
    const backwards: string[] = [];
    let page = await read({ last: 3 });
    backwards.unshift(...page.edges.map((e: any) => e.node.id));
    expect(page.pageInfo.hasNextPage).toBe(false);
    while (page.pageInfo.hasPreviousPage) {
      page = await read({ last: 3, before: page.pageInfo.startCursor });
      backwards.unshift(...page.edges.map((e: any) => e.node.id));
    }
    expect(backwards).toEqual(all);
    // Deliveries read backwards too.
    const deliveries = ok(
      await t.gql(
        `query { webhookDeliveries(last: 1) { pageInfo { hasPreviousPage } edges { node { id } } } }`,
        {},
        writer,
      ),
    ).webhookDeliveries;
    expect(deliveries).toMatchObject({ pageInfo: { hasPreviousPage: true } });
    // Mixed directions and foreign cursors are refused at their argument.
    const mixed = await t.gql(PAGE, { first: 2, last: 2 }, acme.tokens.ADMIN);
    expect([codeOf(mixed), fieldOf(mixed)]).toEqual(['BAD_USER_INPUT', 'last']);
    const forged = await t.gql(PAGE, { last: 2, before: 'bm90IGEgY3Vyc29y' }, acme.tokens.ADMIN);
    expect([codeOf(forged), fieldOf(forged)]).toEqual(['BAD_USER_INPUT', 'before']);
    const zero = await t.gql(PAGE, { last: 0 }, acme.tokens.ADMIN);
    expect(codeOf(zero)).toBe('BAD_USER_INPUT');
  });
  it("answers another tenant's ids like missing ones (node, nodes, setApiKeyAts)", async () => {
    const globex = await seedTenant(t, 'globex', 1);
    const one = await t.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: candidateId },
      globex.tokens.ADMIN,
    );
    expect(codeOf(one)).toBe('NOT_FOUND');
    const many = await t.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [candidateId, interviewId] },
      globex.tokens.ADMIN,
    );
    expect(many.data!.nodes).toEqual([null, null]);
    expect(many.errors!.map((e) => e.extensions.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    const keyAts = await t.gql(
      `mutation($id: ID!) { setApiKeyAts(id: $id, ats: ASHBY) { id } }`,
      { id: writerId },
      globex.tokens.ADMIN,
    );
    expect(codeOf(keyAts)).toBe('NOT_FOUND');
    // Acme's key kept its ATS.
    const keys = ok(
      await t.gql(`{ apiKeys(first: 100) { edges { node { id ats } } } }`, {}, acme.tokens.ADMIN),
    ).apiKeys.edges.map((e: any) => e.node);
    expect(keys.find((k: any) => k.id === writerId).ats).toBe('LEVER');
  });
});
