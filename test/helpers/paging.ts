import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { codeOf, type TestApp } from './app.js';

/** A cursor this API never made, holding `key` (base64url JSON, as the API's own are). */
export const forgedCursor = (key: unknown, id: unknown = randomUUID()) =>
  Buffer.from(JSON.stringify([key, id])).toString('base64url');

/**
 * Hostile paging arguments on one connection, through the real server: each answers
 * BAD_USER_INPUT naming the argument and the connection's place in the response (never
 * INTERNAL; a size of 10^9 may instead be refused whole by the cost limit), and explicit nulls
 * read the default page. `query(args)` is the operation with
 * `args` spliced into the connection's arguments; `at` is the connection's response path.
 * `wrongKind` holds cursor keys of another list's kind (refused as not this list's cursors).
 */
export async function expectHostilePagingRefused(
  t: TestApp,
  token: string,
  query: (args: string) => string,
  at: (string | number)[],
  options: { variables?: Record<string, unknown>; wrongKind?: unknown[] } = {},
): Promise<void> {
  const cases: [string, string][] = [
    ['first: -1', 'first'],
    ['first: 0', 'first'],
    ['first: 101', 'first'],
    ['first: 1000000000', 'first'],
    ['last: -1', 'last'],
    ['last: 101', 'last'],
    ['after: "not-a-cursor"', 'after'],
    ['before: "not-a-cursor"', 'before'],
    [`after: "${forgedCursor('1', 'not-a-uuid')}"`, 'after'],
    [`after: "${forgedCursor(['1'])}"`, 'after'],
    ['first: 2, last: 2', 'last'],
    [`first: 2, before: "${forgedCursor('1')}"`, 'before'],
    ...(options.wrongKind ?? []).map((key): [string, string] => [
      `after: "${forgedCursor(key)}"`,
      'after',
    ]),
  ];
  for (const [args, path] of cases) {
    const result = await t.gql(query(args), options.variables ?? {}, token);
    expect({ args, code: codeOf(result) }).toEqual({ args, code: 'BAD_USER_INPUT' });
    const [error] = result.errors!;
    // A page size far past the maximum is refused before execution by the cost limit, which
    // names the cost; everything else by the argument's validation, which names the argument.
    if (/^Query Cost limit of \d+ exceeded/.test(error.message)) {
      expect(args).toBe('first: 1000000000');
      continue;
    }
    expect({ args, error }).toMatchObject({ args, error: { path: at } });
    expect(error.extensions.fields).toEqual([{ path, message: expect.any(String) }]);
  }
  // A client's unset variables arrive as explicit nulls: the default page, not an error.
  const nulls = await t.gql(
    query('first: null, after: null, last: null, before: null'),
    options.variables ?? {},
    token,
  );
  expect(nulls.errors).toBeUndefined();
}
