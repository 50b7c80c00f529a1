import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { startTestApp, type TestApp } from './helpers/app.js';
import { isObjectType } from 'graphql';
import { ALL_SCOPES } from '../src/auth/policy.decorator.js';
import { TYPE_SCOPES } from '../src/integration/api-keys/type-scopes.js';
import { declaredPolicies, declaredScopes } from './helpers/policies.js';

const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

describe('the GraphQL contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the committed schema.graphql (npm run schema:update rewrites it)', () => {
    const sdl = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, sdl);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(sdl);
  });

  it('declares a policy on every query, mutation and subscription (default deny)', () => {
    const policies = declaredPolicies(t.app);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map(
        (f) => `Subscription.${f}`,
      ),
    ];
    expect(operations.length).toBeGreaterThan(5);
    const missing = operations.filter((op) => {
      const policy = policies.get(op);
      return !policy || (!policy.public && !Array.isArray(policy.roles));
    });
    expect(missing).toEqual([]);
  });

  it('says, for every object type, which API-key scopes may receive it (default deny)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const unmapped = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .map((type) => type.name)
      .filter((name) => !name.endsWith('Connection') && !name.endsWith('Edge'))
      .filter((name) => !(name in TYPE_SCOPES));
    expect(unmapped).toEqual([]);
  });

  it('declares API-key scopes only from the known set, and uses every scope somewhere', () => {
    const scopes = declaredScopes(t.app);
    const used = new Set([...scopes.values()].flat());
    for (const list of scopes.values()) {
      for (const scope of list) expect(ALL_SCOPES).toContain(scope);
    }
    expect([...used].sort()).toEqual([...ALL_SCOPES].sort());
    // Public operations never take keys; admin-only tools (keys, audit) are closed to them.
    for (const op of ['Mutation.createApiKey', 'Mutation.revokeApiKey', 'Query.auditEvents']) {
      expect({ op, scopes: scopes.get(op) }).toEqual({ op, scopes: [] });
    }
  });
});
