import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPacks, loadPack, validatePackDir } from '../src/taxonomy/pack/pack-loader.js';
import { PACKS_ROOT } from '../src/taxonomy/pack/pack-schema.js';
import { questionQuality } from '../src/taxonomy/pack/pack-quality.js';
import type { PackQuestion } from '../src/taxonomy/pack/pack.types.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A multi-level question of the built-in pack, with the expectation at `level` replaced. */
function withExpectation(level: number, expectation: string): PackQuestion {
  const source = loadPack('backend-engineering').questions.find(
    (q) => q.type !== 'CANDIDATE_QUESTION' && q.seniority.length > 1,
  )!;
  const question = structuredClone(source);
  question.levelExpectations![level] = { ...question.levelExpectations![level], expectation };
  return question;
}

describe('level expectations that lean on the level below', () => {
  it.each([
    ['Also handles retries and says which errors are safe to retry.', 'Also'],
    ['in addition, plans the rollout with a way back and monitoring.', 'in addition'],
    ['As above, and explains the trade-off to leadership in plain terms.', 'As above'],
    ['Additionally names the cost of each option and picks one.', 'Additionally'],
    ['Same as mid, with a plan for the dominant tenant as well.', 'Same as'],
  ])('refuses "%s", naming the question and the level', (text, opening) => {
    const question = withExpectation(1, text);
    const level = question.levelExpectations![1].seniority;
    expect(questionQuality(question)).toEqual([
      {
        path: '.levelExpectations[1].expectation',
        message: expect.stringContaining(
          `of question "${question.key}" at ${level} opens with "${opening}"`,
        ),
      },
    ]);
  });

  it('accepts an expectation that reads on its own, even when a later word is "also"', () => {
    const question = withExpectation(
      1,
      'Designs the retry policy, and also says which errors must never be retried.',
    );
    expect(questionQuality(question)).toEqual([]);
  });

  it('is reported by pack:validate at the expectation, in its file', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ik-pack-quality-'));
    temps.push(root);
    const dir = path.join(root, 'engineering-management');
    cpSync(path.join(PACKS_ROOT, 'engineering-management'), dir, { recursive: true });
    const file = path.join(dir, 'questions', 'org-design.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { questions: PackQuestion[] };
    const i = data.questions.findIndex((q) => (q.levelExpectations ?? []).length > 1);
    const expectation = data.questions[i].levelExpectations![1];
    expectation.expectation = `Also ${expectation.expectation}`;
    writeFileSync(file, JSON.stringify(data, null, 2));
    expect(validatePackDir(dir)).toEqual([
      {
        file: 'questions/org-design.json',
        path: `questions[${i}].levelExpectations[1].expectation`,
        message: expect.stringContaining(
          `"${data.questions[i].key}" at ${expectation.seniority} opens with "Also"`,
        ),
      },
    ]);
  });

  it.each(listPacks())('is met by every expectation of the built-in pack %s', (name) => {
    const leaning = loadPack(name).questions.flatMap((q) =>
      questionQuality(q).filter((p) => p.path.endsWith('.expectation')),
    );
    expect(leaning).toEqual([]);
  });
});
