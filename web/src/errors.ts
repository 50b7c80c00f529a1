import type { CombinedError } from '@urql/core';
import type { ApiError } from './session';

/**
 * Errors keyed by the input field they name (extensions.fields[].path), the rest under ''.
 * The key is the path without its leading `input.` argument, so a top-level field is its name
 * (`email`) and a nested one keeps the indexes that place it (`ratings[3].score`).
 */
export function fieldErrors(errors: readonly ApiError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const fields = error.extensions?.fields;
    if (fields?.length) {
      for (const field of fields) {
        const key = field.path.replace(/^input\./, '');
        out[key] = out[key] ? `${out[key]} ${field.message}` : field.message;
      }
    } else {
      out[''] = out[''] ? `${out['']} ${error.message}` : error.message;
    }
  }
  return out;
}

/**
 * A readable sentence for an error from urql (never raw JSON). Field problems are named with
 * their path, for pages where no form field stands beside them (an id in the address).
 */
export function describe(error: CombinedError): string {
  if (error.networkError) return 'The server could not be reached. Check the connection.';
  return error.graphQLErrors
    .map((e) => {
      const fields = (e.extensions as ApiError['extensions'])?.fields ?? [];
      return [e.message, ...fields.map((f) => `${f.path}: ${f.message}.`)].join(' ');
    })
    .join(' ');
}

/**
 * A mutation's errors placed on a form: each field problem under the form field its path
 * starts with (`interviewerIds[1]` under `interviewerIds`), everything else under '' (a field
 * the form does not show keeps its path in the sentence). Empty when there is no error.
 */
export function formErrors(
  error: CombinedError | undefined,
  fields: readonly string[],
): Record<string, string> {
  if (!error) return {};
  if (error.networkError) return { '': describe(error) };
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(
    fieldErrors(error.graphQLErrors as unknown as ApiError[]),
  )) {
    const field = fields.find(
      (f) => path === f || path.startsWith(`${f}[`) || path.startsWith(`${f}.`),
    );
    const key = field ?? '';
    const text = field || !path ? message : `${path}: ${message}`;
    out[key] = out[key] ? `${out[key]} ${text}` : text;
  }
  return out;
}
