import type { PackManifest, PackQuestion, PackSeniority } from './pack.types.js';

/**
 * The quality bar of a pack, beyond its schema (issue 17): rules an interviewer's trust depends
 * on, checked by `pack:validate`, the pack test and every import, so that an edit cannot
 * quietly regress them. Paths are relative to the question (or the manifest).
 */

/** An anchor this short names no behaviour ("None.", "Not considered."). */
export const MIN_ANCHOR_WORDS = 5;

/**
 * A top anchor opening like this rewards naming more terms than the level below, not better
 * judgement ("Also mentions X", "Adds Y").
 */
const MORE_OF_THE_SAME = /^(also|adds?|additionally|plus|in addition)\b/i;

/**
 * A level expectation opening like this reads only next to the level below ("Also handles
 * retries", "As above, plus…"): an interviewer looking up one level sees half a sentence.
 */
const LEANS_ON_LEVEL_BELOW =
  /^(also|in addition|additionally|as above|as before|as at|as for|same as|the same as|plus|on top of|everything (at|in|from|above)|all of the above|like (the )?(junior|mid|senior)|beyond (that|this|the above|the level below))\b/i;

/** Interviewer guidance every pack ships, by section key. */
export const GUIDANCE_SECTIONS = ['structured-practice', 'bias', 'off-limits', 'note-taking'];

/** Question types whose calibration needs worked examples of a 2 and a 3. */
const EXAMPLE_TYPES = new Set(['BEHAVIORAL', 'SYSTEM_DESIGN']);

const SENIORITIES: PackSeniority[] = ['JUNIOR', 'MID', 'SENIOR', 'STAFF'];

export interface QualityProblem {
  path: string;
  message: string;
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** Normalised for comparison: case, spacing and final punctuation do not make a text new. */
export const anchorIdentity = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!\s]+$/, '')
    .trim();

export function questionQuality(question: PackQuestion): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const unrated = question.type === 'CANDIDATE_QUESTION';
  (question.rubric?.criteria ?? []).forEach((criterion, c) => {
    const top = criterion.anchors[criterion.anchors.length - 1];
    if (criterion.anchors.length > 1 && MORE_OF_THE_SAME.test(top.trim())) {
      problems.push({
        path: `.rubric.criteria[${c}].anchors[${criterion.anchors.length - 1}]`,
        message:
          'opens with "also" or "adds": the top level should describe better judgement, not more items than the level below',
      });
    }
    criterion.anchors.forEach((anchor, a) => {
      if (words(anchor) < MIN_ANCHOR_WORDS) {
        problems.push({
          path: `.rubric.criteria[${c}].anchors[${a}]`,
          message: `has ${words(anchor)} words; an anchor names the behaviour observed at its level (at least ${MIN_ANCHOR_WORDS} words)`,
        });
      }
    });
  });
  if (words(question.guidance) < 12) {
    problems.push({
      path: '.guidance',
      message:
        'is missing or too thin: tell the interviewer how to run the question (12 words or more)',
    });
  }
  const expected = question.levelExpectations ?? [];
  const given = new Set<PackSeniority>();
  expected.forEach((e, i) => {
    if (!question.seniority.includes(e.seniority)) {
      problems.push({
        path: `.levelExpectations[${i}].seniority`,
        message: `is ${e.seniority}, which is not a seniority of this question`,
      });
    } else if (given.has(e.seniority)) {
      problems.push({ path: `.levelExpectations[${i}].seniority`, message: 'repeats a level' });
    }
    given.add(e.seniority);
    const leans = LEANS_ON_LEVEL_BELOW.exec(e.expectation.trim());
    if (leans) {
      problems.push({
        path: `.levelExpectations[${i}].expectation`,
        message: `of question "${question.key}" at ${e.seniority} opens with "${leans[0]}": each level's expectation must read on its own, saying in full what a 3 (Yes) looks like at that level`,
      });
    }
  });
  if (question.seniority.length > 1 && !unrated) {
    const missing = SENIORITIES.filter((s) => question.seniority.includes(s) && !given.has(s));
    if (missing.length) {
      problems.push({
        path: '.levelExpectations',
        message: `lacks ${missing.join(', ')}: a question for several levels says what a 3 (Yes) looks like at each`,
      });
    }
  }
  if (EXAMPLE_TYPES.has(question.type)) {
    const scores = new Set((question.exampleAnswers ?? []).map((e) => e.score));
    const lacking = [2, 3].filter((s) => !scores.has(s));
    if (lacking.length) {
      problems.push({
        path: '.exampleAnswers',
        message: `lacks a worked example scored ${lacking.join(' and ')} (what a 2 and a 3 sound like)`,
      });
    }
  }
  return problems;
}

export function manifestQuality(manifest: PackManifest): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const defined = manifest.seniorityLevels.map((l) => l.seniority);
  const missing = SENIORITIES.filter((s) => !defined.includes(s));
  if (missing.length || new Set(defined).size !== defined.length) {
    problems.push({
      path: 'seniorityLevels',
      message: `must define each of ${SENIORITIES.join(', ')} exactly once`,
    });
  }
  const sections = manifest.interviewerGuidance.map((g) => g.key);
  const lacking = GUIDANCE_SECTIONS.filter((k) => !sections.includes(k));
  if (lacking.length) {
    problems.push({
      path: 'interviewerGuidance',
      message: `lacks the section(s) ${lacking.join(', ')}`,
    });
  }
  return problems;
}

/** Anchor texts seen so far; a text used by two criteria anywhere in the pack is reported. */
export class AnchorTexts {
  private readonly seen = new Map<string, { file: string; path: string }[]>();

  note(question: PackQuestion, file: string, at: string): void {
    (question.rubric?.criteria ?? []).forEach((criterion, c) => {
      criterion.anchors.forEach((anchor, a) => {
        const id = anchorIdentity(anchor);
        const list = this.seen.get(id) ?? [];
        list.push({ file, path: `${at}.rubric.criteria[${c}].anchors[${a}]` });
        this.seen.set(id, list);
      });
    });
  }

  repeats(): { file: string; path: string; message: string }[] {
    const out: { file: string; path: string; message: string }[] = [];
    for (const list of this.seen.values()) {
      if (list.length < 2) continue;
      const [first, ...rest] = list;
      for (const use of rest) {
        out.push({
          file: use.file,
          path: use.path,
          message: `repeats the anchor at ${first.path} in ${first.file}; an anchor describes behaviour specific to its question`,
        });
      }
    }
    return out;
  }
}
