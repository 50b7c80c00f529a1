import { Recommendation } from '../../scorecards/entities/scorecard.enums.js';

/** The applicant tracking systems whose scorecard values the API can speak. */
export enum AtsSystem {
  GREENHOUSE = 'GREENHOUSE',
  LEVER = 'LEVER',
  ASHBY = 'ASHBY',
}

export const ATS_SYSTEMS = Object.values(AtsSystem);

/** One value of an ATS: what its API takes, and what its interface shows. */
export interface AtsChoice {
  value: string;
  label: string;
}

/**
 * What each ATS accepts. Greenhouse takes keywords (an overall recommendation has no `mixed`;
 * attribute ratings do); Lever and Ashby take the numbers 1 to 4.
 */
const GREENHOUSE_RECOMMENDATIONS: AtsChoice[] = [
  { value: 'definitely_not', label: 'Definitely Not' },
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
  { value: 'strong_yes', label: 'Strong Yes' },
];
const LEVER_SCORES: AtsChoice[] = [
  { value: '1', label: 'Strong No Hire' },
  { value: '2', label: 'No Hire' },
  { value: '3', label: 'Hire' },
  { value: '4', label: 'Strong Hire' },
];
const ASHBY_SCORES: AtsChoice[] = [
  { value: '1', label: 'Strong No' },
  { value: '2', label: 'No' },
  { value: '3', label: 'Yes' },
  { value: '4', label: 'Strong Yes' },
];

export const ATS_CHOICES: Record<
  AtsSystem,
  { recommendations: AtsChoice[]; ratings: AtsChoice[] }
> = {
  [AtsSystem.GREENHOUSE]: {
    recommendations: GREENHOUSE_RECOMMENDATIONS,
    ratings: [
      GREENHOUSE_RECOMMENDATIONS[0],
      GREENHOUSE_RECOMMENDATIONS[1],
      { value: 'mixed', label: 'Mixed' },
      GREENHOUSE_RECOMMENDATIONS[2],
      GREENHOUSE_RECOMMENDATIONS[3],
    ],
  },
  [AtsSystem.LEVER]: { recommendations: LEVER_SCORES, ratings: LEVER_SCORES },
  [AtsSystem.ASHBY]: { recommendations: ASHBY_SCORES, ratings: ASHBY_SCORES },
};

/** A tenant's mapping for one ATS: our recommendation and our rating levels to its values. */
export interface ScaleMapping {
  recommendations: Record<Recommendation, string>;
  /** By level value ("1" … ); a level without an entry exports as null. */
  ratings: Record<string, string>;
}

const RECOMMENDATION_ORDER = [
  Recommendation.STRONG_NO,
  Recommendation.NO,
  Recommendation.YES,
  Recommendation.STRONG_YES,
];

/**
 * The defaults: recommendations in order onto the ATS's four; our four levels onto ratings
 * (Greenhouse: 1 no, 2 mixed, 3 yes, 4 strong_yes, so "definitely_not" is a tenant's choice;
 * Lever and Ashby: the same number).
 */
export const DEFAULT_MAPPINGS: Record<AtsSystem, ScaleMapping> = {
  [AtsSystem.GREENHOUSE]: {
    recommendations: {
      STRONG_NO: 'definitely_not',
      NO: 'no',
      YES: 'yes',
      STRONG_YES: 'strong_yes',
    },
    ratings: { '1': 'no', '2': 'mixed', '3': 'yes', '4': 'strong_yes' },
  },
  [AtsSystem.LEVER]: numeric(),
  [AtsSystem.ASHBY]: numeric(),
};

function numeric(): ScaleMapping {
  return {
    recommendations: Object.fromEntries(
      RECOMMENDATION_ORDER.map((r, i) => [r, String(i + 1)]),
    ) as Record<Recommendation, string>,
    ratings: { '1': '1', '2': '2', '3': '3', '4': '4' },
  };
}

/** A tenant's stored overrides (only what an admin set) merged over the defaults. */
export function effectiveMapping(
  ats: AtsSystem,
  stored: Partial<Record<string, Partial<ScaleMapping>>> | null | undefined,
): ScaleMapping {
  const own = stored?.[ats] ?? {};
  return {
    recommendations: { ...DEFAULT_MAPPINGS[ats].recommendations, ...own.recommendations },
    ratings: { ...DEFAULT_MAPPINGS[ats].ratings, ...own.ratings },
  };
}

const choice = (ats: AtsSystem, kind: 'recommendations' | 'ratings', value: string | undefined) =>
  value === undefined ? null : (ATS_CHOICES[ats][kind].find((c) => c.value === value) ?? null);

/** Our recommendation in the ATS's values (null when there is none yet). */
export function mapRecommendation(
  ats: AtsSystem,
  mapping: ScaleMapping,
  recommendation: Recommendation | null,
): AtsChoice | null {
  return recommendation
    ? choice(ats, 'recommendations', mapping.recommendations[recommendation])
    : null;
}

/** A rating level in the ATS's values (null for "not assessed" and for an unmapped level). */
export function mapRating(
  ats: AtsSystem,
  mapping: ScaleMapping,
  score: number | null,
): AtsChoice | null {
  return score === null ? null : choice(ats, 'ratings', mapping.ratings[String(score)]);
}

/** The recommendation in every ATS's values, as webhook events store it (see the worker). */
export function recommendationInEverySystem(
  stored: Partial<Record<string, Partial<ScaleMapping>>> | null | undefined,
  recommendation: Recommendation | null,
): Record<AtsSystem, AtsChoice | null> {
  return Object.fromEntries(
    ATS_SYSTEMS.map((ats) => [
      ats,
      mapRecommendation(ats, effectiveMapping(ats, stored), recommendation),
    ]),
  ) as Record<AtsSystem, AtsChoice | null>;
}
