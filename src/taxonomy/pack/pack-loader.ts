import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { AnchorTexts, manifestQuality, questionQuality } from './pack-quality.js';
import { templateProblems } from './pack-templates.js';
import type {
  LoadedPack,
  PackCategory,
  PackManifest,
  PackQuestion,
  PackQuestionFile,
} from './pack.types.js';

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

const MANIFEST = 'pack.json';

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
function schemaValidators(): Validators {
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

function isRecord(value: unknown): value is Record<string, unknown> {
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
function isSound(problems: PackProblem[], at: string): boolean {
  return !problems.some(
    (p) => p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`),
  );
}

function plural(n: number, word: string): string {
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

function schemaProblems(file: string, data: unknown, validate: ValidateFunction): PackProblem[] {
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
function jsonSyntaxMessage(raw: string, error: Error): string {
  const message = error.message.replace(/\s+/g, ' ').trim();
  const position = /at position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const before = raw.slice(0, Number(position[1])).split('\n');
  return `${message} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

/** What the question checks need from a manifest that passed its schema. */
interface PackIndex {
  manifest: PackManifest;
  categories: Map<string, PackCategory>;
  /** Top-level ancestor of each category whose ancestry resolves (no unknown parent, no cycle). */
  topOf: Map<string, string>;
  competencies: Set<string>;
}

interface ManifestReading {
  /** The questionFiles entries safe to open, with their position in the list. */
  files: { index: number; file: string }[];
  /** Only when the manifest passed its schema: references cannot be resolved against less. */
  index?: PackIndex;
}

/** Collects problems while reading one pack folder; every read failure becomes a problem. */
class PackCheck {
  readonly problems: PackProblem[] = [];
  /** Question key to where it was first seen, for the pack-wide uniqueness rule. */
  private readonly keys = new Map<string, string>();
  /** Anchor texts across the checked files, for the "no anchor reused" rule. */
  readonly anchorTexts = new AnchorTexts();

  constructor(readonly dir: string) {}

  report(file: string, at: string, message: string): void {
    this.problems.push({ file, path: at, message });
  }

  /** Parsed JSON, or undefined (which JSON cannot produce) after reporting why not. */
  readJson(file: string): unknown {
    let raw: string;
    try {
      raw = readFileSync(path.join(this.dir, file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      this.report(
        file,
        '',
        code === 'ENOENT' ? 'does not exist' : `cannot be read: ${(error as Error).message}`,
      );
      return undefined;
    }
    try {
      return JSON.parse(raw) as unknown;
    } catch (error) {
      this.report(file, '', `is not valid JSON: ${jsonSyntaxMessage(raw, error as Error)}`);
      return undefined;
    }
  }

  private schema(file: string, data: unknown, validate: ValidateFunction): PackProblem[] {
    const found = schemaProblems(file, data, validate);
    this.problems.push(...found);
    return found;
  }

  manifest(): ManifestReading {
    const data = this.readJson(MANIFEST);
    if (data === undefined) return { files: [] };
    const found = this.schema(MANIFEST, data, schemaValidators().manifest);
    const listed = isRecord(data) && Array.isArray(data.questionFiles) ? data.questionFiles : [];
    // A file listed twice is reported by the schema; reading it twice would also report
    // every one of its keys as a duplicate.
    const files = listed.flatMap((file: unknown, index) =>
      typeof file === 'string' &&
      isSound(found, `questionFiles[${index}]`) &&
      listed.indexOf(file) === index
        ? [{ index, file }]
        : [],
    );
    if (found.length > 0) return { files };
    for (const p of manifestQuality(data as PackManifest)) this.report(MANIFEST, p.path, p.message);
    return { files, index: this.indexManifest(data as PackManifest) };
  }

  private indexManifest(manifest: PackManifest): PackIndex {
    const folder = path.basename(this.dir);
    if (manifest.name !== folder) {
      this.report(
        MANIFEST,
        'name',
        `is "${manifest.name}", but the pack folder is named "${folder}"; they must match`,
      );
    }

    const categories = new Map<string, PackCategory>();
    const slugAt = new Map<string, number>();
    manifest.categories.forEach((category, i) => {
      const first = slugAt.get(category.slug);
      if (first !== undefined) {
        this.report(
          MANIFEST,
          `categories[${i}].slug`,
          `repeats "${category.slug}", already the slug of categories[${first}]`,
        );
        return;
      }
      slugAt.set(category.slug, i);
      categories.set(category.slug, category);
    });
    manifest.categories.forEach((category, i) => {
      if (category.parent !== null && !categories.has(category.parent)) {
        this.report(
          MANIFEST,
          `categories[${i}].parent`,
          `refers to "${category.parent}", which is not a category in this pack`,
        );
      }
    });
    const topOf = this.resolveAncestry(categories, slugAt);

    const competencies = new Set<string>();
    const keyAt = new Map<string, number>();
    manifest.competencies.forEach((competency, i) => {
      const first = keyAt.get(competency.key);
      if (first !== undefined) {
        this.report(
          MANIFEST,
          `competencies[${i}].key`,
          `repeats "${competency.key}", already the key of competencies[${first}]`,
        );
        return;
      }
      keyAt.set(competency.key, i);
      competencies.add(competency.key);
    });

    manifest.questionFiles.forEach((file, i) => {
      const top = path.posix.basename(file, '.json');
      if (categories.get(top)?.parent !== null) {
        this.report(
          MANIFEST,
          `questionFiles[${i}]`,
          `is named after "${top}", which is not a top-level category; each question file holds one top-level category`,
        );
      }
    });

    return { manifest, categories, topOf, competencies };
  }

  /** Follows parents to the top, reporting each cycle once (at its first category). */
  private resolveAncestry(
    categories: Map<string, PackCategory>,
    slugAt: Map<string, number>,
  ): Map<string, string> {
    const topOf = new Map<string, string>();
    const settled = new Set<string>();
    for (const start of categories.keys()) {
      const trail: string[] = [];
      let current: string | null = start;
      let top: string | undefined;
      while (current !== null && !settled.has(current)) {
        const category = categories.get(current);
        if (!category) break; // unknown parent, reported already
        const loopsAt = trail.indexOf(current);
        if (loopsAt >= 0) {
          const cycle = trail.slice(loopsAt);
          const first = cycle.reduce((a, b) =>
            (slugAt.get(a) ?? 0) <= (slugAt.get(b) ?? 0) ? a : b,
          );
          const from = cycle.indexOf(first);
          const order = [...cycle.slice(from), ...cycle.slice(0, from), first];
          this.report(
            MANIFEST,
            `categories[${slugAt.get(first)}].parent`,
            `makes a cycle of parents (${order.join(' -> ')}); a category cannot be its own ancestor`,
          );
          break;
        }
        trail.push(current);
        if (category.parent === null) top = current;
        current = category.parent;
      }
      if (current !== null && settled.has(current)) top = topOf.get(current);
      for (const slug of trail) {
        settled.add(slug);
        if (top !== undefined) topOf.set(slug, top);
      }
    }
    return topOf;
  }

  /** Remembers the keys of a file without reporting anything about it. */
  rememberKeys(file: string): void {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.join(this.dir, file), 'utf8'));
    } catch {
      return;
    }
    if (!isRecord(data) || !Array.isArray(data.questions)) return;
    data.questions.forEach((q: unknown, k) => {
      if (isRecord(q) && typeof q.key === 'string' && !this.keys.has(q.key)) {
        this.keys.set(q.key, `questions[${k}] in ${file}`);
      }
    });
  }

  /** The file's questions that passed the schema, each checked against the pack. */
  questionFile(file: string, pack: PackIndex | undefined): PackQuestion[] {
    const data = this.readJson(file);
    if (data === undefined) return [];
    const found = this.schema(file, data, schemaValidators().questionFile);
    if (!isRecord(data) || !Array.isArray(data.questions)) return [];
    const top = path.posix.basename(file, '.json');
    const questions: PackQuestion[] = [];
    (data as unknown as PackQuestionFile).questions.forEach((question, k) => {
      const at = `questions[${k}]`;
      if (!isSound(found, at)) return;
      const first = this.keys.get(question.key);
      if (first !== undefined) {
        this.report(file, `${at}.key`, `repeats "${question.key}", already the key of ${first}`);
      } else {
        this.keys.set(question.key, `${at} in ${file}`);
      }
      if (pack) this.checkReferences(file, at, question, top, pack);
      // A candidate question prepares the interviewer and is never rated; every other is.
      const unrated = question.type === 'CANDIDATE_QUESTION';
      if (unrated === Boolean(question.rubric)) {
        this.report(
          file,
          `${at}.rubric`,
          unrated
            ? 'must be left out: a candidate question prepares the interviewer and is never rated'
            : 'is required for a rated question',
        );
      }
      for (const p of questionQuality(question)) this.report(file, `${at}${p.path}`, p.message);
      this.anchorTexts.note(question, file, at);
      questions.push(question);
    });
    return questions;
  }

  private checkReferences(
    file: string,
    at: string,
    question: PackQuestion,
    top: string,
    pack: PackIndex,
  ): void {
    if (!pack.categories.has(question.category)) {
      this.report(
        file,
        `${at}.category`,
        `refers to "${question.category}", which is not a category in this pack`,
      );
    } else {
      const actual = pack.topOf.get(question.category);
      // An unresolvable ancestry or a file not named after a top-level category is reported
      // on the manifest; repeating it for every question would bury it.
      if (actual !== undefined && pack.topOf.get(top) === top && actual !== top) {
        this.report(
          file,
          `${at}.category`,
          `"${question.category}" belongs under "${actual}", but this file holds the "${top}" questions`,
        );
      }
    }
    const levels = pack.manifest.ratingScale.length;
    (question.rubric?.criteria ?? []).forEach((criterion, c) => {
      const where = `${at}.rubric.criteria[${c}]`;
      if (!pack.competencies.has(criterion.competency)) {
        this.report(
          file,
          `${where}.competency`,
          `refers to "${criterion.competency}", which is not a competency in this pack`,
        );
      }
      if (criterion.anchors.length !== levels) {
        this.report(
          file,
          `${where}.anchors`,
          `has ${plural(criterion.anchors.length, 'anchor')}, but the rating scale has ${levels} levels; give one anchor per level`,
        );
      }
      criterion.anchors.forEach((anchor, a) => {
        const same = criterion.anchors.indexOf(anchor);
        if (same < a) {
          this.report(
            file,
            `${where}.anchors[${a}]`,
            `repeats anchors[${same}]; each level needs its own description`,
          );
        }
      });
    });
  }
}

interface PackReading {
  problems: PackProblem[];
  manifest?: PackManifest;
  questions: PackQuestion[];
}

function readPack(dir: string): PackReading {
  const check = new PackCheck(dir);
  const { files, index } = check.manifest();
  const questions: PackQuestion[] = [];
  for (const { index: i, file } of files) {
    if (!existsSync(path.join(dir, file))) {
      check.report(MANIFEST, `questionFiles[${i}]`, `names ${file}, which does not exist`);
      continue;
    }
    questions.push(...check.questionFile(file, index));
  }
  for (const p of check.anchorTexts.repeats()) check.report(p.file, p.path, p.message);
  // Templates are checked against sound questions only: a broken or renamed question would
  // otherwise echo through every template that uses it.
  if (index && check.problems.length === 0) {
    for (const p of templateProblems(index.manifest, questions)) {
      check.report(MANIFEST, p.path, p.message);
    }
  }
  return { problems: check.problems, manifest: index?.manifest, questions };
}

/** Every problem with the pack in `dir` (schemas and cross-references); [] when it is valid. */
export function validatePackDir(dir: string): PackProblem[] {
  return readPack(path.resolve(dir)).problems;
}

/**
 * `file` is a pack.json (or a pack folder): the whole pack is checked. Otherwise it is one
 * question file: its schema, plus its references to the sibling ../pack.json when there is one
 * (whose own problems are included, since the references depend on it).
 */
export function validatePackFile(file: string): PackProblem[] {
  const absolute = path.resolve(file);
  if (path.basename(absolute) === MANIFEST) return validatePackDir(path.dirname(absolute));
  if (existsSync(absolute) && statSync(absolute).isDirectory()) return validatePackDir(absolute);

  const dir = path.dirname(path.dirname(absolute));
  const relative = path.relative(dir, absolute).split(path.sep).join('/');
  const check = new PackCheck(dir);
  let index: PackIndex | undefined;
  if (existsSync(path.join(dir, MANIFEST))) {
    const manifest = check.manifest();
    index = manifest.index;
    for (const { file: other } of manifest.files) {
      if (other !== relative) check.rememberKeys(other);
    }
  }
  check.questionFile(relative, index);
  for (const p of check.anchorTexts.repeats()) check.report(p.file, p.path, p.message);
  return check.problems;
}

function packDir(nameOrDir: string): string {
  const bare = !/[\\/]/.test(nameOrDir) && nameOrDir !== '.' && nameOrDir !== '..';
  return bare ? path.join(PACKS_ROOT, nameOrDir) : path.resolve(nameOrDir);
}

/**
 * A built-in pack by name, or any pack folder by path. Throws PackInvalidError listing every
 * problem rather than importing a pack that is partly wrong.
 */
export function loadPack(nameOrDir: string): LoadedPack {
  const dir = packDir(nameOrDir);
  const { problems, manifest, questions } = readPack(dir);
  if (problems.length > 0 || !manifest) throw new PackInvalidError(dir, problems);
  return { manifest, questions, dir };
}

/** Names of the built-in packs: the folders under PACKS_ROOT that hold a pack.json. */
export function listPacks(): string[] {
  if (!existsSync(PACKS_ROOT)) return [];
  return readdirSync(PACKS_ROOT, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(PACKS_ROOT, entry.name, MANIFEST)),
    )
    .map((entry) => entry.name)
    .sort();
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (isRecord(value)) {
    const fields = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Fingerprint of a question's whole content, stored by the importer to tell whether a new pack
 * version changed it. Key order is normalised so reformatting a file changes nothing; the
 * encoding must stay stable, or every imported question would look changed.
 */
export function packQuestionHash(question: PackQuestion): string {
  return createHash('sha256').update(canonicalJson(question)).digest('hex');
}
