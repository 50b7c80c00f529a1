import type { CombinedError } from '@urql/core';
import type { ApiError } from './session';

/**
 * Errors keyed by the input field they name (extensions.fields[].path, or a CONFLICT's
 * extensions.path), the rest under ''.
 * The key is the path without its leading `input.` argument, so a top-level field is its name
 * (`email`) and a nested one keeps the indexes that place it (`ratings[3].score`).
 */
export function fieldErrors(errors: readonly ApiError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const path = error.extensions?.path;
    const conflict = typeof path === 'string' ? path : undefined;
    const fields =
      error.extensions?.fields ?? (conflict ? [{ path: conflict, message: error.message }] : []);
    if (fields.length) {
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
    const field = fields.find((f) => isUnder(path, f));
    const key = field ?? '';
    const text = field || !path ? message : `${path}: ${message}`;
    out[key] = out[key] ? `${out[key]} ${text}` : text;
  }
  return out;
}

/** A failed mutation's errors keyed by field (see fieldErrors); none when it succeeded. */
export function mutationErrors(error: CombinedError | undefined): Record<string, string> {
  if (!error) return {};
  if (error.networkError) return { '': describe(error) };
  return fieldErrors(error.graphQLErrors as unknown as ApiError[]);
}

/** The messages of `key` and of its items (`scopes`, `scopes[2]`), joined; undefined if none. */
export function errorsUnder(errors: Record<string, string>, key: string): string | undefined {
  const found = Object.entries(errors)
    .filter(([path]) => isUnder(path, key))
    .map(([, message]) => message);
  return found.length ? found.join(' ') : undefined;
}

/** Whether an error's path is the field `key` or inside it (`scopes[2]`, `input.name`). */
function isUnder(path: string, key: string): boolean {
  return path === key || path.startsWith(`${key}[`) || path.startsWith(`${key}.`);
}
