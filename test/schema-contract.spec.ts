import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { startTestApp, type TestApp } from './helpers/app.js';
import { declaredPolicies } from './helpers/policies.js';

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

  it('declares a policy on every query and mutation (default deny)', () => {
    const policies = declaredPolicies(t.app);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ];
    expect(operations.length).toBeGreaterThan(5);
    const missing = operations.filter((op) => {
      const policy = policies.get(op);
      return !policy || (!policy.public && !Array.isArray(policy.roles));
    });
    expect(missing).toEqual([]);
  });
});
