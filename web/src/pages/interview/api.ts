/** The scorecard mutations as plain promises with the API's errors sorted for the page. */
import type { Client, CombinedError } from 'urql';
import { createClient } from '../../client';
import { describe, fieldErrors } from '../../errors';
import {
  AmendScorecardDocument,
  SaveScorecardDraftDocument,
  ScorecardByIdDocument,
  SubmitScorecardDocument,
} from '../../gql/graphql';
import type { ApiError } from '../../session';
import type { ContentPatch } from './fields';
import type { Card } from './types';

export type Answer =
  | { ok: true; card: Card }
  | { ok: false; code: string; message: string; fields: Record<string, string> };

function failure(error: CombinedError | undefined): Answer {
  if (!error || error.networkError) {
    return {
      ok: false,
      code: 'NETWORK',
      message: error ? describe(error) : 'No answer.',
      fields: {},
    };
  }
  const errors = error.graphQLErrors as unknown as ApiError[];
  return {
    ok: false,
    code: errors[0]?.extensions?.code ?? 'INTERNAL',
    message: errors.map((e) => e.message).join(' '),
    fields: fieldErrors(errors),
  };
}

// Autosaves go through a client without the document cache: the page keeps the draft's
// answer, and the cache would refetch the whole interview and kit after every save.
let uncached: Client | null = null;

export async function saveDraft(
  id: string,
  expectedVersion: number,
  patch: ContentPatch,
): Promise<Answer> {
  uncached ??= createClient({ cache: false });
  const r = await uncached
    .mutation(SaveScorecardDraftDocument, { input: { id, expectedVersion, ...patch } })
    .toPromise();
  return r.data ? { ok: true, card: r.data.saveScorecardDraft } : failure(r.error);
}

export async function submit(client: Client, id: string, expectedVersion: number): Promise<Answer> {
  const r = await client
    .mutation(SubmitScorecardDocument, { input: { id, expectedVersion } })
    .toPromise();
  return r.data ? { ok: true, card: r.data.submitScorecard } : failure(r.error);
}

export async function amend(
  client: Client,
  id: string,
  expectedVersion: number,
  reason: string,
  patch: ContentPatch,
): Promise<Answer> {
  const r = await client
    .mutation(AmendScorecardDocument, { input: { id, expectedVersion, reason, ...patch } })
    .toPromise();
  return r.data ? { ok: true, card: r.data.amendScorecard } : failure(r.error);
}

/** The scorecard as the server has it now (never from the cache: this settles a conflict). */
export async function fetchCard(client: Client, id: string): Promise<Answer> {
  const r = await client
    .query(ScorecardByIdDocument, { id }, { requestPolicy: 'network-only' })
    .toPromise();
  return r.data ? { ok: true, card: r.data.scorecard } : failure(r.error);
}
