/** Where the packs and their JSON schemas are, and schema errors in an author's words. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

/** One thing wrong with a pack, precise enough for an author to find and fix it. */
export interface PackProblem {
  /** Relative to the pack folder, with forward slashes: `pack.json`, `questions/behavioral.json`. */
  file: string;
  /** Dotted path inside the file, e.g. `questions[3].rubric.criteria[1].weight`; '' for the file. */
  path: string;
  message: string;
}

export class PackInvalidError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: PackProblem[],
  ) {
    const first = problems[0];
    super(
      `The pack in ${dir} has ${problems.length} problem(s)` +
        (first ? `, the first: ${first.file} ${first.path}: ${first.message}` : ''),
    );
    this.name = 'PackInvalidError';
  }
}

export const MANIFEST = 'pack.json';

/**
 * The module runs from src/taxonomy/pack under jest and from dist/src/taxonomy/pack once built
 * (and from /app/dist in the image, next to /app/packs), so the depth to the repository root
 * differs: look for the library instead of counting levels.
 */
function findPacksRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'packs');
    if (existsSync(path.join(candidate, 'pack.schema.json'))) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  // Not found: keep the app bootable (it may not use packs at all); loading a pack will then
  // fail with a clear "does not exist" instead.
  return path.resolve(here, '../../../packs');
}

/** Absolute path of the built-in library: one folder per pack, plus the JSON schemas. */
export const PACKS_ROOT = findPacksRoot();

interface Validators {
  manifest: ValidateFunction;
  questionFile: ValidateFunction;
}

let validators: Validators | undefined;

/** Compiling the schemas costs far more than running them, so it happens once per process. */
export function schemaValidators(): Validators {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    // ajv-formats is CommonJS, so NodeNext types the default import as the module object;
    // `.default` is the plugin both in Node and under jest.
    ajvFormats.default(ajv);
    const schema = (name: string): object =>
      JSON.parse(readFileSync(path.join(PACKS_ROOT, name), 'utf8')) as object;
    validators = {
      manifest: ajv.compile(schema('pack.schema.json')),
      questionFile: ajv.compile(schema('question-file.schema.json')),
    };
  }
  return validators;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}

/** `/questions/3/rubric` (ajv's JSON pointer) to `questions[3].rubric`. */
function dottedPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<string>(
      (acc, segment) => childPath(acc, /^\d+$/.test(segment) ? Number(segment) : segment),
      '',
    );
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const segment of pointer.split('/').slice(1)) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(value)) value = value[Number(key)];
    else if (isRecord(value)) value = value[key];
    else return undefined;
  }
  return value;
}

/** A problem at `at` or anywhere below it means that part of the data cannot be trusted. */
export function isSound(problems: PackProblem[], at: string): boolean {
  return !problems.some(
    (p) => p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`),
  );
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  null: 'null',
};

// Keyed by the schemas' own patterns; a pattern not listed here gets a generic message.
const PATTERN_HINTS: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'must be lowercase kebab-case, like "rate-limiting"',
  '^questions/[a-z0-9]+(-[a-z0-9]+)*\\.json$':
    'must be a path like "questions/<top-level-category-slug>.json"',
  '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$':
    'must be a semantic version, like "1.2.0"',
};

function typeNames(type: unknown): string {
  return ([] as unknown[])
    .concat(type)
    .map((t) => TYPE_NAMES[String(t)] ?? String(t))
    .join(' or ');
}

/** ajv's messages are terse and pointer-based; authors get a dotted path and plain English. */
function describeError(error: ErrorObject, data: unknown): { path: string; message: string } {
  const at = dottedPath(error.instancePath);
  const value = valueAt(data, error.instancePath);
  const params = error.params as Record<string, unknown>;
  const shown = JSON.stringify(value);
  const length = Array.isArray(value) ? value.length : 0;
  switch (error.keyword) {
    case 'required':
      return { path: childPath(at, String(params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return {
        path: childPath(at, String(params.additionalProperty)),
        message: 'is not an allowed property',
      };
    case 'type':
      return { path: at, message: `must be ${typeNames(params.type)}` };
    case 'enum':
      return {
        path: at,
        message: `must be one of ${(params.allowedValues as unknown[]).join(', ')} (is ${shown})`,
      };
    case 'const':
      return { path: at, message: `must be ${JSON.stringify(params.allowedValue)} (is ${shown})` };
    case 'minItems':
      return {
        path: at,
        message: `must have at least ${plural(Number(params.limit), 'item')} (has ${length})`,
      };
    case 'maxItems':
    case 'items':
      return {
        path: at,
        message: `must have at most ${plural(Number(params.limit), 'item')} (has ${length})`,
      };
    case 'uniqueItems': {
      const repeated = Array.isArray(value) ? JSON.stringify(value[Number(params.i)]) : '';
      return { path: at, message: `must not repeat items (${repeated} appears more than once)` };
    }
    case 'minLength':
      return {
        path: at,
        message:
          params.limit === 1
            ? 'must not be empty'
            : `must be at least ${plural(Number(params.limit), 'character')} long`,
      };
    case 'maxLength':
      return { path: at, message: `must be at most ${plural(Number(params.limit), 'character')}` };
    case 'pattern': {
      const pattern = String(params.pattern);
      const hint = PATTERN_HINTS[pattern] ?? `must match the pattern ${pattern}`;
      return { path: at, message: `${hint} (is ${shown})` };
    }
    case 'minimum':
      return { path: at, message: `must be at least ${String(params.limit)} (is ${shown})` };
    case 'maximum':
      return { path: at, message: `must be at most ${String(params.limit)} (is ${shown})` };
    case 'exclusiveMinimum':
      return { path: at, message: `must be greater than ${String(params.limit)} (is ${shown})` };
    case 'exclusiveMaximum':
      return { path: at, message: `must be less than ${String(params.limit)} (is ${shown})` };
    case 'false schema':
      return { path: at, message: 'is not allowed' };
    case 'format':
      return { path: at, message: `must be a valid ${String(params.format)} (is ${shown})` };
    default:
      return { path: at, message: error.message ?? 'is invalid' };
  }
}

/**
 * With allErrors, a failed anyOf brings one error per alternative. Report the alternatives whose
 * type matched the value (their errors are the real ones); if none matched, just the types.
 */
function describeAlternatives(
  group: ErrorObject,
  errors: ErrorObject[],
  data: unknown,
): { path: string; message: string }[] {
  const prefix = `${group.schemaPath}/`;
  const branches = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (!error.schemaPath.startsWith(prefix)) continue;
    const branch = error.schemaPath.slice(prefix.length).split('/')[0];
    branches.set(branch, [...(branches.get(branch) ?? []), error]);
  }
  const wrongType = (e: ErrorObject) =>
    e.keyword === 'type' && e.instancePath === group.instancePath;
  const fitting = [...branches.values()].filter((branch) => !branch.some(wrongType));
  if (fitting.length > 0) return fitting.flat().map((e) => describeError(e, data));
  const types = errors.filter((e) => e.schemaPath.startsWith(prefix) && wrongType(e));
  return [
    {
      path: dottedPath(group.instancePath),
      message: `must be ${types.map((e) => typeNames(e.params.type)).join(' or ')}`,
    },
  ];
}

export function schemaProblems(
  file: string,
  data: unknown,
  validate: ValidateFunction,
): PackProblem[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const groups = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const inGroup = (e: ErrorObject) =>
    groups.some((g) => g !== e && e.schemaPath.startsWith(`${g.schemaPath}/`));
  const described = errors
    .filter((e) => !inGroup(e))
    .flatMap((e) =>
      groups.includes(e) ? describeAlternatives(e, errors, data) : [describeError(e, data)],
    );
  // A $ref next to sibling keywords can report the same fault twice.
  const unique = new Map(described.map((d) => [`${d.path}\n${d.message}`, d]));
  return [...unique.values()].map((d) => ({ file, ...d }));
}

/** One line (V8 may quote the offending source), with a line and column when V8 gives none. */
export function jsonSyntaxMessage(raw: string, error: Error): string {
  const message = error.message.replace(/\s+/g, ' ').trim();
  const position = /at position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const before = raw.slice(0, Number(position[1])).split('\n');
  return `${message} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}
