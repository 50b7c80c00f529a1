import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

describe('the web app’s generated GraphQL types', () => {
  it('match schema.graphql and web/src/operations.graphql (npm run codegen rewrites them)', () => {
    const run = spawnSync(process.execPath, ['web/codegen.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
