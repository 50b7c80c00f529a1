/** The pack API: validate a pack or a file, load a pack, list the built-in ones. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LoadedPack, PackQuestion } from './pack.types.js';
import { PackCheck, readPack, type PackIndex } from './pack-check.js';
import {
  isRecord,
  MANIFEST,
  PACKS_ROOT,
  PackInvalidError,
  type PackProblem,
} from './pack-schema.js';

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
