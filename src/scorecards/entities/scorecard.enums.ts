export enum ScorecardStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

/** The overall recommendation; the line runs between NO and YES. */
export enum Recommendation {
  STRONG_NO = 'STRONG_NO',
  NO = 'NO',
  YES = 'YES',
  STRONG_YES = 'STRONG_YES',
}

/** One criterion's score; null means the interviewer marked it "not assessed". */
export interface ContentRating {
  stageQuestionId: string;
  criterionId: string;
  score: number | null;
}

/** Structured notes on a behavioural answer told as a story; every part may be empty. */
export interface StarParts {
  situation: string;
  task: string;
  action: string;
  result: string;
}

export interface ContentNote {
  stageQuestionId: string;
  notes: string;
  /** Only on behavioural (STAR) questions; absent when not given. */
  star?: StarParts;
}

export interface ContentCompetencyRating {
  competencyId: string;
  score: number;
}

/** A scorecard's content: partial in a draft, complete in a revision. */
export interface ScorecardContent {
  ratings: ContentRating[];
  notes: ContentNote[];
  competencyRatings: ContentCompetencyRating[];
  recommendation: Recommendation | null;
  summary: string;
}
