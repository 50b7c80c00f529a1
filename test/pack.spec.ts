import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  listPacks,
  loadPack,
  packQuestionHash,
  validatePackDir,
  validatePackFile,
} from '../src/taxonomy/pack/pack-loader.js';
import { PACKS_ROOT } from '../src/taxonomy/pack/pack-schema.js';
import { PackInvalidError } from '../src/taxonomy/pack/pack-schema.js';
import { AnchorTexts } from '../src/taxonomy/pack/pack-quality.js';
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

describe('the quality bar', () => {
  const problemsAt = (dir: string) =>
    validatePackDir(dir).map((p) => ({ file: p.file, path: p.path, message: p.message }));

  it('refuses an anchor of four words or fewer, naming where it is', () => {
    const dir = copyPack();
    editQuestions(dir, (qs) => (qs[0].rubric!.criteria[0].anchors[0] = 'Not considered at all.'));
    expect(problemsAt(dir)).toEqual([
      {
        file: SYSTEM_DESIGN,
        path: 'questions[0].rubric.criteria[0].anchors[0]',
        message: expect.stringMatching(/has 4 words/),
      },
    ]);
  });

  it('refuses a top anchor that only adds items to the level below', () => {
    const dir = copyPack();
    editQuestions(dir, (qs) => {
      qs[0].rubric!.criteria[0].anchors[3] =
        'Also mentions consistent hashing, sharding and geo-replication.';
    });
    expect(problemsAt(dir)).toEqual([
      {
        file: SYSTEM_DESIGN,
        path: 'questions[0].rubric.criteria[0].anchors[3]',
        message: expect.stringContaining('better judgement'),
      },
    ]);
  });

  it('refuses loop templates that would fail the coverage check', () => {
    const dir = copyPack();
    edit<PackManifest>(dir, 'pack.json', (manifest) => {
      const [stage] = manifest.loopTemplates[0].stages;
      stage.focusCompetencies = [...stage.focusCompetencies, 'concurrency', 'no-such-competency'];
      stage.durationMinutes = 5;
      stage.questions = [...stage.questions, 'no-such-question', 'lead-setting-direction'];
    });
    const at = 'loopTemplates[0].stages[0]';
    const n = loadPack(PACK).manifest.loopTemplates[0].stages[0].questions.length;
    const f = loadPack(PACK).manifest.loopTemplates[0].stages[0].focusCompetencies.length;
    expect(problemsAt(dir)).toEqual([
      {
        file: 'pack.json',
        path: `${at}.questions[${n}]`,
        message: expect.stringContaining('not a question'),
      },
      {
        file: 'pack.json',
        path: `${at}.questions[${n + 1}]`,
        message: expect.stringContaining('not tagged JUNIOR'),
      },
      {
        file: 'pack.json',
        path: `${at}.durationMinutes`,
        message: expect.stringContaining('is 5'),
      },
      {
        file: 'pack.json',
        path: `${at}.focusCompetencies[${f}]`,
        message: expect.stringContaining('assessed by none'),
      },
      {
        file: 'pack.json',
        path: `${at}.focusCompetencies[${f + 1}]`,
        message: expect.stringContaining('not a competency'),
      },
    ]);
  });

  it('refuses an anchor reused in another question, even in another file and with other case', () => {
    const dir = copyPack();
    const behavioural = 'questions/behavioral.json';
    let text = '';
    editQuestions(dir, (qs) => (text = qs[1].rubric!.criteria[1].anchors[2]));
    edit<{ questions: PackQuestion[] }>(dir, behavioural, (data) => {
      data.questions[0].rubric!.criteria[0].anchors[2] = `${text.toUpperCase()} `;
    });
    // Files are read in the manifest's order: the later use is the one reported.
    expect(problemsAt(dir)).toEqual([
      {
        file: behavioural,
        path: 'questions[0].rubric.criteria[0].anchors[2]',
        message: expect.stringContaining(
          `questions[1].rubric.criteria[1].anchors[2] in ${SYSTEM_DESIGN}`,
        ),
      },
    ]);
  });

  it('refuses a multi-level question without an expectation for each of its levels', () => {
    const dir = copyPack();
    let key = '';
    editQuestions(dir, (qs) => {
      const multi = qs.find((q) => q.seniority.length > 1)!;
      key = multi.key;
      multi.levelExpectations = multi.levelExpectations!.slice(1);
    });
    const problems = problemsAt(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toMatch(/^questions\[\d+\]\.levelExpectations$/);
    expect(problems[0].message).toMatch(/^lacks [A-Z]+: /);
    expect(key).not.toBe('');
  });

  it('refuses an expectation for a level the question is not tagged with, or repeated', () => {
    const dir = copyPack();
    editQuestions(dir, (qs) => {
      const q = qs[0];
      const missing = (['JUNIOR', 'MID', 'SENIOR', 'STAFF'] as const).find(
        (s) => !q.seniority.includes(s),
      )!;
      q.levelExpectations = [
        ...q.levelExpectations!,
        { seniority: missing, expectation: 'Not a level of this question.' },
        { ...q.levelExpectations![0] },
      ];
    });
    const paths = problemsAt(dir).map((p) => p.path);
    const n = loadPack(PACK).questions.find((q) => q.key === 'sd-url-shortener')!.levelExpectations!
      .length;
    expect(paths).toEqual([
      `questions[0].levelExpectations[${n}].seniority`,
      `questions[0].levelExpectations[${n + 1}].seniority`,
    ]);
  });

  it('refuses behavioural and system design questions without worked examples of a 2 and a 3', () => {
    const dir = copyPack();
    editQuestions(
      dir,
      (qs) => (qs[0].exampleAnswers = qs[0].exampleAnswers!.filter((e) => e.score !== 2)),
    );
    expect(problemsAt(dir)).toEqual([
      {
        file: SYSTEM_DESIGN,
        path: 'questions[0].exampleAnswers',
        message: expect.stringContaining('scored 2'),
      },
    ]);
  });

  it('refuses thin guidance, a rubric on a candidate question, and a rated question without one', () => {
    const dir = copyPack();
    editQuestions(dir, (qs) => {
      qs[0].guidance = 'Ask it.';
      delete qs[1].rubric;
    });
    edit<{ questions: PackQuestion[] }>(dir, 'questions/candidate-questions.json', (data) => {
      data.questions[0].rubric = loadPack(PACK).questions.find((q) => q.rubric)!.rubric;
    });
    expect(problemsAt(dir)).toEqual(
      expect.arrayContaining([
        {
          file: SYSTEM_DESIGN,
          path: 'questions[0].guidance',
          message: expect.stringContaining('thin'),
        },
        {
          file: SYSTEM_DESIGN,
          path: 'questions[1].rubric',
          message: 'is required for a rated question',
        },
        {
          file: 'questions/candidate-questions.json',
          path: 'questions[0].rubric',
          message: expect.stringContaining('never rated'),
        },
      ]),
    );
  });

  it('refuses a pack without the interviewer guidance sections or a level definition', () => {
    const dir = copyPack();
    edit<PackManifest>(dir, 'pack.json', (manifest) => {
      manifest.interviewerGuidance = manifest.interviewerGuidance.filter((g) => g.key !== 'bias');
      manifest.seniorityLevels[0] = { ...manifest.seniorityLevels[1] };
    });
    expect(problemsAt(dir)).toEqual([
      { file: 'pack.json', path: 'seniorityLevels', message: expect.stringContaining('JUNIOR') },
      { file: 'pack.json', path: 'interviewerGuidance', message: 'lacks the section(s) bias' },
    ]);
  });

  it('ships level expectations on every multi-level rated question and examples where required', () => {
    const { questions } = loadPack(PACK);
    for (const q of questions.filter((x) => x.type !== 'CANDIDATE_QUESTION')) {
      if (q.seniority.length > 1) {
        expect([q.key, (q.levelExpectations ?? []).map((e) => e.seniority).sort()]).toEqual([
          q.key,
          [...q.seniority].sort(),
        ]);
      }
      if (q.type === 'BEHAVIORAL' || q.type === 'SYSTEM_DESIGN') {
        expect([q.key, q.exampleAnswers?.map((e) => e.score)]).toEqual([
          q.key,
          expect.arrayContaining([2, 3]),
        ]);
      }
    }
  });
});

describe.each(listPacks())('the built-in pack %s', (name) => {
  const { manifest, questions } = loadPack(name);
  const parentOf = new Map(manifest.categories.map((c) => [c.slug, c.parent]));
  const topOf = (slug: string): string => {
    const parent = parentOf.get(slug);
    return parent ? topOf(parent) : slug;
  };

  it('validates, and holds at least 60 questions spread over every top-level category and level', () => {
    expect(validatePackDir(path.join(PACKS_ROOT, name))).toEqual([]);
    expect(questions.length).toBeGreaterThanOrEqual(60);
    const tops = manifest.categories.filter((c) => c.parent === null).map((c) => c.slug);
    const used = new Set(questions.map((q) => topOf(q.category)));
    expect(tops.filter((top) => !used.has(top))).toEqual([]);
    const levels = ['JUNIOR', 'MID', 'SENIOR', 'STAFF'] as const;
    const counts = levels.map((l) => [l, questions.filter((q) => q.seniority.includes(l)).length]);
    expect(counts.filter(([, n]) => (n as number) < 20)).toEqual([]);
    const types = new Set(questions.map((q) => q.type));
    for (const type of ['BEHAVIORAL', 'TECHNICAL', 'SYSTEM_DESIGN', 'CANDIDATE_QUESTION']) {
      expect([type, types.has(type as never)]).toEqual([type, true]);
    }
  });

  it('assesses every competency it declares and ships a template for every level', () => {
    const assessed = new Set(
      questions.flatMap((q) => (q.rubric?.criteria ?? []).map((c) => c.competency)),
    );
    expect(manifest.competencies.map((c) => c.key).filter((k) => !assessed.has(k))).toEqual([]);
    expect(manifest.loopTemplates.map((tpl) => tpl.seniority).sort()).toEqual([
      'JUNIOR',
      'MID',
      'SENIOR',
      'STAFF',
    ]);
  });
});

describe('the built-in packs together', () => {
  it('never repeat an anchor from one pack in another', () => {
    // The validator sees one pack at a time; a pack copied from another would pass it.
    const texts = new AnchorTexts();
    for (const name of listPacks()) {
      loadPack(name).questions.forEach((q, i) => texts.note(q, name, `questions[${i}]`));
    }
    expect(texts.repeats()).toEqual([]);
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
