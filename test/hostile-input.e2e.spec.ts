import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loggableError } from '../src/common/errors.js';
import { startTestApp, type GqlResult, type TestApp } from './helpers/app.js';
import { hoursFromNow } from './helpers/clock.js';
import { PASSWORD, seedTenant, signIn, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  importLibrary,
  myScorecard,
  ok,
  publishedLoop,
  scheduleInterview,
  type LoopSheet,
} from './helpers/interviews.js';
import { adminQuery } from './helpers/server.js';

/**
 * Every mutation of the schema, called with arguments built from its input types, where any leaf
 * may be hostile: NUL bytes, lone surrogates, huge strings, explicit nulls, extreme numbers and
 * dates, unknown enum values, long lists. Whatever arrives, the answer is a client error with a
 * code, never INTERNAL and never a 5xx. Runs are bounded (FUZZ_RUNS per mutation).
 */
const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 20);
const CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
];
/** Mutations an interviewer makes on their own scorecard; the rest are tried as the admin. */
const AS_INTERVIEWER = new Set(['saveScorecardDraft', 'submitScorecard', 'amendScorecard']);
const PUBLIC = new Set(['signIn', 'createTenant', 'refreshSession', 'acceptInvitation']);

const HOSTILE_TEXT = [
  'a\u0000b',
  'x\ud800y',
  '\udfff',
  'x'.repeat(100_000),
  '',
  '   ',
  '<img src=x onerror=alert(1)>',
  "'; DROP TABLE questions; --",
  '\u202e\u0007\ufeff',
  '🧪'.repeat(50),
];
const HOSTILE_DATES = [
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '0000-01-01T00:00:00Z',
  '2021-02-30T10:00:00Z',
  'tomorrow',
  '1970-01-01T00:00:00Z',
];
const HOSTILE_INTS = [0, -1, 2147483647, -2147483648, 2 ** 31, 1.5];
const HOSTILE_FLOATS = [5e-324, 1e308, -1, 0, 1.005, 2 ** 53];

/** Values that look right for a field, by scalar and name, so that hostile ones go deep. */
function plausible(type: string, field: string, ids: string[]): fc.Arbitrary<unknown> {
  const name = field.toLowerCase();
  switch (type) {
    case 'ID':
      return fc.oneof(fc.constantFrom(...ids), fc.constant(randomUUID()));
    case 'Int':
      return fc.constantFrom(1, 2, 3, 4, 10, 30, 60);
    case 'Float':
      return fc.constantFrom(1, 2, 0.5);
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.integer({ min: -72, max: 72 }).map((h) => hoursFromNow(h));
    default:
      if (name.includes('email')) return fc.constantFrom('fuzz@fuzz.example', 'admin@fuzz.example');
      if (name.includes('password')) return fc.constant(PASSWORD);
      if (name.includes('url')) return fc.constant('https://hooks.example.com/in');
      if (/slug|key|tag|tenant|name$/.test(name) && !name.includes('display')) {
        return fc.constantFrom('fuzz', 'some-key', 'backend-engineering');
      }
      return fc.constantFrom('Some text', 'Another value');
  }
}

function hostile(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'ID':
      return fc.constantFrom('not-a-uuid', 'a\u0000b', '00000000-0000-0000-0000-000000000000');
    case 'Int':
      return fc.constantFrom(...HOSTILE_INTS);
    case 'Float':
      return fc.constantFrom(...HOSTILE_FLOATS);
    case 'Boolean':
      return fc.constantFrom('true', 0);
    case 'DateTime':
      return fc.constantFrom(...HOSTILE_DATES);
    default:
      return fc.constantFrom(...HOSTILE_TEXT);
  }
}

function valueOf(
  type: GraphQLInputType,
  field: string,
  ids: string[],
  depth: number,
): fc.Arbitrary<unknown> {
  const inner = getNullableType(type) as GraphQLInputType;
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const item = valueOf(inner.ofType, field, ids, depth + 1);
    value = fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 500, maxLength: 500 }) },
      { weight: 1, arbitrary: fc.constant([null]) },
    );
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const f of fields) {
      record[f.name] = depth > 4 ? fc.constant(null) : valueOf(f.type, f.name, ids, depth + 1);
      if (isNonNullType(f.type)) required.push(f.name);
    }
    value = fc.record(record, { requiredKeys: required });
  } else if (isEnumType(inner)) {
    value = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.value)) },
      { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
    );
  } else {
    const scalar = getNamedType(inner).name;
    value = fc.oneof(
      { weight: 3, arbitrary: plausible(scalar, field, ids) },
      { weight: 1, arbitrary: hostile(scalar) },
    );
  }
  // Explicit null, sometimes, even where the schema allows it.
  return fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

describe('hostile input', () => {
  let t: TestApp;
  let fuzz: SeededTenant;
  let sheet: LoopSheet;
  let ids: string[];
  let questionId: string;

  beforeAll(async () => {
    // The fuzz sends wrong passwords for the tenant's own e-mails (signIn, acceptInvitation):
    // the failed-sign-in limit is another suite's subject, and must not lock out the admin whose
    // fresh session signOut is tried with.
    t = await startTestApp({ SIGNIN_MAX_FAILURES: '100000' });
    fuzz = await seedTenant(t, 'fuzz', 1);
    const admin = fuzz.tokens.ADMIN;
    await importLibrary(t, admin);
    sheet = await publishedLoop(t, admin, { name: 'Fuzzed loop' });
    const candidateId = await createCandidate(t, admin, 'Pat Fuzz');
    const [panelist] = fuzz.panel;
    const interviewId = await scheduleInterview(t, admin, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [panelist.id],
    });
    const card = await myScorecard(t, panelist.token, interviewId);
    const some = ok(
      await t.gql(
        `{ categories { id } competencies { id } questions(first: 5) { edges { node { id } } } }`,
        {},
        admin,
      ),
    );
    questionId = some.questions.edges[0].node.id;
    ids = [
      sheet.loopId,
      sheet.stageId,
      ...sheet.questions.flatMap((q) => [q.stageQuestionId, ...q.criteria.map((c) => c.id)]),
      candidateId,
      interviewId,
      card.id,
      fuzz.userIds.RECRUITER,
      fuzz.userIds.INTERVIEWER,
      panelist.id,
      ...some.categories.slice(0, 3).map((c: { id: string }) => c.id),
      ...some.competencies.slice(0, 3).map((c: { id: string }) => c.id),
      ...some.questions.edges.map((e: { node: { id: string } }) => e.node.id),
    ];
  }, 120_000);
  afterAll(() => t.close());

  it('refuses a forged cursor on every list that seeks by time, at its argument', async () => {
    const cursor = (key: unknown) =>
      Buffer.from(JSON.stringify([key, randomUUID()])).toString('base64url');
    const forged = [
      cursor('5'), // a number where a time belongs
      cursor('2024-13-45 10:00:00+00'), // the shape of a time, no such month or day
      cursor('2023-02-29 10:00:00+00'), // no such day that year
      cursor('2024-02-10 24:00:00+00'),
      cursor('2024-02-10 10:00:00+16'), // an offset PostgreSQL refuses
    ];
    const lists = [
      `query($after: String) { members(first: 2, after: $after) { totalCount } }`,
      `query($after: String) { questions(first: 2, after: $after) { totalCount } }`,
      `query($after: String) { loops(first: 2, after: $after) { totalCount } }`,
      `query($after: String) { candidates(first: 2, after: $after) { totalCount } }`,
    ];
    for (const query of lists) {
      for (const after of forged) {
        const result = await t.gql(query, { after }, fuzz.tokens.ADMIN);
        expect([query, result.errors?.[0]?.extensions.code]).toEqual([query, 'BAD_USER_INPUT']);
        expect(result.errors![0].extensions.fields[0].path).toBe('after');
      }
    }
    // A real cursor still pages.
    const first = ok(
      await t.gql(`{ loops(first: 1) { pageInfo { endCursor } } }`, {}, fuzz.tokens.ADMIN),
    );
    ok(await t.gql(lists[2], { after: first.loops.pageInfo.endCursor }, fuzz.tokens.ADMIN));
  });

  it('answers every malformed mutation with a client error, never INTERNAL or a 5xx', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(50);
    let cases = 0;
    const seen = new Map<string, number>();
    for (const field of mutations) {
      const query = documentFor(field);
      const args = fc.record(
        Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type, a.name, ids, 0)])),
      );
      await fc.assert(
        fc.asyncProperty(args, async (variables) => {
          cases += 1;
          const token = await tokenFor(field.name);
          const result = await t.gql(query, variables, token);
          for (const e of result.errors ?? []) {
            seen.set(e.extensions.code, (seen.get(e.extensions.code) ?? 0) + 1);
          }
          expectClientAnswer(field.name, result);
        }),
        { numRuns: RUNS_PER_MUTATION },
      );
    }
    console.warn(
      `hostile input: ${cases} cases over ${mutations.length} mutations, codes ${JSON.stringify(Object.fromEntries(seen))}`,
    );
    expect(seen.get('INTERNAL')).toBeUndefined();
    expect(seen.get('BAD_USER_INPUT')).toBeGreaterThan(cases / 10);
  }, 600_000);

  it('answers any JSON body or path on the plain routes with a client error in the API shape', async () => {
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({
        email: fc.oneof(fc.jsonValue(), fc.constantFrom(...HOSTILE_TEXT)),
        password: fc.oneof(fc.jsonValue(), fc.constantFrom(...HOSTILE_TEXT)),
        tenant: fc.oneof(fc.jsonValue(), fc.constantFrom(...HOSTILE_TEXT)),
      }),
    );
    const app = { 'x-requested-with': 'fuzz', 'content-type': 'application/json' };
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const res = await t.http().post('/auth/sign-in').set(app).send(JSON.stringify(value));
        const context = `${JSON.stringify(value)} answered ${res.status} ${res.text}`;
        expect({ context, client: res.status >= 400 && res.status < 500 }).toEqual({
          context,
          client: true,
        });
        expect({ context, code: CODES.includes(res.body.errors?.[0]?.extensions?.code) }).toEqual({
          context,
          code: true,
        });
      }),
      { numRuns: RUNS_PER_MUTATION * 5 },
    );
    // Path segments as a client may send them: any text as UTF-8 bytes, or raw escapes that
    // decode to nothing valid (a NUL, a lone surrogate in CESU-8, a broken escape).
    const asBytes = (text: string) =>
      [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
    const stage = fc.oneof(
      fc.string().map(asBytes),
      fc.constantFrom('%00', '%ED%A0%80', '%', '%zz', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(5000)),
    );
    await fc.assert(
      fc.asyncProperty(stage, async (id) => {
        const res = await t
          .http()
          .get(`/kits/${id}.md`)
          .set('authorization', `Bearer ${fuzz.tokens.ADMIN}`);
        const context = `${JSON.stringify(id)} answered ${res.status} ${res.text.slice(0, 200)}`;
        expect({ context, client: res.status >= 400 && res.status < 500 }).toEqual({
          context,
          client: true,
        });
      }),
      { numRuns: RUNS_PER_MUTATION * 5 },
    );
  });

  /** The session to try a mutation with: signOut ends its own, so it gets a fresh one. */
  async function tokenFor(mutation: string): Promise<string | undefined> {
    if (PUBLIC.has(mutation)) return undefined;
    if (AS_INTERVIEWER.has(mutation)) return fuzz.panel[0].token;
    if (mutation === 'signOut') return signIn(t, fuzz.emails.ADMIN, fuzz.slug);
    return fuzz.tokens.ADMIN;
  }

  function expectClientAnswer(mutation: string, result: GqlResult): void {
    const context = `${mutation} answered ${result.status} ${JSON.stringify(result.errors)}`;
    expect({ context, status: result.status < 500 }).toEqual({ context, status: true });
    for (const e of result.errors ?? []) {
      expect({ context, code: CODES.includes(e.extensions.code) }).toEqual({ context, code: true });
    }
  }

  it('logs a database error without its parameters or the values PostgreSQL quotes', async () => {
    const secret = 'pat.private@mail.example';
    const error = await t.app
      .get(DataSource)
      .query('SELECT $1::uuid AS id, $2::text AS email', [secret, secret])
      .catch((e: unknown) => e);
    expect(JSON.stringify(error)).toContain(secret); // what the driver hands us holds it
    const logged = loggableError(error);
    expect(logged).toMatchObject({ type: 'QueryFailedError', sqlState: '22P02' });
    expect(JSON.stringify(logged)).not.toContain(secret);
  });

  it('says each rule in words, naming the field by its path and not again in the message', async () => {
    const fieldsOf = async (query: string, input: object) =>
      (await t.gql(query, { input }, fuzz.tokens.ADMIN)).errors?.[0].extensions?.fields;
    expect(
      await fieldsOf(`mutation($input: CreateLoopInput!) { createLoop(input: $input) { id } }`, {
        name: '',
        roleTitle: 'x'.repeat(201),
      }),
    ).toEqual([
      { path: 'input.name', message: 'must not be empty' },
      { path: 'input.roleTitle', message: 'must be at most 200 characters long' },
    ]);
    expect(
      await fieldsOf(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { member { id } } }`,
        { email: 'not-an-address', role: 'INTERVIEWER' },
      ),
    ).toEqual([{ path: 'input.email', message: 'must be an e-mail address' }]);
    expect(
      await fieldsOf(
        `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { feedbackDueHours } }`,
        { feedbackDueHours: 0 },
      ),
    ).toEqual([{ path: 'input.feedbackDueHours', message: 'must be at least 1' }]);
  });

  describe('the cases that answered INTERNAL before, each refused with its field and no change', () => {
    const settings = () =>
      t.gql(`{ tenantSettings { feedbackVisibility feedbackDueHours } }`, {}, fuzz.tokens.ADMIN);
    const UPDATE_SETTINGS = `mutation($input: UpdateTenantSettingsInput!) {
      updateTenantSettings(input: $input) { feedbackVisibility } }`;

    it.each([
      [{ feedbackVisibility: null }, 'input.feedbackVisibility'],
      [{ feedbackDueHours: null }, 'input.feedbackDueHours'],
    ])('updateTenantSettings(%j) is BAD_USER_INPUT at %s', async (input, path) => {
      const before = ok(await settings());
      const result = await t.gql(UPDATE_SETTINGS, { input }, fuzz.tokens.ADMIN);
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path, message: expect.stringContaining('null') }],
      });
      expect(ok(await settings())).toEqual(before);
    });

    it('refuses a NUL byte or a lone surrogate in any text, naming the field', async () => {
      const CREATE = `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`;
      for (const [name, message] of [
        ['Sys\u0000tems', 'NUL'],
        ['Sys\ud800tems', 'surrogate'],
      ]) {
        const result = await t.gql(CREATE, { input: { name } }, fuzz.tokens.ADMIN);
        expect(result.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ path: 'input.name', message: expect.stringContaining(message) }],
        });
      }
      const [{ n }] = await adminQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM categories WHERE name LIKE 'Sys%tems'`,
        [],
        t.database,
      );
      expect(n).toBe(0);
    });

    it('refuses a lone surrogate in an e-mail without reaching the e-mail validator', async () => {
      const result = await t.gql(
        `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
        { input: { email: 'x\ud800y@fuzz.example', password: PASSWORD, tenant: fuzz.slug } },
      );
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.email' }],
      });
    });

    it('refuses dates past year 9999 and rubric weights below 0.01', async () => {
      const candidateId = await createCandidate(t, fuzz.tokens.ADMIN, 'Dana Dates');
      const far = await t.gql(
        `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
        {
          input: {
            candidateId,
            stageId: sheet.stageId,
            scheduledStart: hoursFromNow(1),
            scheduledEnd: '+275760-09-13T00:00:00.000Z',
          },
        },
        fuzz.tokens.ADMIN,
      );
      expect(far.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.scheduledEnd' }],
      });
      const [{ n }] = await adminQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM interviews WHERE candidate_id = $1`,
        [candidateId],
        t.database,
      );
      expect(n).toBe(0);
      const question = sheet.questions[0];
      const tiny = await t.gql(
        `mutation($input: SetRubricInput!) { setRubric(input: $input) { id } }`,
        {
          input: {
            questionId,
            criteria: [
              {
                title: 'Tiny',
                competencyId: question.criteria[0].competencyId,
                weight: 5e-324,
                anchors: ['a', 'b', 'c', 'd'],
              },
            ],
          },
        },
        fuzz.tokens.ADMIN,
      );
      expect(tiny.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(tiny.errors?.[0].extensions.fields.map((f: { path: string }) => f.path)).toContain(
        'input.criteria[0].weight',
      );
    });
  });
});
