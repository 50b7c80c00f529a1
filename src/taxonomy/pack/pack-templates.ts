import type { PackManifest, PackQuestion } from './pack.types.js';
import type { QualityProblem } from './pack-quality.js';

/**
 * A pack's loop templates must pass the loop coverage check as they will be created: every
 * question exists and suits the template's seniority, every focus competency is assessed by a
 * question of its stage, question time fits the stage, no question is asked twice. Paths are
 * relative to the manifest.
 */
export function templateProblems(
  manifest: PackManifest,
  questions: PackQuestion[],
): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const competencies = new Set(manifest.competencies.map((c) => c.key));
  const keys = new Set<string>();
  manifest.loopTemplates.forEach((template, t) => {
    const at = `loopTemplates[${t}]`;
    if (keys.has(template.key))
      problems.push({ path: `${at}.key`, message: 'repeats a template key' });
    keys.add(template.key);
    const asked = new Set<string>();
    template.stages.forEach((stage, s) => {
      const where = `${at}.stages[${s}]`;
      const found = stage.questions.flatMap((key, k) => {
        const question = byKey.get(key);
        if (!question) {
          problems.push({
            path: `${where}.questions[${k}]`,
            message: `"${key}" is not a question of this pack`,
          });
          return [];
        }
        if (!question.seniority.includes(template.seniority)) {
          problems.push({
            path: `${where}.questions[${k}]`,
            message: `"${key}" is not tagged ${template.seniority}, the template's seniority`,
          });
        }
        if (asked.has(key)) {
          problems.push({
            path: `${where}.questions[${k}]`,
            message: `"${key}" is already asked in this loop`,
          });
        }
        asked.add(key);
        return [question];
      });
      if (stage.kind !== 'DEBRIEF' && stage.questions.length === 0) {
        problems.push({
          path: `${where}.questions`,
          message: 'an interviewer-facing stage needs questions',
        });
      }
      const minutes = found.reduce((sum, q) => sum + q.estimatedMinutes, 0);
      if (minutes > stage.durationMinutes) {
        problems.push({
          path: `${where}.durationMinutes`,
          message: `is ${stage.durationMinutes}, but its questions take ${minutes} minutes`,
        });
      }
      const assessed = new Set(
        found.flatMap((q) => (q.rubric?.criteria ?? []).map((c) => c.competency)),
      );
      stage.focusCompetencies.forEach((key, f) => {
        if (!competencies.has(key)) {
          problems.push({
            path: `${where}.focusCompetencies[${f}]`,
            message: `"${key}" is not a competency of this pack`,
          });
        } else if (!assessed.has(key)) {
          problems.push({
            path: `${where}.focusCompetencies[${f}]`,
            message: `"${key}" is assessed by none of the stage's questions`,
          });
        }
      });
    });
  });
  return problems;
}
