import { BadInputError, type FieldProblem } from '../common/errors.js';
import type { QuestionContentInput } from './dto/question.inputs.js';
import type { RatingScaleEntity } from './entities/rating-scale.entity.js';
import type { Seniority } from './entities/taxonomy.enums.js';

export const UNRATED =
  'a candidate question is interviewer preparation and has no rubric; it is never rated';

/**
 * Level expectations name the question's own seniority tags, once each; example answers name
 * levels of the scale. Every problem at once, with paths under `path`.
 */
export function checkContent(
  content: QuestionContentInput,
  seniority: Seniority[],
  scale: RatingScaleEntity,
  path: string,
): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<Seniority>();
  content.levelExpectations.forEach((e, i) => {
    if (!seniority.includes(e.seniority)) {
      problems.push({
        path: `${path}.levelExpectations[${i}].seniority`,
        message: `is not a seniority of this question (${seniority.join(', ')})`,
      });
    } else if (seen.has(e.seniority)) {
      problems.push({
        path: `${path}.levelExpectations[${i}].seniority`,
        message: 'repeats a seniority; give one expectation per level',
      });
    }
    seen.add(e.seniority);
  });
  const levels = scale.levels.map((l) => l.value);
  content.exampleAnswers.forEach((e, i) => {
    if (!levels.includes(e.score)) {
      problems.push({
        path: `${path}.exampleAnswers[${i}].score`,
        message: `must be one of ${levels.join(', ')}`,
      });
    }
  });
  if (problems.length) throw new BadInputError(problems);
}
