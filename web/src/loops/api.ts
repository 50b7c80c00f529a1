/** The loop builder's writes as plain promises, with the API's errors sorted by field. */
import type { AnyVariables, Client, CombinedError, TypedDocumentNode } from 'urql';
import { describe, fieldErrors } from '../errors';
import type { ApiError } from '../session';

export type Outcome<T> =
  { ok: true; data: T } | { ok: false; code: string; fields: Record<string, string> };

/** Errors keyed by field ('' for the rest), as fieldErrors gives them, network failures in words. */
export function failure(error: CombinedError | undefined): {
  ok: false;
  code: string;
  fields: Record<string, string>;
} {
  if (!error) return { ok: false, code: 'NETWORK', fields: { '': 'No answer from the server.' } };
  if (error.networkError) return { ok: false, code: 'NETWORK', fields: { '': describe(error) } };
  const errors = error.graphQLErrors as unknown as ApiError[];
  return {
    ok: false,
    code: errors[0]?.extensions?.code ?? 'INTERNAL',
    fields: fieldErrors(errors),
  };
}

export async function run<T, V extends AnyVariables>(
  client: Client,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<Outcome<T>> {
  const result = await client.mutation(document, variables).toPromise();
  return result.data && !result.error ? { ok: true, data: result.data } : failure(result.error);
}

/** The outcome with its data narrowed (e.g. to the new loop's id). */
export function idOf<T>(outcome: Outcome<T>, pick: (data: T) => string): Outcome<string> {
  return outcome.ok ? { ok: true, data: pick(outcome.data) } : outcome;
}
