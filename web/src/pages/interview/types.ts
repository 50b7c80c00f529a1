import type { InterviewPageQuery, ScorecardContentFragment } from '../../gql/graphql';

export type InterviewData = NonNullable<InterviewPageQuery['interview']>;
export type Kit = NonNullable<InterviewData['kit']>;
export type KitQuestion = Kit['questions'][number];
export type KitCriterion = KitQuestion['criteria'][number];
export type ScaleLevel = Kit['scale']['levels'][number];
export type Card = ScorecardContentFragment;

/** The DOM id of a criterion's choices, so that a gap can move the focus there. */
export const criterionDomId = (stageQuestionId: string, criterionId: string) =>
  `criterion-${stageQuestionId}-${criterionId}`;
export const questionDomId = (stageQuestionId: string) => `question-${stageQuestionId}`;

export const RECOMMENDATIONS = [
  { value: 'STRONG_NO', label: 'Strong no' },
  { value: 'NO', label: 'No' },
  { value: 'YES', label: 'Yes' },
  { value: 'STRONG_YES', label: 'Strong yes' },
] as const;

export const recommendationLabel = (value: string | null | undefined) =>
  RECOMMENDATIONS.find((r) => r.value === value)?.label ?? 'None';
