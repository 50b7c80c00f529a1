import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  loadPack,
  PackInvalidError,
  PACKS_ROOT,
  packQuestionHash,
  validatePackDir,
  validatePackFile,
} from '../src/taxonomy/pack/pack-loader.js';
import type { PackManifest, PackQuestion } from '../src/taxonomy/pack/pack.types.js';

const PACK = 'backend-engineering';
const SYSTEM_DESIGN = 'questions/system-design.json';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A private copy of the built-in pack; the folder keeps its name, which must match the pack's. */
function copyPack(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ik-pack-spec-'));
  temps.push(root);
  const dir = path.join(root, PACK);
  cpSync(path.join(PACKS_ROOT, PACK), dir, { recursive: true });
  return dir;
}

function edit<T>(dir: string, file: string, change: (data: T) => void): void {
  const target = path.join(dir, file);
  const data = JSON.parse(readFileSync(target, 'utf8')) as T;
  change(data);
  writeFileSync(target, JSON.stringify(data, null, 2));
}

const editQuestions = (dir: string, change: (questions: PackQuestion[]) => void) =>
  edit<{ questions: PackQuestion[] }>(dir, SYSTEM_DESIGN, (data) => change(data.questions));

describe('built-in pack', () => {
  const pack = loadPack(PACK);
  const { manifest, questions } = pack;
  const parentOf = new Map(manifest.categories.map((c) => [c.slug, c.parent]));
  const topOf = (slug: string): string => {
    const parent = parentOf.get(slug);
    return parent ? topOf(parent) : slug;
  };
  const tops = manifest.categories.filter((c) => c.parent === null).map((c) => c.slug);

  it('validates with no problems', () => {
    expect(validatePackDir(path.join(PACKS_ROOT, PACK))).toEqual([]);
    expect(validatePackFile(path.join(PACKS_ROOT, PACK, 'pack.json'))).toEqual([]);
    expect(validatePackFile(path.join(PACKS_ROOT, PACK, SYSTEM_DESIGN))).toEqual([]);
    expect(pack.dir).toBe(path.join(PACKS_ROOT, PACK));
  });

  it('has the required category tree and competencies', () => {
    expect(tops.length).toBeGreaterThanOrEqual(8);
    expect(tops).toEqual(
      expect.arrayContaining([
        'technical-proficiency',
        'system-design',
        'problem-solving-and-algorithms',
        'debugging-and-troubleshooting',
        'behavioral',
        'collaboration-and-communication',
        'motivation-and-growth',
        'candidate-questions',
      ]),
    );
    const technical = manifest.categories
      .filter((c) => c.parent === 'technical-proficiency')
      .map((c) => c.slug);
    expect(technical).toEqual(
      expect.arrayContaining([
        'apis',
        'databases',
        'caching',
        'security',
        'testing',
        'architecture',
        'operations',
      ]),
    );
    expect(manifest.competencies.length).toBeGreaterThanOrEqual(12);
  });

  it('has enough questions for every top-level category and seniority', () => {
    expect(questions.length).toBeGreaterThanOrEqual(90);
    const perTop = new Map<string, number>();
    for (const q of questions)
      perTop.set(topOf(q.category), (perTop.get(topOf(q.category)) ?? 0) + 1);
    expect(tops.filter((top) => !perTop.get(top))).toEqual([]);
    const levels = ['JUNIOR', 'MID', 'SENIOR', 'STAFF'] as const;
    const rare = levels.filter((l) => questions.filter((q) => q.seniority.includes(l)).length < 20);
    expect(rare).toEqual([]);
  });

  it('gives every rated question a complete rubric, and every question interviewer material', () => {
    const levels = manifest.ratingScale.length;
    const filled = (texts: string[]) => texts.length > 0 && texts.every((t) => t.trim() !== '');
    const rated = questions.filter((q) => q.type !== 'CANDIDATE_QUESTION');
    expect(rated.length).toBeGreaterThan(100);
    // Candidate questions prepare the interviewer: never rated, so no rubric at all.
    expect(questions.filter((q) => !rated.includes(q) && q.rubric)).toEqual([]);
    const incomplete = questions
      .filter(
        (q) =>
          (rated.includes(q) &&
            (!q.rubric ||
              q.rubric.criteria.length < 2 ||
              q.rubric.criteria.length > 4 ||
              q.rubric.criteria.some((c) => c.anchors.length !== levels || !filled(c.anchors)))) ||
          q.guidance.trim() === '' ||
          !filled(q.followUps) ||
          !filled(q.strongSignals) ||
          !filled(q.redFlags),
      )
      .map((q) => q.key);
    expect(incomplete).toEqual([]);
  });
});

describe('a broken pack', () => {
  it('reports a criterion weight of 0', () => {
    const dir = copyPack();
    editQuestions(dir, (qs) => (qs[0].rubric!.criteria[0].weight = 0));
    expect(validatePackDir(dir)).toEqual([
      {
        file: SYSTEM_DESIGN,
        path: 'questions[0].rubric.criteria[0].weight',
        message: expect.stringContaining('greater than 0'),
      },
    ]);
  });

  it('reports a criterion with 3 anchors on a 4-level scale', () => {
    const dir = copyPack();
    editQuestions(dir, (qs) => qs[0].rubric!.criteria[1].anchors.pop());
    expect(validatePackDir(dir)).toEqual([
      {
        file: SYSTEM_DESIGN,
        path: 'questions[0].rubric.criteria[1].anchors',
        message: expect.stringMatching(/at least 4 .*has 3/),
      },
    ]);
  });

  it('reports a question in a category that does not exist', () => {
    const dir = copyPack();
    editQuestions(dir, (qs) => (qs[2].category = 'no-such-category'));
    expect(validatePackDir(dir)).toEqual([
      {
        file: SYSTEM_DESIGN,
        path: 'questions[2].category',
        message: expect.stringContaining('"no-such-category", which is not a category'),
      },
    ]);
  });

  it('reports a question filed under another top-level category', () => {
    const dir = copyPack();
    editQuestions(dir, (qs) => (qs[0].category = 'apis'));
    expect(validatePackDir(dir)).toEqual([
      {
        file: SYSTEM_DESIGN,
        path: 'questions[0].category',
        message: expect.stringContaining('belongs under "technical-proficiency"'),
      },
    ]);
  });

  it('reports a cycle of category parents once', () => {
    const dir = copyPack();
    let first = -1;
    edit<PackManifest>(dir, 'pack.json', (manifest) => {
      const apis = manifest.categories.findIndex((c) => c.slug === 'apis');
      const databases = manifest.categories.findIndex((c) => c.slug === 'databases');
      manifest.categories[apis].parent = 'databases';
      manifest.categories[databases].parent = 'apis';
      first = Math.min(apis, databases);
    });
    expect(validatePackDir(dir)).toEqual([
      {
        file: 'pack.json',
        path: `categories[${first}].parent`,
        message: expect.stringContaining('cycle'),
      },
    ]);
  });

  it('reports a duplicated question key where it repeats', () => {
    const dir = copyPack();
    editQuestions(dir, (qs) => (qs[1].key = qs[0].key));
    expect(validatePackDir(dir)).toEqual([
      {
        file: SYSTEM_DESIGN,
        path: 'questions[1].key',
        message: expect.stringContaining(`questions[0] in ${SYSTEM_DESIGN}`),
      },
    ]);
  });

  it('reports a key that repeats one in another file, also when checking that file alone', () => {
    const dir = copyPack();
    const manifest = loadPack(dir).manifest;
    expect(manifest.questionFiles.indexOf(SYSTEM_DESIGN)).toBeGreaterThan(0);
    const otherKey = loadPack(dir).questions[0].key;
    editQuestions(dir, (qs) => (qs[3].key = otherKey));
    const expected = {
      file: SYSTEM_DESIGN,
      path: 'questions[3].key',
      message: expect.stringContaining(`repeats "${otherKey}"`),
    };
    expect(validatePackDir(dir)).toEqual([expected]);
    expect(validatePackFile(path.join(dir, SYSTEM_DESIGN))).toEqual([expected]);
  });

  it('reports an unparsable question file and still checks the rest', () => {
    const dir = copyPack();
    writeFileSync(path.join(dir, SYSTEM_DESIGN), '{ "questions": [ { "key": ');
    edit<PackManifest>(dir, 'pack.json', (manifest) => (manifest.version = '2'));
    expect(validatePackDir(dir)).toEqual([
      {
        file: 'pack.json',
        path: 'version',
        message: expect.stringContaining('semantic version'),
      },
      { file: SYSTEM_DESIGN, path: '', message: expect.stringContaining('not valid JSON') },
    ]);
  });

  it('reports a listed question file that does not exist', () => {
    const dir = copyPack();
    rmSync(path.join(dir, SYSTEM_DESIGN));
    const problems = validatePackDir(dir);
    expect(problems).toEqual([
      {
        file: 'pack.json',
        path: expect.stringMatching(/^questionFiles\[\d+\]$/),
        message: expect.stringContaining('does not exist'),
      },
    ]);
    expect(validatePackFile(path.join(dir, SYSTEM_DESIGN))).toEqual([
      { file: SYSTEM_DESIGN, path: '', message: 'does not exist' },
    ]);
  });

  it('is refused by loadPack with every problem', () => {
    const dir = copyPack();
    editQuestions(dir, (qs) => {
      qs[0].rubric!.criteria[0].weight = 0;
      qs[1].rubric!.criteria[0].competency = 'no-such-competency';
    });
    let thrown: unknown;
    try {
      loadPack(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PackInvalidError);
    expect((thrown as PackInvalidError).problems).toEqual([
      expect.objectContaining({ path: 'questions[0].rubric.criteria[0].weight' }),
      expect.objectContaining({
        path: 'questions[1].rubric.criteria[0].competency',
        message: expect.stringContaining('not a competency'),
      }),
    ]);
    expect(() => loadPack('no-such-pack')).toThrow(PackInvalidError);
  });
});

describe('packQuestionHash', () => {
  const question = loadPack(PACK).questions[0];
  const hash = packQuestionHash(question);

  /** The same data with every object's keys in reverse order. */
  const reordered = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reordered);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, inner]) => [key, reordered(inner)]),
    );
  };

  /** Where every string in the question sits, as a list of keys and indexes. */
  const textPaths = (value: unknown, at: (string | number)[] = []): (string | number)[][] => {
    if (typeof value === 'string') return [at];
    if (Array.isArray(value)) return value.flatMap((item, i) => textPaths(item, [...at, i]));
    if (typeof value === 'object' && value !== null) {
      return Object.entries(value).flatMap(([key, inner]) => textPaths(inner, [...at, key]));
    }
    return [];
  };
  /** A copy with the string at `at` changed. */
  const withText = (at: (string | number)[]): PackQuestion => {
    const copy = structuredClone(question) as unknown as Record<string | number, unknown>;
    const parent = at.slice(0, -1).reduce<any>((node, key) => node[key], copy);
    parent[at[at.length - 1]] += '!';
    return copy as unknown as PackQuestion;
  };

  it('is a sha256 hex digest that ignores key order', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(packQuestionHash(reordered(question) as PackQuestion)).toBe(hash);
    expect(packQuestionHash(structuredClone(question))).toBe(hash);
  });

  it('changes when any text, number or order changes', () => {
    const paths = textPaths(question);
    expect(paths.length).toBeGreaterThan(20);
    const hashes = paths.map((at) => packQuestionHash(withText(at)));
    expect(hashes).not.toContain(hash);
    expect(new Set(hashes).size).toBe(hashes.length);

    const heavier = structuredClone(question);
    heavier.rubric!.criteria[0].weight += 1;
    expect(packQuestionHash(heavier)).not.toBe(hash);
    const swapped = structuredClone(question);
    swapped.rubric!.criteria.reverse();
    expect(packQuestionHash(swapped)).not.toBe(hash);
  });
});
