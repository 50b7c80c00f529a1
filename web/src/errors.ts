import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { AuthError, type ApiError } from './session';

const OFFLINE = 'The server could not be reached. Check the connection.';

/**
 * Errors keyed by the input field they name (extensions.fields[].path, or a CONFLICT's
 * extensions.path), the rest under ''. The building block of formErrors, for pages whose fields
 * are nested lists (the rubric editor, the scorecard) and place the keys themselves.
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
  if (error.networkError) return OFFLINE;
  return error.graphQLErrors
    .map((e) => {
      const fields = (e.extensions as ApiError['extensions'])?.fields ?? [];
      return [e.message, ...fields.map((f) => `${f.path}: ${f.message}.`)].join(' ');
    })
    .join(' ');
}

/**
 * The one way a form shows an API failure: each field problem under the form field its path
 * starts with (`interviewerIds[1]` under `interviewerIds`, `input.` left off), everything else
 * under '' for the form's alert (a field the form does not show keeps its path in the
 * sentence). `error` is a urql error, a session call's AuthError, or what a `catch` caught (any
 * other failure reads as the server out of reach). Empty when there is no error.
 */
export function formErrors(error: unknown, fields: readonly string[]): Record<string, string> {
  if (!error) return {};
  let errors: readonly ApiError[];
  if (error instanceof AuthError) errors = error.errors;
  else if (isCombined(error) && !error.networkError) {
    errors = error.graphQLErrors as unknown as ApiError[];
  } else return { '': OFFLINE };
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(errors))) {
    const field = fields.find((f) => isUnder(path, f));
    const key = field ?? '';
    const text = field || !path ? message : `${path}: ${message}`;
    out[key] = out[key] ? `${out[key]} ${text}` : text;
  }
  return out;
}

/**
 * formErrors for a form the user keeps editing: a field's message goes as soon as the user
 * changes that field (call `edited(field)` from its onChange), so that a problem they have fixed
 * is not still shown; the next failure shows every message again.
 */
export function useFormErrors(error: unknown, fields: readonly string[]) {
  const [cleared, setCleared] = useState<{ of: unknown; fields: readonly string[] }>({
    of: undefined,
    fields: [],
  });
  const all = formErrors(error, fields);
  const gone = cleared.of === error ? cleared.fields : [];
  const errors = Object.fromEntries(Object.entries(all).filter(([key]) => !gone.includes(key)));
  function edited(field: string) {
    if (!errors[field]) return;
    setCleared({ of: error, fields: [...gone, field] });
  }
  return { errors, edited };
}

/** What a dialog remembers of its error: whether it was open, and the error it opened over. */
export interface DialogErrorState<E> {
  opened: boolean;
  stale: E | undefined;
}

/**
 * The dialog's state after a render with `opened` and `error`: on opening, the error there is
 * then belongs to an earlier attempt (a page keeps its mutation's last result, which may be
 * another row's failure). The same object when nothing changed.
 */
export function dialogErrorState<E>(
  state: DialogErrorState<E>,
  opened: boolean,
  error: E | undefined,
): DialogErrorState<E> {
  if (state.opened === opened) return state;
  return { opened, stale: opened ? error : state.stale };
}

/** The error a dialog says: one from an attempt made since it last opened, else none. */
export function dialogError<E>(state: DialogErrorState<E>, error: E | undefined): E | undefined {
  return state.opened && error !== undefined && error !== state.stale ? error : undefined;
}

/**
 * The failure an action's dialog shows (`error` the mutation's last result): only one that came
 * after the dialog last opened, so that a dialog opened again, for the same row or another one,
 * does not greet the user with the previous attempt's error.
 */
export function useDialogError<E>(opened: boolean, error: E | undefined): E | undefined {
  const [state, setState] = useState<DialogErrorState<E>>({ opened, stale: error });
  const next = dialogErrorState(state, opened, error);
  // Adjusted while rendering (React's way to keep state that follows a prop).
  if (next !== state) setState(next);
  return dialogError(next, error);
}

/** A urql error (by shape: urql and @urql/core may each bring their own class). */
function isCombined(error: unknown): error is CombinedError {
  return typeof error === 'object' && error !== null && 'graphQLErrors' in error;
}

/** Whether an error's path is the field `key` or inside it (`scopes[2]`, `input.name`). */
function isUnder(path: string, key: string): boolean {
  return path === key || path.startsWith(`${key}[`) || path.startsWith(`${key}.`);
}
