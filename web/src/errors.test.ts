import { describe as suite, expect, it } from 'vitest';
import { fieldErrors } from './errors';

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
