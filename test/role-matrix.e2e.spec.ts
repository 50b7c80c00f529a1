import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isCompositeType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { Role } from '../src/common/role.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { declaredPolicies, declaredScopes } from './helpers/policies.js';
import { ALL_SCOPES, scopeName, type Scope } from '../src/auth/policy.decorator.js';

/** A literal of the right shape for any input type: enough to reach the guard. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return JSON.stringify(randomUUID());
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'true';
      default:
        return '"x"';
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type));
  const argText = args.length
    ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})`
    : '';
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${argText}${selection} }`;
}

describe('every operation enforces its declared roles', () => {
  let t: TestApp;
  let acme: SeededTenant;
  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'acme');
  });
  afterAll(() => t.close());

  it('answers UNAUTHENTICATED without a token and FORBIDDEN to every role not allowed', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const policies = declaredPolicies(t.app);
    const checked: string[] = [];
    const roots = [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ] as const;
    for (const [kind, root] of roots) {
      for (const field of Object.values(root.getFields())) {
        const policy = policies.get(`${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`)!;
        if (policy.public) continue;
        const document = operation(kind, field);
        const anonymous = await t.gql(document);
        expect({ op: field.name, code: codeOf(anonymous) }).toEqual({
          op: field.name,
          code: 'UNAUTHENTICATED',
        });
        for (const role of Object.values(Role)) {
          if (!policy.roles?.length || policy.roles.includes(role)) continue;
          const denied = await t.gql(document, {}, acme.tokens[role]);
          expect({ op: field.name, role, code: codeOf(denied) }).toEqual({
            op: field.name,
            role,
            code: 'FORBIDDEN',
          });
          checked.push(`${field.name}/${role}`);
        }
      }
    }
    // Most of the API is closed to someone: the matrix is not empty by accident.
    expect(checked.length).toBeGreaterThan(60);
  });

  it('lets an API key call only the operations that declare one of its scopes', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const policies = declaredPolicies(t.app);
    const scopes = declaredScopes(t.app);
    const keys = new Map<string, string>();
    /** A key with exactly these scopes (GraphQL enum names), made once. */
    const keyWith = async (granted: Scope[]) => {
      const names = [...granted].sort();
      const cacheKey = names.join(',');
      if (!keys.has(cacheKey)) {
        const made = await t.gql(
          `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
          { input: { name: `key ${keys.size}`, scopes: names.map(scopeName) } },
          acme.tokens.ADMIN,
        );
        keys.set(cacheKey, made.data!.createApiKey.secret);
      }
      return keys.get(cacheKey)!;
    };
    const checked: string[] = [];
    for (const [kind, root] of [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ] as const) {
      for (const field of Object.values(root.getFields())) {
        const op = `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`;
        if (policies.get(op)!.public) continue;
        const admitted = scopes.get(op)!;
        // node/nodes admit every scope (a key lacking them all cannot exist): they check the
        // scopes of the type they find (test/ats-round-two.e2e.spec.ts).
        if (admitted.length === ALL_SCOPES.length) {
          expect(['Query.node', 'Query.nodes']).toContain(op);
          continue;
        }
        // The strongest key that still lacks every scope this operation admits.
        const key = await keyWith(ALL_SCOPES.filter((s) => !admitted.includes(s)));
        const denied = await t.gql(operation(kind, field), {}, key);
        expect({ op, code: codeOf(denied) }).toEqual({ op, code: 'FORBIDDEN' });
        checked.push(op);
      }
    }
    expect(checked.length).toBeGreaterThan(60);
    expect([...scopes.values()].filter((s) => s.length).length).toBeGreaterThan(30);
  });
});
