import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { Role } from '../src/tenancy/entities/membership.entity.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { declaredPolicies } from './helpers/policies.js';

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
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
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
});
