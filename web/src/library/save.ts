/** The editor's saves as plain promises: the question, or the API's errors on the form's keys. */
import type { Client, CombinedError } from 'urql';
import { describe, fieldErrors } from '../errors';
import {
  LibraryCreateQuestionDocument,
  LibrarySetRubricDocument,
  LibraryUpdateQuestionDocument,
  type LibraryQuestionFieldsFragment,
} from '../gql/graphql';
import type { ApiError } from '../session';
import {
  changedParts,
  contentInput,
  createInput,
  metadataInput,
  placeErrors,
  rubricInput,
  type Draft,
  type Sent,
} from './draft';

type Question = LibraryQuestionFieldsFragment;
export type Saved =
  | { ok: true; question: Question }
  | { ok: false; errors: Record<string, string>; question?: Question };

function failure(error: CombinedError | undefined, sent: Sent): Record<string, string> {
  if (!error) return { '': 'No answer from the server; try again.' };
  if (error.networkError) return { '': describe(error) };
  return placeErrors(fieldErrors(error.graphQLErrors as unknown as ApiError[]), sent);
}

export async function createQuestion(client: Client, draft: Draft): Promise<Saved> {
  const { input, sent } = createInput(draft);
  const r = await client.mutation(LibraryCreateQuestionDocument, { input }).toPromise();
  return r.data
    ? { ok: true, question: r.data.createQuestion }
    : { ok: false, errors: failure(r.error, sent) };
}

/**
 * An edit: metadata and content through updateQuestion (changed content is a new version), then
 * a changed rubric through setRubric (another version). When the second fails, the first has
 * landed: its question comes back so that a retry sends only the rubric.
 */
export async function saveQuestion(
  client: Client,
  id: string,
  original: Draft,
  draft: Draft,
): Promise<Saved> {
  const parts = changedParts(original, draft);
  const { content, sent } = contentInput(draft);
  let question: Question | undefined;
  if (parts.metadata || parts.content) {
    const r = await client
      .mutation(LibraryUpdateQuestionDocument, {
        input: {
          id,
          ...(parts.metadata && { metadata: metadataInput(draft) }),
          ...(parts.content && { content }),
        },
      })
      .toPromise();
    if (!r.data) return { ok: false, errors: failure(r.error, sent) };
    question = r.data.updateQuestion;
  }
  if (parts.rubric) {
    const r = await client
      .mutation(LibrarySetRubricDocument, {
        input: { questionId: id, criteria: rubricInput(draft) },
      })
      .toPromise();
    if (!r.data) return { ok: false, errors: failure(r.error, sent), question };
    question = r.data.setRubric;
  }
  return question ? { ok: true, question } : { ok: false, errors: { '': 'Nothing has changed.' } };
}
