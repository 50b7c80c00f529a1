import { ParseUUIDPipe } from '@nestjs/common';
import { BadInputError } from './errors.js';

/** Validates an id argument as a UUID; a malformed one is BAD_USER_INPUT at `path`. */
export const uuidArg = (path: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () => new BadInputError([{ path, message: 'must be a UUID' }]),
  });
