import { describe as suite, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import {
  describe as describeError,
  dialogError,
  dialogErrorState,
  fieldErrors,
  formErrors,
  type DialogErrorState,
} from './errors';
import { AuthError } from './session';

suite('fieldErrors', () => {
  it('keys each message by its path under input (indexes kept) and the rest under ""', () => {
    const errors = fieldErrors([
      {
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { path: 'input.email', message: 'email must be an email' },
            { path: 'input.email', message: 'email is too long' },
            { path: 'input.ratings[3].score', message: 'must be one of 1, 2, 3, 4' },
            { path: 'ratings.q1.c2', message: 'needs a score or notAssessed' },
          ],
        },
      },
      { message: 'The e-mail, password or tenant is not correct.', extensions: { code: 'X' } },
    ]);
    expect(errors).toEqual({
      email: 'email must be an email email is too long',
      'ratings[3].score': 'must be one of 1, 2, 3, 4',
      'ratings.q1.c2': 'needs a score or notAssessed',
      '': 'The e-mail, password or tenant is not correct.',
    });
  });
});

suite('fieldErrors on a conflict', () => {
  it('puts a CONFLICT with extensions.path beside that field', () => {
    expect(
      fieldErrors([
        {
          message: 'A tenant must keep at least one admin.',
          extensions: { code: 'CONFLICT', path: 'input.role' },
        },
        { message: 'Not found.', extensions: { code: 'NOT_FOUND' } },
      ]),
    ).toEqual({ role: 'A tenant must keep at least one admin.', '': 'Not found.' });
  });
});

suite('describe', () => {
  it('says the message and each field problem with its path, in words', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'The input is invalid.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'candidateId', message: 'must be a UUID' }],
          },
        },
      ],
    });
    expect(describeError(error)).toBe('The input is invalid. candidateId: must be a UUID.');
    const refused = new CombinedError({
      graphQLErrors: [{ message: 'You are not allowed to do this.', extensions: { code: 'X' } }],
    });
    expect(describeError(refused)).toBe('You are not allowed to do this.');
  });
});

suite('formErrors', () => {
  const error = new CombinedError({
    graphQLErrors: [
      {
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { path: 'input.scheduledEnd', message: 'must be after the start' },
            { path: 'input.interviewerIds[1]', message: 'is not an active member of this tenant' },
            { path: 'input.revealAt', message: 'must be a date' },
          ],
        },
      },
      { message: 'The interview is cancelled.', extensions: { code: 'CONFLICT' } },
    ],
  });

  it("puts each problem beside the form's field its path starts with, the rest under ''", () => {
    expect(formErrors(error, ['scheduledStart', 'scheduledEnd', 'interviewerIds'])).toEqual({
      scheduledEnd: 'must be after the start',
      interviewerIds: 'is not an active member of this tenant',
      '': 'revealAt: must be a date The interview is cancelled.',
    });
  });

  it('is empty without an error and one sentence for a network failure', () => {
    expect(formErrors(undefined, ['name'])).toEqual({});
    const offline = new CombinedError({ networkError: new Error('offline') });
    expect(formErrors(offline, ['name'])).toEqual({
      '': 'The server could not be reached. Check the connection.',
    });
  });

  it('groups the items of a list field under it (scopes[0], events[2])', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'The input is invalid.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: 'input.scopes[0]', message: 'must be a known scope' },
              { path: 'input.scopes[2]', message: 'is listed twice' },
              { path: 'input.name', message: 'must not be empty' },
            ],
          },
        },
      ],
    });
    expect(formErrors(error, ['name', 'scopes'])).toEqual({
      name: 'must not be empty',
      scopes: 'must be a known scope is listed twice',
    });
  });

  it("places a CONFLICT's path beside its field", () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: 'Taken.', extensions: { code: 'CONFLICT', path: 'input.url' } },
        { message: 'Not found.', extensions: { code: 'NOT_FOUND' } },
      ],
    });
    expect(formErrors(error, ['url'])).toEqual({ url: 'Taken.', '': 'Not found.' });
  });

  it("places a session call's AuthError the same way, and reads any other failure as offline", () => {
    const refused = new AuthError([
      {
        message: 'The input is invalid.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ path: 'password', message: 'too short' }],
        },
      },
      { message: 'Try again later.', extensions: { code: 'RATE_LIMITED' } },
    ]);
    expect(formErrors(refused, ['email', 'password'])).toEqual({
      password: 'too short',
      '': 'Try again later.',
    });
    expect(formErrors(new TypeError('Failed to fetch'), ['email'])).toEqual({
      '': 'The server could not be reached. Check the connection.',
    });
    expect(formErrors(null, ['email'])).toEqual({});
  });
});

suite('dialogError', () => {
  /** The errors a dialog shows over renders of (opened, error), as useDialogError keeps them. */
  function shown<E>(renders: [boolean, E | undefined][]): (E | undefined)[] {
    let state: DialogErrorState<E> = { opened: renders[0][0], stale: renders[0][1] };
    return renders.map(([opened, error]) => {
      state = dialogErrorState(state, opened, error);
      return dialogError(state, error);
    });
  }
  const first = new CombinedError({ graphQLErrors: [{ message: 'Not found.' }] });
  const second = new CombinedError({ graphQLErrors: [{ message: 'Not found.' }] });

  it("shows an attempt's failure while the dialog stays open, and a retry's new one", () => {
    expect(
      shown([
        [false, undefined],
        [true, undefined],
        [true, first],
        [true, undefined],
        [true, second],
      ]),
    ).toEqual([undefined, undefined, first, undefined, second]);
  });

  it("does not show the previous attempt's failure when opened again, for any row", () => {
    // Open, fail, close (the page keeps the result), open for another row: nothing until it fails.
    expect(
      shown([
        [false, undefined],
        [true, undefined],
        [true, first],
        [false, first],
        [true, first],
        [true, undefined],
        [true, second],
      ]),
    ).toEqual([undefined, undefined, first, undefined, undefined, undefined, second]);
  });

  it('does not show an error that was there when the page first drew the dialog', () => {
    expect(
      shown([
        [false, first],
        [true, first],
      ]),
    ).toEqual([undefined, undefined]);
    expect(shown([[true, first]])).toEqual([undefined]);
  });
});
