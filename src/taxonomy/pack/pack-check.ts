/** Reading one pack folder: its manifest, question files and cross-references, as problems. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { AnchorTexts, manifestQuality, questionQuality } from './pack-quality.js';
import { templateProblems } from './pack-templates.js';
import type { PackCategory, PackManifest, PackQuestion, PackQuestionFile } from './pack.types.js';
import {
  isRecord,
  isSound,
  jsonSyntaxMessage,
  MANIFEST,
  plural,
  schemaProblems,
  schemaValidators,
  type PackProblem,
} from './pack-schema.js';

/** What the question checks need from a manifest that passed its schema. */
export interface PackIndex {
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
export class PackCheck {
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

export function readPack(dir: string): PackReading {
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
