import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { BadInputError, type FieldProblem } from './errors.js';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

function flatten(errors: ValidationError[], prefix: string, out: FieldProblem[]): FieldProblem[] {
  for (const error of errors) {
    const path = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : prefix
        ? `${prefix}.${error.property}`
        : error.property;
    for (const message of Object.values(error.constraints ?? {})) out.push({ path, message });
    if (error.children?.length) flatten(error.children, path, out);
  }
  return out;
}

/**
 * Validates every @Args/@Body class with class-validator. Failures become BAD_USER_INPUT
 * with one entry per field, its path starting at the argument name (`input.email`).
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (!type || PRIMITIVES.has(type) || value === undefined || value === null) return value;
    if (metadata.type === 'custom') return value;
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw new BadInputError(flatten(errors, metadata.data ?? '', []));
    return instance;
  }
}
