import { describe as suite, expect, it } from 'vitest';
import { fieldErrors } from './errors';

suite('fieldErrors', () => {
  it('keys each message by the field its path names and keeps the rest under ""', () => {
    const errors = fieldErrors([
      {
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { path: 'input.email', message: 'email must be an email' },
            { path: 'input.email', message: 'email is too long' },
          ],
        },
      },
      { message: 'The e-mail, password or tenant is not correct.', extensions: { code: 'X' } },
    ]);
    expect(errors).toEqual({
      email: 'email must be an email email is too long',
      '': 'The e-mail, password or tenant is not correct.',
    });
  });
});
