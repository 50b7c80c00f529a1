import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, ValidateBy, type ValidationError } from 'class-validator';
import { BadInputError, type FieldProblem } from './errors.js';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);
const NULL_CLEARS = 'nullClears';

/** Dates the API accepts: four-digit years, so every stored instant reads back as ISO-8601. */
export const EARLIEST_DATE = Date.UTC(1900, 0, 1);
export const LATEST_DATE = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * Marks an input field whose explicit `null` means "clear this value". Every other input field
 * refuses `null` (omit it to leave the value unchanged): a null would otherwise reach a NOT NULL
 * column as an INTERNAL error, or clear what the caller did not mean to.
 */
export function NullClears(): PropertyDecorator {
  // Kept as class-validator metadata so that PartialType and PickType copies keep it.
  return ValidateBy({ name: NULL_CLEARS, validator: { validate: () => true } });
}

function nullClears(owner: object, key: string): boolean {
  return getMetadataStorage()
    .getTargetValidationMetadatas(owner.constructor, '', true, false)
    .some((m) => m.propertyName === key && m.name === NULL_CLEARS);
}

/**
 * A number with at most `places` decimals (money-like values stored as numeric(p, places)).
 * class-validator's own maxDecimalPlaces throws on exponent forms such as 5e-324.
 */
export function HasAtMostDecimals(places: number): PropertyDecorator {
  const scale = 10 ** places;
  return ValidateBy({
    name: 'hasAtMostDecimals',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'number' &&
        Number.isFinite(value) &&
        Math.abs(Math.round(value * scale) - value * scale) < 1e-6,
      defaultMessage: () => `must be a number with at most ${places} decimals`,
    },
  });
}

/** String.prototype.isWellFormed (ES2024), which the ES2023 typings do not declare yet. */
const isWellFormed = (text: string): boolean =>
  (text as string & { isWellFormed(): boolean }).isWellFormed();

const join = (prefix: string, key: string | number): string =>
  typeof key === 'number' ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key;

/**
 * What no field of any input may hold, whatever its own rules: text PostgreSQL cannot store (NUL)
 * or that is not Unicode (a lone surrogate), dates outside four-digit years, numbers that are not
 * finite, and nulls where null clears nothing. Runs before the per-field rules, which may assume
 * well-formed values.
 */
function sanityProblems(
  value: unknown,
  path: string,
  out: FieldProblem[],
  nullable: boolean,
): FieldProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ path, message: 'must not contain a NUL character' });
    else if (!isWellFormed(value)) {
      out.push({ path, message: 'must be valid Unicode text (it holds a lone surrogate)' });
    }
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push({ path, message: 'must be a finite number' });
  } else if (value instanceof Date) {
    const time = value.getTime();
    if (!(time >= EARLIEST_DATE && time <= LATEST_DATE)) {
      out.push({ path, message: 'must be a date between the years 1900 and 9999' });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item === null) out.push({ path: join(path, i), message: 'must not be null' });
      else sanityProblems(item, join(path, i), out, false);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (field === null) {
        if (!nullable && !nullClears(value, key)) {
          out.push({
            path: join(path, key),
            message: 'must not be null (omit it to leave the value unchanged)',
          });
        }
      } else {
        sanityProblems(field, join(path, key), out, false);
      }
    }
  }
  return out;
}

/**
 * class-validator's default messages, said as the rest of the API says them: without the
 * field's name (the path names it) and in words a person reads beside the field.
 */
const PLAIN: [RegExp, (...m: string[]) => string][] = [
  [/^must be longer than or equal to 1 characters$/, () => 'must not be empty'],
  [
    /^must be longer than or equal to (\d+) characters$/,
    (n) => `must be at least ${n} characters long`,
  ],
  [
    /^must be shorter than or equal to (\d+) characters$/,
    (n) => `must be at most ${n} characters long`,
  ],
  [
    /^must be longer than or equal to (\d+) and shorter than or equal to (\d+) characters$/,
    (a, b) => `must be ${a} to ${b} characters long`,
  ],
  [/^must be an email$/, () => 'must be an e-mail address'],
  [/^must not be less than (.+)$/, (n) => `must be at least ${n}`],
  [/^must not be greater than (.+)$/, (n) => `must be at most ${n}`],
  [/^must be an integer number$/, () => 'must be a whole number'],
  [/^must contain at least 1 elements$/, () => 'must have at least one item'],
  [/^must contain at least (\d+) elements$/, (n) => `must have at least ${n} items`],
  [/^must contain no more than (\d+) elements$/, (n) => `must have at most ${n} items`],
];

/** A constraint's message for `property` in plain words (a message of our own stays as it is). */
export function plainMessage(message: string, property: string): string {
  const each = `each value in ${property} `;
  let prefix = '';
  let rest: string;
  if (message.startsWith(each)) [prefix, rest] = ['each value ', message.slice(each.length)];
  else if (message.startsWith(`${property} `)) rest = message.slice(property.length + 1);
  else return message;
  for (const [pattern, say] of PLAIN) {
    const match = pattern.exec(rest);
    if (match) return prefix + say(...match.slice(1));
  }
  return prefix + rest;
}

function flatten(errors: ValidationError[], prefix: string, out: FieldProblem[]): FieldProblem[] {
  for (const error of errors) {
    const path = join(
      prefix,
      /^\d+$/.test(error.property) ? Number(error.property) : error.property,
    );
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ path, message: plainMessage(message, error.property) });
    }
    if (error.children?.length) flatten(error.children, path, out);
  }
  return out;
}

/**
 * The one validation step for every argument of every resolver and route: first the checks no
 * field may fail (sanityProblems), then the class's own class-validator rules. Failures become
 * BAD_USER_INPUT with one entry per field, its path starting at the argument name
 * (`input.email`), and nothing runs.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameter decorators hand over what the server made (the principal), not input.
    if (metadata.type === 'custom' || value === undefined) return value;
    const type = metadata.metatype;
    const path = metadata.data ?? '';
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!path && type && !PRIMITIVES.has(type) && !isObject) {
      // A whole request body (the web app's /auth routes) that is JSON but not an object.
      throw new BadInputError([{ path: 'body', message: 'must be a JSON object' }]);
    }
    if (value === null) return value;
    const instance =
      !type || PRIMITIVES.has(type) || typeof value !== 'object'
        ? value
        : (plainToInstance(type, value) as object);
    // An unnamed argument object (@ArgsType) holds filters and paging, where clients send null
    // for "not given"; inside inputs, null must mean something (NullClears).
    const problems = sanityProblems(instance, path, [], !metadata.data);
    if (problems.length) throw new BadInputError(problems);
    if (instance === value) return value;
    const errors = await validate(instance as object, {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    if (errors.length) throw new BadInputError(flatten(errors, path, []));
    return instance;
  }
}
