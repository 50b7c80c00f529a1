/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  /** A new password, or the existing one if the user already has one. */
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type AddStageInput = {
  durationMinutes: Scalars['Int']['input'];
  focusCompetencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  instructions?: InputMaybe<Scalars['String']['input']>;
  kind: StageKind;
  loopId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type AddStageQuestionInput = {
  /** Pins the question's current version. */
  questionId: Scalars['ID']['input'];
  /** True when omitted. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  stageId: Scalars['ID']['input'];
  timeBudgetMinutes: Scalars['Int']['input'];
};

/** A new revision of a submitted scorecard: the latest content with these changes. */
export type AmendScorecardInput = {
  competencyRatings?: InputMaybe<Array<CompetencyRatingInput>>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Array<QuestionNoteInput>>;
  ratings?: InputMaybe<Array<CriterionRatingInput>>;
  /** Why the scorecard is amended; shown in the debrief. */
  reason: Scalars['String']['input'];
  /** null clears it in a draft. */
  recommendation?: InputMaybe<Recommendation>;
  /** Omitted: the stored summary is kept; null or empty clears it. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** What an answer at one level of the scale looks like. */
export type Anchor = {
  __typename?: 'Anchor';
  /** The scale's label for the level. */
  label: Scalars['String']['output'];
  level: Scalars['Int']['output'];
  /** Observable behaviour that earns this level. */
  text: Scalars['String']['output'];
};

/** How an answer is expected: STAR story, free form, whiteboard, code, discussion. */
export type AnswerFormat =
  | 'CODE'
  | 'DISCUSSION'
  | 'FREE_FORM'
  | 'STAR'
  | 'WHITEBOARD';

/** An API key of the tenant (its secret is never shown again). */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** The ATS this key's integration speaks: Scorecard.atsExport defaults to it, and webhook endpoints it creates inherit it. */
  ats?: Maybe<AtsSystem>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The public part that starts the secret: ik_live_<prefix>… */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiKeyScope>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

/** What an API key may do; every operation lists the scopes that admit it. */
export type ApiKeyScope =
  /** Read candidates and their sync feed. */
  | 'CANDIDATES_READ'
  /** Create, update and upsert candidates (and read them). */
  | 'CANDIDATES_WRITE'
  /** Read interviews and their sync feed. */
  | 'INTERVIEWS_READ'
  /** Schedule, upsert, assign and cancel interviews (and read them). */
  | 'INTERVIEWS_WRITE'
  /** Read loops and kits. */
  | 'LOOPS_READ'
  /** Edit and publish loops; link them to ATS jobs (and read them). */
  | 'LOOPS_WRITE'
  /** Read submitted scorecards, debriefs and their sync feed. */
  | 'SCORECARDS_READ'
  /** Save, submit and amend scorecards for the interviewer named in the On-Behalf-Of header (user id or e-mail), with exactly that member’s rights; without the header it admits nothing. */
  | 'SCORECARDS_WRITE'
  /** Read categories, competencies and questions. */
  | 'TAXONOMY_READ'
  /** Manage webhook endpoints and read their deliveries. */
  | 'WEBHOOKS_MANAGE';

/** The full set of interviewers: new ones get a draft scorecard; removed ones lose theirs (refused once they have submitted). */
export type AssignInterviewersInput = {
  interviewId: Scalars['ID']['input'];
  interviewerIds: Array<Scalars['ID']['input']>;
};

/** One competency rating in the ATS’s values. */
export type AtsCompetencyValue = {
  __typename?: 'AtsCompetencyValue';
  competencyId: Scalars['ID']['output'];
  /** Null when the level is not mapped. */
  rating?: Maybe<AtsValue>;
};

/** One criterion rating in the ATS’s values. */
export type AtsCriterionValue = {
  __typename?: 'AtsCriterionValue';
  criterionId: Scalars['ID']['output'];
  /** Null when not assessed or the level is not mapped. */
  rating?: Maybe<AtsValue>;
  stageQuestionId: Scalars['ID']['output'];
};

/** The tenant's mapping for one ATS: defaults, with the admin's changes. */
export type AtsScaleMapping = {
  __typename?: 'AtsScaleMapping';
  ats: AtsSystem;
  /** By level; a level not listed exports as null. */
  ratings: Array<RatingMapping>;
  recommendations: Array<RecommendationMapping>;
};

/** An applicant tracking system whose scorecard values the API speaks (see atsScaleMappings). */
export type AtsSystem =
  /** Ashby: scores 1 (Strong No), 2 (No), 3 (Yes), 4 (Strong Yes). */
  | 'ASHBY'
  /** Greenhouse: recommendations definitely_not (Definitely Not), no (No), yes (Yes), strong_yes (Strong Yes); attribute ratings also mixed. */
  | 'GREENHOUSE'
  /** Lever: 1 (Strong No Hire), 2 (No Hire), 3 (Hire), 4 (Strong Hire). */
  | 'LEVER';

/** A value in an ATS's terms. */
export type AtsValue = {
  __typename?: 'AtsValue';
  /** How the ATS shows it, e.g. "Strong Hire". */
  label: Scalars['String']['output'];
  /** The value as a number (Lever, Ashby); null for Greenhouse. */
  score?: Maybe<Scalars['Int']['output']>;
  /** What the ATS's API takes, e.g. strong_yes (Greenhouse) or 4 (Lever, Ashby). */
  value: Scalars['String']['output'];
};

/** USER (a member), API_KEY (an integration) or SYSTEM. */
export type AuditActorType =
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

/** One mutation as the audit log keeps it: who, what, which entity, which fields. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** The mutation, e.g. submitScorecard. */
  action: Scalars['String']['output'];
  /** The user id, or the API key id. */
  actorId?: Maybe<Scalars['ID']['output']>;
  actorType: AuditActorType;
  /** Names of the fields set, never their values. */
  changedFields: Array<Scalars['String']['output']>;
  /** The type acted on, e.g. Scorecard. */
  entity?: Maybe<Scalars['String']['output']>;
  entityId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The member (user id) an API key acted for with On-Behalf-Of; the key stays the actor. */
  onBehalfOfId?: Maybe<Scalars['ID']['output']>;
  /** Also the x-request-id of the response. */
  requestId?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** Tokens for a signed-in session. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Short-lived JWT; send as `Authorization: Bearer <token>`. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** One-time token for refreshSession; store it securely. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  viewer: Viewer;
};

export type CancelInterviewInput = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A person being interviewed. */
export type Candidate = Node & {
  __typename?: 'Candidate';
  anonymizedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Id in the ATS; unique in the tenant. */
  atsExternalId?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Personal data: shown to admins and recruiters only. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The interviews the caller may read. */
  interviews: Array<Interview>;
  /** Empty once the candidate is anonymised. */
  name: Scalars['String']['output'];
  /** The candidate's scorecards the caller may read under the sealed-feedback policy. */
  scorecards: Array<Scorecard>;
  updatedAt: Scalars['DateTime']['output'];
};

export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  edges: Array<CandidateEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

/** Everything the hiring team needs to decide on a candidate. */
export type CandidateDebrief = {
  __typename?: 'CandidateDebrief';
  candidate: Candidate;
  competencies: Array<CompetencySummary>;
  flags: Array<DebriefFlag>;
  /** The interviews in scope, by scheduled start. */
  interviews: Array<Interview>;
  /** Scorecards still owed, most overdue first. */
  missing: Array<MissingScorecard>;
  recommendations: RecommendationTally;
  /** Submitted scorecards the caller may read under the sealed-feedback policy. */
  scorecards: Array<Scorecard>;
  /** Submitted scorecards in scope that the sealed-feedback policy hides from the caller until they submit their own; 0 for readers who see them all. A count only: `scorecards`, `competencies`, `recommendations` and `flags` cover the readable scorecards alone. */
  sealedScorecards: Scalars['Int']['output'];
};

export type CandidateEdge = {
  __typename?: 'CandidateEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: Candidate;
};

/** A node of the question taxonomy. */
export type Category = {
  __typename?: 'Category';
  archived: Scalars['Boolean']['output'];
  /** Sub-categories, by name. */
  children: Array<Category>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Unique among siblings. */
  slug: Scalars['String']['output'];
};

export type ChangeMemberRoleInput = {
  memberId: Scalars['ID']['input'];
  role: Role;
};

/** What a rubric criterion assesses. */
export type Competency = {
  __typename?: 'Competency';
  archived: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Stable key, unique in the tenant. */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** The rating of one focus competency of the stage. */
export type CompetencyRating = {
  __typename?: 'CompetencyRating';
  competency: Competency;
  score: Scalars['Int']['output'];
};

/** A focus competency rating; a null score removes it. */
export type CompetencyRatingInput = {
  competencyId: Scalars['ID']['input'];
  score?: InputMaybe<Scalars['Int']['input']>;
};

/** A competency across the scorecards: each scorecard counts once, with the interviewer's rating of the competency if given, else the weighted mean of their criterion scores on it. */
export type CompetencySummary = {
  __typename?: 'CompetencySummary';
  competency: Competency;
  /** Scorecards that assessed it. */
  count: Scalars['Int']['output'];
  /** The spread is 2 levels or more. */
  disagreement: Scalars['Boolean']['output'];
  max: Scalars['Float']['output'];
  mean: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
  /** max - min. */
  spread: Scalars['Float']['output'];
};

/** Competency x stage matrix and the findings of the coverage check. */
export type Coverage = {
  __typename?: 'Coverage';
  findings: Array<CoverageFinding>;
  /** True when no finding blocks publishing. */
  publishable: Scalars['Boolean']['output'];
  /** Assessed or focus competencies, by name. */
  rows: Array<CoverageRow>;
};

/** Weight of a competency in one stage. */
export type CoverageCell = {
  __typename?: 'CoverageCell';
  /** Criteria that assess it. */
  criteria: Scalars['Int']['output'];
  stageId: Scalars['ID']['output'];
  /** Sum of the weights of the criteria that assess it. */
  weight: Scalars['Float']['output'];
};

/** A problem the coverage check found. */
export type CoverageFinding = {
  __typename?: 'CoverageFinding';
  /** FOCUS_NOT_ASSESSED, COMPETENCY_NOT_ASSESSED, DUPLICATE_QUESTION, OVER_TIME, QUESTION_NOT_ACTIVE, NO_QUESTIONS. */
  code: Scalars['String']['output'];
  competencyId?: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
  /** Where, e.g. `stages[1].questions[0]`. */
  path: Scalars['String']['output'];
  questionId?: Maybe<Scalars['ID']['output']>;
  severity: FindingSeverity;
  stageId?: Maybe<Scalars['ID']['output']>;
};

/** A competency across the stages. */
export type CoverageRow = {
  __typename?: 'CoverageRow';
  /** One cell per stage, in stage order. */
  cells: Array<CoverageCell>;
  competency: Competency;
  totalWeight: Scalars['Float']['output'];
};

export type CreateApiKeyInput = {
  /** The ATS the integration speaks (its scale mapping applies to what it reads). */
  ats?: InputMaybe<AtsSystem>;
  name: Scalars['String']['input'];
  scopes: Array<ApiKeyScope>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The secret, shown only here: send it as `Authorization: Bearer <secret>`. */
  secret: Scalars['String']['output'];
};

export type CreateCandidateInput = {
  /** Id in the ATS; unique in the tenant. */
  atsExternalId?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateCategoryInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Parent category; none for a root. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Lowercase and dashes; unique among siblings. On create, defaults to the name in kebab-case. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCompetencyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Lowercase and dashes; unique in the tenant. Defaults to the name in kebab-case. */
  key?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateLoopInput = {
  /** Job id in the ATS; unique in the tenant. */
  atsJobId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** User ids of members who are hiring managers. */
  hiringManagerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A template is a starting point for new loops. */
  isTemplate?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  roleTitle: Scalars['String']['input'];
};

export type CreateQuestionInput = {
  categoryId: Scalars['ID']['input'];
  content: QuestionContentInput;
  estimatedMinutes: Scalars['Int']['input'];
  /** May be set later. Refused for CANDIDATE_QUESTION, which is never rated. */
  rubric?: InputMaybe<Array<RubricCriterionInput>>;
  seniority: Array<Seniority>;
  /** Empty when omitted. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  type: QuestionType;
};

export type CreateTenantInput = {
  /** The first admin of the tenant. */
  admin: NewAdminInput;
  name: Scalars['String']['input'];
  /** Lowercase letters, digits and dashes; 1 to 40 characters. */
  slug: Scalars['String']['input'];
};

export type CreateWebhookEndpointInput = {
  /** The ATS whose values scorecard events carry to this endpoint as data.ats (the tenant's scale mapping). Defaults to the creating API key's ats. */
  ats?: InputMaybe<AtsSystem>;
  description?: InputMaybe<Scalars['String']['input']>;
  events: Array<WebhookEventType>;
  /** https (http too outside production), at most 2048 characters. */
  url: Scalars['String']['input'];
};

/** A rubric criterion: what it assesses, its weight and an anchor per level of the scale. The same in the library (RubricCriterion) and in a kit (KitCriterion). */
export type Criterion = {
  /** One anchor per level of the scale. */
  anchors: Array<Anchor>;
  competency: Competency;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** Relative weight, greater than 0. */
  weight: Scalars['Float']['output'];
};

/** One criterion's score. */
export type CriterionRating = {
  __typename?: 'CriterionRating';
  criterionId: Scalars['ID']['output'];
  /** The interviewer marked this criterion as not assessed. */
  notAssessed: Scalars['Boolean']['output'];
  /** Null when not assessed. */
  score?: Maybe<Scalars['Int']['output']>;
  stageQuestionId: Scalars['ID']['output'];
};

/** A score, or notAssessed: true. Neither removes the rating from a draft. */
export type CriterionRatingInput = {
  criterionId: Scalars['ID']['input'];
  notAssessed?: InputMaybe<Scalars['Boolean']['input']>;
  score?: InputMaybe<Scalars['Int']['input']>;
  stageQuestionId: Scalars['ID']['input'];
};

/** Something the hiring team should talk about. */
export type DebriefFlag = {
  __typename?: 'DebriefFlag';
  /** COMPETENCY_SPREAD (scores 2 levels apart or more), SPLIT_RECOMMENDATION (recommendations on both sides of the line) or AMENDED_AFTER_REVEAL. */
  code: Scalars['String']['output'];
  competencyId?: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
  scorecardId?: Maybe<Scalars['ID']['output']>;
};

/** A worked example for calibration: a short account of what an answer at this score sounds like. */
export type ExampleAnswer = {
  __typename?: 'ExampleAnswer';
  /** The example answer, paraphrased. */
  answer: Scalars['String']['output'];
  /** The rating-scale value the example illustrates. */
  score: Scalars['Int']['output'];
};

/** A worked example answer at one score, for calibration. */
export type ExampleAnswerInput = {
  answer: Scalars['String']['input'];
  /** A level of the current rating scale. */
  score: Scalars['Int']['input'];
};

/** When an interviewer may read other submitted scorecards on a candidate. Admins and recruiters always may; the loop's hiring managers may unless they still owe a scorecard on that candidate; nobody but the author ever reads a draft. */
export type FeedbackVisibility =
  /** Once every scorecard of theirs on the candidate is submitted. */
  | 'AFTER_OWN_SUBMIT'
  /** Once every interviewer of that interview has submitted, or the interview's revealAt has passed. */
  | 'AFTER_PANEL'
  /** At once, as soon as a scorecard is submitted. */
  | 'ALWAYS'
  /** Never: only admins, recruiters and hiring managers read them. */
  | 'NEVER';

/** One changed field between two versions. */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  /** Text, or JSON for lists. */
  before?: Maybe<Scalars['String']['output']>;
  /** e.g. `prompt`, `followUps`, `rubric.criteria[0].weight`. */
  field: Scalars['String']['output'];
};

/** BLOCKING findings stop publishLoop; WARNINGs are reported. */
export type FindingSeverity =
  | 'BLOCKING'
  | 'WARNING';

/** One section of interviewer guidance: structured-interview practice, bias warnings, off-limits topics or note taking. */
export type GuidanceSection = {
  __typename?: 'GuidanceSection';
  /** Stable machine name, e.g. "structured-practice", "bias", "off-limits". */
  key: Scalars['String']['output'];
  /** The points an interviewer should follow, in order. */
  points: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type GuidanceSectionInput = {
  /** Stable machine name, unique in the guide, e.g. "bias". */
  key: Scalars['String']['input'];
  /** In order; 1 to 30 points. */
  points: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** A candidate at one stage of a published loop. */
export type Interview = Node & {
  __typename?: 'Interview';
  atsExternalId?: Maybe<Scalars['String']['output']>;
  cancelReason?: Maybe<Scalars['String']['output']>;
  candidate: Candidate;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** When its scorecards are due: the scheduled end plus the tenant's feedbackDueHours. */
  feedbackDueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The assigned interviewers, in the order the panel was given (scheduleInterview, assignInterviewers or the ATS). */
  interviewers: Array<User>;
  /** The stage's kit, as interviewKit gives it; null when the caller may not read it (an interviewer of a cancelled interview). Kits of many interviews load in three statements. */
  kit?: Maybe<InterviewKit>;
  /** Null for callers who may not read the loop (interviewers read their stage). */
  loop?: Maybe<InterviewLoop>;
  /** Under AFTER_PANEL, scorecards are revealed to the panel at this time at the latest. */
  revealAt?: Maybe<Scalars['DateTime']['output']>;
  scheduledEnd: Scalars['DateTime']['output'];
  scheduledStart: Scalars['DateTime']['output'];
  /** The interview's scorecards the caller may read under the sealed-feedback policy. */
  scorecards: Array<Scorecard>;
  /** Null when the caller may not read its kit (see kit): its questions are the kit. */
  stage?: Maybe<Stage>;
  status: InterviewStatus;
  /** How many submitted scorecards of this interview the caller may read (sealed ones are not counted). */
  submittedCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A change to one of the signed-in member’s interviews. */
export type InterviewChange = {
  __typename?: 'InterviewChange';
  change: InterviewChangeKind;
  /** The interview as the subscriber may read it now; null when they no longer may (taken off the panel). */
  interview?: Maybe<Interview>;
  interviewId: Scalars['ID']['output'];
};

/** What happened to an interview the subscriber is (or was) on the panel of. */
export type InterviewChangeKind =
  /** The subscriber was added to its panel. */
  | 'ASSIGNED'
  /** It was cancelled. */
  | 'CANCELLED'
  /** Its feedback state changed: a scorecard of its panel was submitted or amended, or the subscriber's scorecard passed its due time. */
  | 'FEEDBACK'
  /** It moved to another time. */
  | 'RESCHEDULED'
  /** It was scheduled with the subscriber on its panel. */
  | 'SCHEDULED'
  /** The subscriber was taken off its panel. */
  | 'UNASSIGNED';

export type InterviewConnection = {
  __typename?: 'InterviewConnection';
  edges: Array<InterviewEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type InterviewEdge = {
  __typename?: 'InterviewEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: Interview;
};

/** The tenant's interview guide, shipped with a pack and owned by the tenant after import; every interviewer kit includes it. */
export type InterviewGuide = {
  __typename?: 'InterviewGuide';
  interviewerGuidance: Array<GuidanceSection>;
  scoringGuide: ScoringGuide;
  /** Definitions of the seniority levels questions are tagged with, junior first. */
  seniorityLevels: Array<SeniorityLevelDefinition>;
  /** The pack (name@version) the guide came from; null once the tenant edited it (updateInterviewGuide). */
  source?: Maybe<Scalars['String']['output']>;
};

/** Everything an interviewer reads for one stage. */
export type InterviewKit = {
  __typename?: 'InterviewKit';
  durationMinutes: Scalars['Int']['output'];
  focusCompetencies: Array<Competency>;
  /** The tenant's interview guide: scoring guide, seniority level definitions and interviewer guidance (structured practice, bias, off-limits topics, note taking). Null when none. */
  guide?: Maybe<InterviewGuide>;
  instructions: Scalars['String']['output'];
  kind: StageKind;
  loopId: Scalars['ID']['output'];
  loopName: Scalars['String']['output'];
  questions: Array<KitQuestion>;
  roleTitle: Scalars['String']['output'];
  /** The tenant's current scale and its labels. */
  scale: RatingScale;
  stageId: Scalars['ID']['output'];
  stageName: Scalars['String']['output'];
};

/** An interview loop for one role. */
export type InterviewLoop = Node & {
  __typename?: 'InterviewLoop';
  /** Job id in the ATS; unique in the tenant. */
  atsJobId?: Maybe<Scalars['String']['output']>;
  /** The loop this one was cloned from. */
  clonedFromId?: Maybe<Scalars['ID']['output']>;
  /** The coverage check, computed now. */
  coverage: Coverage;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  hiringManagers: Array<User>;
  id: Scalars['ID']['output'];
  isTemplate: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  owner: User;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  roleTitle: Scalars['String']['output'];
  stages: Array<Stage>;
  status: LoopStatus;
  updatedAt: Scalars['DateTime']['output'];
};

/** START_ASC: the earliest scheduled start first (upcoming interviews, soonest first); START_DESC: the latest first (past interviews, most recent first). */
export type InterviewOrder =
  | 'START_ASC'
  | 'START_DESC';

/** SCHEDULED until its end passes or a scorecard is submitted, then AWAITING_FEEDBACK; COMPLETE once every assigned interviewer has submitted; CANCELLED by a recruiter. */
export type InterviewStatus =
  | 'AWAITING_FEEDBACK'
  | 'CANCELLED'
  | 'COMPLETE'
  | 'SCHEDULED';

/** How one interviewer scores compared with everyone else. Over the submitted scorecards whose submittedAt lies in [from, to), each read at its current (latest) revision; scorecards of cancelled interviews do not count. "Scores" are the criterion scores of those revisions; criteria marked not assessed are left out. Each of their scores is compared with the mean of its question version's scores in the window (by anyone, them included); leniency = (meanScore - expectedMean) / the pooled within-version standard deviation: positive is lenient, negative severe. */
export type InterviewerCalibration = {
  __typename?: 'InterviewerCalibration';
  /** What meanScore would be had they given every score at the mean of its question version: the average, over their scores, of that version's mean over all its scores in the window (by anyone, them included). Null when they scored nothing. */
  expectedMean?: Maybe<Scalars['Float']['output']>;
  interviewer: User;
  /** avg(score - mean of the score's version) over their scores, i.e. meanScore - expectedMean, divided by the pooled within-version standard deviation: sqrt(sum((s - mean of its version)^2) / n) over the n scores in the window, by anyone, on the question versions they scored. Positive when lenient, negative when severe, 0 when they score at each version's mean. Null when they scored nothing or that standard deviation is 0. */
  leniency?: Maybe<Scalars['Float']['output']>;
  /** Mean of their scores; null when they scored nothing. */
  meanScore?: Maybe<Scalars['Float']['output']>;
  /** Share (0 to 1) of their scorecards submitted by the interview's scheduled end plus the tenant's feedback due hours. */
  onTimeRate: Scalars['Float']['output'];
  /** Their submitted scorecards in the window. */
  scorecards: Scalars['Int']['output'];
  /** Share (0 to 1) of their scorecards recommending YES or STRONG_YES. */
  yesShare: Scalars['Float']['output'];
};

/** A page of interviewer calibration rows. */
export type InterviewerCalibrationConnection = {
  __typename?: 'InterviewerCalibrationConnection';
  edges: Array<InterviewerCalibrationEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type InterviewerCalibrationEdge = {
  __typename?: 'InterviewerCalibrationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: InterviewerCalibration;
};

export type InviteMemberInput = {
  /** Name of a person without an account, shown once they accept; defaults to the e-mail. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  role: Role;
};

/** Result of inviting a member. */
export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  invitationExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Always null: the one-time token is e-mailed to the invited address only.
   * @deprecated The invitation is e-mailed with its accept link; nobody else sees it.
   */
  invitationToken?: Maybe<Scalars['String']['output']>;
  member: Member;
};

export type KitCriterion = Criterion & {
  __typename?: 'KitCriterion';
  anchors: Array<Anchor>;
  competency: Competency;
  description: Scalars['String']['output'];
  /** The criterion to score in a scorecard. */
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

/** A question as the interviewer needs it. */
export type KitQuestion = {
  __typename?: 'KitQuestion';
  answerFormat: AnswerFormat;
  /** Empty for a question that is not rated. */
  criteria: Array<KitCriterion>;
  /** Worked example answers for calibration (typically what a 2 and a 3 sound like). */
  exampleAnswers: Array<ExampleAnswer>;
  followUps: Array<Scalars['String']['output']>;
  /** How to run the question and what to listen for. */
  guidance: Scalars['String']['output'];
  /** For each seniority the question is tagged with, what a 3 ("Yes") looks like. Empty when the author wrote none. */
  levelExpectations: Array<LevelExpectation>;
  position: Scalars['Int']['output'];
  /** The question as the interviewer asks it. */
  prompt: Scalars['String']['output'];
  /** What the question assesses and why. */
  purpose: Scalars['String']['output'];
  questionId: Scalars['ID']['output'];
  questionVersionId: Scalars['ID']['output'];
  /** False for a candidate question: interviewer preparation with no rubric, never rated in a scorecard. */
  rated: Scalars['Boolean']['output'];
  redFlags: Array<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  /** The seniority levels the question is tagged with. */
  seniority: Array<Seniority>;
  /** The pinned question, as scorecards name it. */
  stageQuestionId: Scalars['ID']['output'];
  strongSignals: Array<Scalars['String']['output']>;
  timeBudgetMinutes: Scalars['Int']['output'];
  type: QuestionType;
  versionNumber: Scalars['Int']['output'];
};

/** What a 3 ("Yes") answer looks like for one seniority the question is tagged with; the rubric anchors are read against it. */
export type LevelExpectation = {
  __typename?: 'LevelExpectation';
  /** The observable bar for a "Yes" at this seniority. */
  expectation: Scalars['String']['output'];
  seniority: Seniority;
};

/** What a 3 ("Yes") looks like at one seniority the question is tagged with. */
export type LevelExpectationInput = {
  expectation: Scalars['String']['input'];
  /** One of the question's seniority tags. */
  seniority: Seniority;
};

/** A page of loops. */
export type LoopConnection = {
  __typename?: 'LoopConnection';
  edges: Array<LoopEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type LoopEdge = {
  __typename?: 'LoopEdge';
  cursor: Scalars['String']['output'];
  node: InterviewLoop;
};

/** DRAFT is editable; PUBLISHED is frozen; ARCHIVED is retired. */
export type LoopStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

/** A user's membership in the current tenant. */
export type Member = Node & {
  __typename?: 'Member';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** True until the invited person has accepted the invitation. */
  invitationPending: Scalars['Boolean']['output'];
  role: Role;
  /** The person. While the invitation is pending only the address is shown: id is the membership's id and displayName the address. */
  user: User;
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: Member;
};

/** A scorecard not yet submitted. */
export type MissingScorecard = {
  __typename?: 'MissingScorecard';
  dueAt: Scalars['DateTime']['output'];
  interview: Interview;
  interviewer: User;
  /** Seconds past dueAt; 0 while not yet due. */
  overdueSeconds: Scalars['Int']['output'];
  scorecardId: Scalars['ID']['output'];
};

export type MoveCategoryInput = {
  id: Scalars['ID']['input'];
  /** New parent; null makes it a root. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation with its token and a new password (or the account's own, throttled like signIn), and signs in. */
  acceptInvitation: AuthPayload;
  /** Makes a question usable; needs a complete rubric. */
  activateQuestion: Question;
  /** Appends a stage to a draft loop. */
  addStage: Stage;
  /** Pins a question's current version to a stage. */
  addStageQuestion: StageQuestion;
  /** Adds a revision to a submitted scorecard, with a reason; earlier ones stay readable. */
  amendScorecard: Scorecard;
  /** Erases a candidate's personal data for good (name, e-mail, scorecard summaries and notes); scores and aggregates stay. Irreversible. */
  anonymizeCandidate: Candidate;
  /** Archives a category: kept and readable, takes no new questions. */
  archiveCategory: Category;
  /** Archives a competency; rubrics that use it keep it. */
  archiveCompetency: Competency;
  archiveLoop: InterviewLoop;
  /** Archives a question; its versions stay readable. */
  archiveQuestion: Question;
  assignInterviewers: Interview;
  /** Cancels an interview; its drafts are left as they are. */
  cancelInterview: Interview;
  /** Changes a member's role; the last admin stays. */
  changeMemberRole: Member;
  /** A new draft copying the stages and pinned versions. */
  cloneLoop: InterviewLoop;
  /** Creates an API key with scopes; its secret is shown once, in this answer. */
  createApiKey: CreateApiKeyPayload;
  createCandidate: Candidate;
  /** Creates a category; the slug is unique among siblings. */
  createCategory: Category;
  createCompetency: Competency;
  /** Creates a draft loop owned by the caller. */
  createLoop: InterviewLoop;
  /** A new draft from a loop flagged as a template. */
  createLoopFromTemplate: InterviewLoop;
  /** Creates a DRAFT question with version 1. */
  createQuestion: Question;
  /** Creates a tenant and its first admin, and signs the admin in. Who may call it is the TENANT_CREATION setting: open, token (header x-tenant-creation-token) or disabled. The e-mail of an existing account needs that account's password: a wrong one is answered and throttled exactly as by signIn. */
  createTenant: AuthPayload;
  /** Adds an endpoint; its signing secret is in the answer and never shown again. One endpoint per URL: a URL the tenant already has answers CONFLICT with extensions.existingEndpointId. */
  createWebhookEndpoint: WebhookEndpointSecretPayload;
  /** Imports a built-in pack. Idempotent; a changed pack adds versions only where its content changed, and never overwrites questions the tenant edited (reported as diverged). */
  importPack: PackImportResult;
  /** Invites a person with a role: the address gets an e-mail with a one-time accept link (the token for acceptInvitation), valid 7 days; the answer is the same whether the address has an account (in another tenant) or not. Until accepted, the member shows only the address. */
  inviteMember: InviteMemberPayload;
  /** Links a loop (draft or published) to an ATS job id, or unlinks it with null; a job id belongs to one loop. */
  linkLoopToJob: InterviewLoop;
  /** Moves a category; a move into its own subtree is refused. */
  moveCategory: Category;
  /** Freezes a draft. Blocking coverage findings refuse it (BAD_USER_INPUT, one field per finding). */
  publishLoop: PublishLoopPayload;
  /** Sends a delivery again now; a DEAD one gets one more try. CONFLICT when it was just queued (PENDING). */
  redeliverWebhook: WebhookDelivery;
  /** Trades a refresh token for new tokens. Each refresh token works once; presenting a used one revokes the whole session. */
  refreshSession: AuthPayload;
  /** Removes a member and ends their sessions; the last admin cannot be removed. */
  removeMember: Scalars['ID']['output'];
  removeStage: Scalars['ID']['output'];
  removeStageQuestion: Scalars['ID']['output'];
  /** Puts the questions of a stage in a new order. */
  reorderStageQuestions: Stage;
  /** Puts the stages of a draft loop in a new order. */
  reorderStages: InterviewLoop;
  rescheduleInterview: Interview;
  /** Mails a pending member a new invitation (a new link and expiry; the earlier link stops working). CONFLICT once they have accepted. */
  resendInvitation: InviteMemberPayload;
  /** Revokes a key at once; its next request is UNAUTHENTICATED. */
  revokeApiKey: ApiKey;
  /** Replaces the signing secret at once; the new one is shown only here. */
  rotateWebhookSecret: WebhookEndpointSecretPayload;
  /** Only the assigned interviewer saves their draft (an API key with SCORECARDS_WRITE: for the member named in On-Behalf-Of). */
  saveScorecardDraft: Scorecard;
  /** Schedules a candidate at a stage of a published loop, with its interviewers. */
  scheduleInterview: Interview;
  /** Sets (or, with null, clears) the ATS a key speaks: its reads of Scorecard.atsExport default to it. */
  setApiKeyAts: ApiKey;
  /** Changes how scorecards export to one ATS (admins). A value the ATS does not take answers BAD_USER_INPUT at its path. */
  setAtsScaleMapping: AtsScaleMapping;
  /** Sets the rubric; it becomes version n+1. */
  setRubric: Question;
  /** Signs in to one tenant. Every failure answers UNAUTHENTICATED alike; repeated failures for one e-mail or address answer RATE_LIMITED. */
  signIn: AuthPayload;
  /** Ends the caller's session and its refresh tokens. */
  signOut: Scalars['Boolean']['output'];
  /** Submits the draft: it needs the recommendation and a score or notAssessed for every criterion of every required question. The scorecard is then immutable. */
  submitScorecard: Scorecard;
  updateCandidate: Candidate;
  /** Renames a category or changes its slug or description. */
  updateCategory: Category;
  updateCompetency: Competency;
  /** Edits the tenant's interview guide (scoring guide, seniority definitions, interviewer guidance); every kit shows the new text at once. The edited guide is kept by later pack imports. */
  updateInterviewGuide: InterviewGuide;
  /** Edits a draft loop; CONFLICT once published. */
  updateLoop: InterviewLoop;
  /** Changes the caller's own choices about mail that is not essential. */
  updateMyNotificationPreferences: NotificationPreferences;
  /** Changes metadata in place; changed content becomes version n+1 (rubric kept). */
  updateQuestion: Question;
  /** Edits labels in place; a new number of levels makes a new scale version. */
  updateRatingScale: RatingScale;
  updateStage: Stage;
  /** Changes a draft's pin in one write: time budget, required, pinned version. Nothing changes when any field is refused. */
  updateStageQuestion: StageQuestion;
  updateTenantSettings: TenantSettings;
  /** Changes the URL, events, description or active flag of an endpoint. */
  updateWebhookEndpoint: WebhookEndpoint;
  /** Moves a draft's pin to the question's current version. */
  upgradeStageQuestion: StageQuestion;
  /** Creates or updates the candidate with this ATS id; safe to repeat. */
  upsertCandidate: UpsertCandidatePayload;
  /** Creates or updates the interview with this ATS id; safe to repeat. */
  upsertInterview: UpsertInterviewPayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationActivateQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddStageArgs = {
  input: AddStageInput;
};


export type MutationAddStageQuestionArgs = {
  input: AddStageQuestionInput;
};


export type MutationAmendScorecardArgs = {
  input: AmendScorecardInput;
};


export type MutationAnonymizeCandidateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveCompetencyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveLoopArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignInterviewersArgs = {
  input: AssignInterviewersInput;
};


export type MutationCancelInterviewArgs = {
  input: CancelInterviewInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationCloneLoopArgs = {
  input: NewLoopFromInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCandidateArgs = {
  input: CreateCandidateInput;
};


export type MutationCreateCategoryArgs = {
  input: CreateCategoryInput;
};


export type MutationCreateCompetencyArgs = {
  input: CreateCompetencyInput;
};


export type MutationCreateLoopArgs = {
  input: CreateLoopInput;
};


export type MutationCreateLoopFromTemplateArgs = {
  input: NewLoopFromInput;
};


export type MutationCreateQuestionArgs = {
  input: CreateQuestionInput;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationImportPackArgs = {
  name: Scalars['String']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLinkLoopToJobArgs = {
  atsJobId?: InputMaybe<Scalars['String']['input']>;
  loopId: Scalars['ID']['input'];
};


export type MutationMoveCategoryArgs = {
  input: MoveCategoryInput;
};


export type MutationPublishLoopArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


export type MutationRemoveMemberArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationRemoveStageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveStageQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReorderStageQuestionsArgs = {
  input: ReorderInput;
};


export type MutationReorderStagesArgs = {
  input: ReorderInput;
};


export type MutationRescheduleInterviewArgs = {
  input: RescheduleInterviewInput;
};


export type MutationResendInvitationArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveScorecardDraftArgs = {
  input: SaveScorecardDraftInput;
};


export type MutationScheduleInterviewArgs = {
  input: ScheduleInterviewInput;
};


export type MutationSetApiKeyAtsArgs = {
  ats?: InputMaybe<AtsSystem>;
  id: Scalars['ID']['input'];
};


export type MutationSetAtsScaleMappingArgs = {
  input: SetAtsScaleMappingInput;
};


export type MutationSetRubricArgs = {
  input: SetRubricInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSubmitScorecardArgs = {
  input: SubmitScorecardInput;
};


export type MutationUpdateCandidateArgs = {
  input: UpdateCandidateInput;
};


export type MutationUpdateCategoryArgs = {
  input: UpdateCategoryInput;
};


export type MutationUpdateCompetencyArgs = {
  input: UpdateCompetencyInput;
};


export type MutationUpdateInterviewGuideArgs = {
  input: UpdateInterviewGuideInput;
};


export type MutationUpdateLoopArgs = {
  input: UpdateLoopInput;
};


export type MutationUpdateMyNotificationPreferencesArgs = {
  input: UpdateNotificationPreferencesInput;
};


export type MutationUpdateQuestionArgs = {
  input: UpdateQuestionInput;
};


export type MutationUpdateRatingScaleArgs = {
  input: UpdateRatingScaleInput;
};


export type MutationUpdateStageArgs = {
  input: UpdateStageInput;
};


export type MutationUpdateStageQuestionArgs = {
  input: UpdateStageQuestionInput;
};


export type MutationUpdateTenantSettingsArgs = {
  input: UpdateTenantSettingsInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


export type MutationUpgradeStageQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpsertCandidateArgs = {
  input: UpsertCandidateInput;
};


export type MutationUpsertInterviewArgs = {
  input: UpsertInterviewInput;
};

export type NewAdminInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** At least 12 characters. */
  password: Scalars['String']['input'];
};

export type NewLoopFromInput = {
  /** Defaults to the source name (with "copy" for clones). */
  name?: InputMaybe<Scalars['String']['input']>;
  roleTitle?: InputMaybe<Scalars['String']['input']>;
  /** The loop or template to copy. */
  sourceId: Scalars['ID']['input'];
};

/** An object a client can refetch by its id alone with node(id) or nodes(ids). Ids are UUIDs, unique across types: the id every query already answers is the global id. */
export type Node = {
  /** Global id: unique across every type of the API. */
  id: Scalars['ID']['output'];
};

/** The caller's choices about mail that is not essential, in this tenant. Essential mail is always sent: invitations, interviews assigned, moved or cancelled (they carry calendar entries), and feedback reminders, which follow the tenant's policy (an admin sets how many, or none) rather than each interviewer: a reminder one could mute would miss the very people it is for. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Mail when every scorecard of an interview in a loop one manages is in (the loop's hiring managers). */
  feedbackComplete: Scalars['Boolean']['output'];
};

/** Outcome of importing a pack. */
export type PackImportResult = {
  __typename?: 'PackImportResult';
  categoriesCreated: Scalars['Int']['output'];
  competenciesCreated: Scalars['Int']['output'];
  /** Keys of questions the tenant edited; the pack change was not applied. */
  diverged: Array<Scalars['String']['output']>;
  pack: Scalars['String']['output'];
  questionsCreated: Scalars['Int']['output'];
  questionsUnchanged: Scalars['Int']['output'];
  /** Questions given a new version because the pack changed. */
  questionsUpdated: Scalars['Int']['output'];
  /** Loop templates of the pack created by this import; one the tenant already has is never changed. */
  templatesCreated: Scalars['Int']['output'];
  version: Scalars['String']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page (read forward with first/after); false for a page read backwards with last/before. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether more items come before this page (read backwards with last/before, on the lists that offer it); false for a page read forward with first/after. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PublishLoopPayload = {
  __typename?: 'PublishLoopPayload';
  loop: InterviewLoop;
  /** Findings that did not block publishing. */
  warnings: Array<CoverageFinding>;
};

export type Query = {
  __typename?: 'Query';
  /** The tenant's API keys, revoked ones included, oldest first (`last` reads the newest). Changed in issue 16: a page of at most 100 keys (read `edges { node }`), no longer a list. */
  apiKeys: ApiKeyConnection;
  /** How scorecards export to each ATS: our recommendation and rating levels to the ATS's values (defaults with the admin’s changes). Scorecard.atsExport, the scorecards feed and the scorecard webhooks carry values under it. */
  atsScaleMappings: Array<AtsScaleMapping>;
  /** The audit log, newest first: every mutation, by members and API keys. */
  auditEvents: AuditEventConnection;
  /** Names of the built-in question packs. */
  availablePacks: Array<Scalars['String']['output']>;
  candidate: Candidate;
  /** A candidate's debrief: scorecards (under the sealed-feedback policy), competency statistics, the recommendation tally, disagreement flags and missing scorecards. Hiring managers read it for the loops they manage. */
  candidateDebrief: CandidateDebrief;
  /** Candidates, oldest first. Admins and recruiters see all; others those whose interviews they may read. */
  candidates: CandidateConnection;
  /** The category tree: roots, children nested, by name. */
  categories: Array<Category>;
  /** Competencies, by name. */
  competencies: Array<Competency>;
  interview: Interview;
  /** The tenant's interview guide (scoring guide, seniority level definitions, interviewer guidance), as every kit shows it; null until a pack with a guide is imported. */
  interviewGuide?: Maybe<InterviewGuide>;
  /** Everything an interviewer needs for a stage: questions, guidance, rubrics and anchors. Hiring managers read only their loops' kits. */
  interviewKit: InterviewKit;
  /** Per interviewer with submitted scorecards in the window [from, to) (read at their current revision; cancelled interviews left out): the number of scorecards, the mean of their criterion scores (not assessed left out), expectedMean = the average over their scores of each score's question-version mean, leniency = (meanScore - expectedMean) / the pooled within-version population standard deviation of all scores on the versions they scored, the share of YES or STRONG_YES recommendations, and the share submitted by the interview's scheduled end plus the tenant's feedback due hours. By display name, then id (`last` reads from the end), a page of at most 100. Changed in issue 16: a connection (read `edges { node }`), no longer a list of every interviewer. */
  interviewerCalibration: InterviewerCalibrationConnection;
  /** Interviews by scheduled start. Admins and recruiters see all; hiring managers those of their loops; everyone the interviews they are assigned to. */
  interviews: InterviewConnection;
  loop: InterviewLoop;
  /** Loops, oldest first. */
  loops: LoopConnection;
  /** The caller: user, tenant and role. */
  me: Viewer;
  /** One member by id. */
  member: Member;
  /** The tenant's members, oldest first. */
  members: MemberConnection;
  /** The caller's own choices about mail that is not essential, in this tenant. */
  myNotificationPreferences: NotificationPreferences;
  /** Any object by its global id (its id; types: Candidate, Interview, Scorecard, InterviewLoop, Question, QuestionVersion, Member), read as its own query reads it: the same roles, API-key scopes and access rules. A malformed id is BAD_USER_INPUT; an id of nothing the tenant has is NOT_FOUND. */
  node: Node;
  /** Objects by global id, in the order given (at most 100). Each one the caller may not read, or that does not exist, is null with an error at its index. */
  nodes: Array<Maybe<Node>>;
  question: Question;
  /** Per question version scored in the window [from, to) of submitted scorecards (read at their current revision; cancelled interviews left out): uses, the mean and population standard deviation of its criterion scores, inter-rater agreement (share of equal scores over pairs of scorecards by different interviewers on the same candidate and criterion) and the Pearson correlation of each scorecard's mean score on it with its recommendation (STRONG_NO = 1 ... STRONG_YES = 4). Most disagreeing first: agreement ascending, versions without pairs last, then by id (`last` reads from the most agreeing), a page of at most 100. Changed in issue 16: a connection (read `edges { node }`), no longer a list of every version, and no longer most used first. */
  questionAnalytics: QuestionAnalyticsConnection;
  /** Any version, current or not, by id. */
  questionVersion: QuestionVersion;
  /** What changed between two versions of a question. */
  questionVersionDiff: QuestionVersionDiff;
  /** Questions, filtered and optionally searched. */
  questions: QuestionConnection;
  /** The tenant's current rating scale. */
  ratingScale: RatingScale;
  /** FORBIDDEN while sealed from the caller. */
  scorecard: Scorecard;
  /** Scorecards the caller may read under the sealed-feedback policy (their own drafts included), least recently updated first. A key with SCORECARDS_WRITE reads them as the member named in On-Behalf-Of (e.g. `mine: true`: that member’s own). */
  scorecards: ScorecardConnection;
  /** The sync feeds’ tombstones (deleted rows, anonymised candidates) in write order: page it beside candidates/interviews/scorecards(updatedSince). */
  syncTombstones: TombstoneConnection;
  /** The tenant's settings. */
  tenantSettings: TenantSettings;
  /** Webhook deliveries, newest first, with their tries and outcome. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The webhook endpoints, oldest first. */
  webhookEndpoints: Array<WebhookEndpoint>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventsArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCandidateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCandidateDebriefArgs = {
  candidateId: Scalars['ID']['input'];
  loopId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCategoriesArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};


export type QueryCompetenciesArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};


export type QueryInterviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInterviewKitArgs = {
  stageId: Scalars['ID']['input'];
};


export type QueryInterviewerCalibrationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryInterviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  candidateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  loopId?: InputMaybe<Scalars['ID']['input']>;
  order?: InputMaybe<InterviewOrder>;
  status?: InputMaybe<InterviewStatus>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryLoopArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLoopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  atsJobId?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  isTemplate?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<LoopStatus>;
};


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  invitationPending?: InputMaybe<Scalars['Boolean']['input']>;
  roles?: InputMaybe<Array<Role>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionAnalyticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryQuestionVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionVersionDiffArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  competencyId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  seniority?: InputMaybe<Seniority>;
  status?: InputMaybe<QuestionStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<QuestionType>;
};


export type QueryScorecardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScorecardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  candidateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  interviewId?: InputMaybe<Scalars['ID']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ScorecardStatus>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySyncTombstonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  updatedSince: Scalars['DateTime']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  endpointId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** An interview question with versioned content and a rubric. */
export type Question = Node & {
  __typename?: 'Question';
  category: Category;
  createdAt: Scalars['DateTime']['output'];
  currentVersion: QuestionVersion;
  estimatedMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Pack and key it was imported from. */
  packKey?: Maybe<Scalars['String']['output']>;
  seniority: Array<Seniority>;
  status: QuestionStatus;
  tags: Array<Scalars['String']['output']>;
  type: QuestionType;
  updatedAt: Scalars['DateTime']['output'];
  /** The versions, newest first (`last` reads from the oldest), a page at a time: at most 100. Changed in issue 16: a connection (read `edges { node }`), no longer a list of every version. */
  versions: QuestionVersionConnection;
};


/** An interview question with versioned content and a rubric. */
export type QuestionVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** How one question version performs in scorecards. Over the submitted scorecards whose submittedAt lies in [from, to), each read at its current (latest) revision; scorecards of cancelled interviews do not count. "Scores" are the criterion scores of those revisions; criteria marked not assessed are left out. */
export type QuestionAnalytics = {
  __typename?: 'QuestionAnalytics';
  /** Inter-rater agreement: over the pairs of scorecards by different interviewers on the same candidate that both scored the same criterion of this version, the share (0 to 1) of pairs with equal scores. Null when there are no such pairs. */
  agreement?: Maybe<Scalars['Float']['output']>;
  /** The number of pairs behind agreement. */
  agreementPairs: Scalars['Int']['output'];
  /** Mean of its criterion scores. */
  meanScore: Scalars['Float']['output'];
  questionVersion: QuestionVersion;
  questionVersionId: Scalars['ID']['output'];
  /** Pearson correlation between each scorecard's mean score on this version and its recommendation (STRONG_NO = 1, NO = 2, YES = 3, STRONG_YES = 4). Null when undefined: fewer than two scorecards, or either side does not vary. */
  recommendationCorrelation?: Maybe<Scalars['Float']['output']>;
  /** Spread: the population standard deviation of its criterion scores. */
  stddev: Scalars['Float']['output'];
  /** Scorecards with at least one score (not "not assessed") on this version. */
  uses: Scalars['Int']['output'];
};

/** A page of question analytics rows. */
export type QuestionAnalyticsConnection = {
  __typename?: 'QuestionAnalyticsConnection';
  edges: Array<QuestionAnalyticsEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type QuestionAnalyticsEdge = {
  __typename?: 'QuestionAnalyticsEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: QuestionAnalytics;
};

/** A page of questions. */
export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  edges: Array<QuestionEdge>;
  pageInfo: PageInfo;
  /** Number of questions matching the filters. Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

/** The content of a question version. */
export type QuestionContentInput = {
  /** DISCUSSION when omitted. */
  answerFormat?: InputMaybe<AnswerFormat>;
  /** Empty when omitted. */
  exampleAnswers?: InputMaybe<Array<ExampleAnswerInput>>;
  /** Empty when omitted. */
  followUps?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Empty when omitted. */
  guidance?: InputMaybe<Scalars['String']['input']>;
  /** At most one per seniority tag of the question. Empty when omitted. */
  levelExpectations?: InputMaybe<Array<LevelExpectationInput>>;
  prompt: Scalars['String']['input'];
  /** What it assesses. */
  purpose: Scalars['String']['input'];
  /** Empty when omitted. */
  redFlags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Empty when omitted. */
  strongSignals?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  cursor: Scalars['String']['output'];
  /** With `search`: the matching passage, matches wrapped in <mark>…</mark>. */
  highlight?: Maybe<Scalars['String']['output']>;
  node: Question;
  /** With `search`: relevance, higher first. */
  rank?: Maybe<Scalars['Float']['output']>;
};

export type QuestionMetadataInput = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  estimatedMinutes?: InputMaybe<Scalars['Int']['input']>;
  seniority?: InputMaybe<Array<Seniority>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  type?: InputMaybe<QuestionType>;
};

/** The interviewer's notes on one question. */
export type QuestionNote = {
  __typename?: 'QuestionNote';
  /** Free-text notes; empty when only STAR notes were taken. */
  notes: Scalars['String']['output'];
  stageQuestionId: Scalars['ID']['output'];
  /** Structured STAR notes; only on behavioural (STAR) questions, null when none. */
  star?: Maybe<StarNote>;
};

/** Notes on one question. Each field: omitted keeps what is stored, null clears it. A note left with empty text and no STAR text is removed. */
export type QuestionNoteInput = {
  /** Free text. Omitted: the stored text is kept; null or empty clears it. */
  notes?: InputMaybe<Scalars['String']['input']>;
  stageQuestionId: Scalars['ID']['input'];
  /** Omitted: the stored STAR parts are kept; null clears all four. */
  star?: InputMaybe<StarNoteInput>;
};

/** DRAFT while written; ACTIVE (needs a complete rubric) when usable; ARCHIVED. */
export type QuestionStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

/** Kind of question. */
export type QuestionType =
  | 'BEHAVIORAL'
  | 'CANDIDATE_QUESTION'
  | 'CODING'
  | 'DEBUGGING'
  | 'MOTIVATION'
  | 'SITUATIONAL'
  | 'SYSTEM_DESIGN'
  | 'TECHNICAL';

/** Immutable content of a question. */
export type QuestionVersion = Node & {
  __typename?: 'QuestionVersion';
  answerFormat: AnswerFormat;
  /** Null for versions imported from a pack. */
  author?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** Worked example answers for calibration (typically what a 2 and a 3 sound like). */
  exampleAnswers: Array<ExampleAnswer>;
  followUps: Array<Scalars['String']['output']>;
  /** How to run the question and what to listen for. */
  guidance: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** For each seniority the question is tagged with, what a 3 ("Yes") looks like. Empty when the author wrote none. */
  levelExpectations: Array<LevelExpectation>;
  /** 1 for the first version, then n+1 per edit. */
  number: Scalars['Int']['output'];
  /** The question as the interviewer asks it. */
  prompt: Scalars['String']['output'];
  /** What the question assesses and why. */
  purpose: Scalars['String']['output'];
  questionId: Scalars['ID']['output'];
  redFlags: Array<Scalars['String']['output']>;
  rubric: Rubric;
  /** The scale the rubric is written against. */
  scale: RatingScale;
  source: VersionSource;
  strongSignals: Array<Scalars['String']['output']>;
  /** The question's type when this version was written; kits pinned to the version show it. Changing the type makes a new version. */
  type: QuestionType;
};

/** A page of the versions of a question. */
export type QuestionVersionConnection = {
  __typename?: 'QuestionVersionConnection';
  edges: Array<QuestionVersionEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

/** What changed between two versions of a question. */
export type QuestionVersionDiff = {
  __typename?: 'QuestionVersionDiff';
  changes: Array<FieldChange>;
  from: QuestionVersion;
  to: QuestionVersion;
};

export type QuestionVersionEdge = {
  __typename?: 'QuestionVersionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: QuestionVersion;
};

/** One level of a rating scale. */
export type RatingLevel = {
  __typename?: 'RatingLevel';
  description: Scalars['String']['output'];
  label: Scalars['String']['output'];
  value: Scalars['Int']['output'];
};

export type RatingLevelInput = {
  /** Empty when omitted. */
  description?: InputMaybe<Scalars['String']['input']>;
  label: Scalars['String']['input'];
};

/** A level of our rating scale and the ATS value it exports as. */
export type RatingMapping = {
  __typename?: 'RatingMapping';
  level: Scalars['Int']['output'];
  maps: AtsValue;
};

export type RatingMappingInput = {
  /** A level of the rating scale (1 to 10). */
  level: Scalars['Int']['input'];
  /** The ATS's value (AtsValue.value), e.g. mixed or 2. */
  value: Scalars['String']['input'];
};

/** A version of the tenant rating scale. */
export type RatingScale = {
  __typename?: 'RatingScale';
  id: Scalars['ID']['output'];
  /** Lowest first. */
  levels: Array<RatingLevel>;
  /** Grows when the number of levels changes. */
  version: Scalars['Int']['output'];
};

/** The overall recommendation; the line runs between NO and YES. */
export type Recommendation =
  | 'NO'
  | 'STRONG_NO'
  | 'STRONG_YES'
  | 'YES';

/** Our recommendation and the ATS value it exports as. */
export type RecommendationMapping = {
  __typename?: 'RecommendationMapping';
  maps: AtsValue;
  recommendation: Recommendation;
};

export type RecommendationMappingInput = {
  recommendation: Recommendation;
  /** The ATS's value (AtsValue.value), e.g. definitely_not or 1. */
  value: Scalars['String']['input'];
};

/** How many scorecards recommend what. */
export type RecommendationTally = {
  __typename?: 'RecommendationTally';
  no: Scalars['Int']['output'];
  strongNo: Scalars['Int']['output'];
  strongYes: Scalars['Int']['output'];
  yes: Scalars['Int']['output'];
};

export type RefreshSessionInput = {
  refreshToken: Scalars['String']['input'];
};

export type ReorderInput = {
  /** Every child id, in the new order. */
  orderedIds: Array<Scalars['ID']['input']>;
  /** The loop (for stages) or the stage (for questions). */
  parentId: Scalars['ID']['input'];
};

/** Moves an interview; revealAt: null removes the reveal time. */
export type RescheduleInterviewInput = {
  id: Scalars['ID']['input'];
  revealAt?: InputMaybe<Scalars['DateTime']['input']>;
  scheduledEnd: Scalars['DateTime']['input'];
  scheduledStart: Scalars['DateTime']['input'];
};

/** What a member may do in a tenant. */
export type Role =
  /** Manages members, settings, API keys and everything recruiters can. */
  | 'ADMIN'
  /** Reads kits and the debriefs of their loops. */
  | 'HIRING_MANAGER'
  /** Reads the kits of their interviews and writes scorecards. */
  | 'INTERVIEWER'
  /** Builds the question library and interview loops; schedules. */
  | 'RECRUITER';

/** The rubric of one question version. */
export type Rubric = {
  __typename?: 'Rubric';
  /** True when it has criteria with an anchor at every level. */
  complete: Scalars['Boolean']['output'];
  criteria: Array<RubricCriterion>;
};

/** A criterion of a rubric. */
export type RubricCriterion = Criterion & {
  __typename?: 'RubricCriterion';
  /** One anchor per level of the scale. */
  anchors: Array<Anchor>;
  competency: Competency;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** Relative weight, greater than 0. */
  weight: Scalars['Float']['output'];
};

export type RubricCriterionInput = {
  /** One anchor per level of the current scale, lowest first. */
  anchors: Array<Scalars['String']['input']>;
  competencyId: Scalars['ID']['input'];
  /** Empty when omitted. */
  description?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** Relative weight: from 0.01 to 100, with at most two decimals. */
  weight: Scalars['Float']['input'];
};

/** Changes a draft: only the entries given change. Fails with CONFLICT, changing nothing, when expectedVersion is not the current version. */
export type SaveScorecardDraftInput = {
  competencyRatings?: InputMaybe<Array<CompetencyRatingInput>>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Array<QuestionNoteInput>>;
  ratings?: InputMaybe<Array<CriterionRatingInput>>;
  /** null clears it in a draft. */
  recommendation?: InputMaybe<Recommendation>;
  /** Omitted: the stored summary is kept; null or empty clears it. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type ScheduleInterviewInput = {
  /** Id in the ATS; unique in the tenant. */
  atsExternalId?: InputMaybe<Scalars['String']['input']>;
  candidateId: Scalars['ID']['input'];
  /** User ids of the interviewers. */
  interviewerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  revealAt?: InputMaybe<Scalars['DateTime']['input']>;
  scheduledEnd: Scalars['DateTime']['input'];
  scheduledStart: Scalars['DateTime']['input'];
  /** A stage of a published loop. */
  stageId: Scalars['ID']['input'];
};

/** One interviewer's scorecard for one interview. Content is the draft while DRAFT, else the latest revision. */
export type Scorecard = Node & {
  __typename?: 'Scorecard';
  /** An amendment was made after the author could read other feedback. */
  amendedAfterReveal: Scalars['Boolean']['output'];
  /** The recommendation and ratings in an ATS's values, under the tenant's scale mapping (atsScaleMappings): for `ats`, or else the calling API key's configured ATS; null when neither names one. */
  atsExport?: Maybe<ScorecardAtsExport>;
  candidate: Candidate;
  competencyRatings: Array<CompetencyRating>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Null when the caller may read the scorecard but not the interview (another interview of a candidate they interview). */
  interview?: Maybe<Interview>;
  interviewer: User;
  notes: Array<QuestionNote>;
  ratings: Array<CriterionRating>;
  recommendation?: Maybe<Recommendation>;
  /** Number of the latest revision; null while DRAFT. */
  revision?: Maybe<Scalars['Int']['output']>;
  /** The revisions, oldest first (`last: 1` is the current one), a page at a time: at most 100. Changed in issue 16: a connection (read `edges { node }`), no longer a list. */
  revisions: ScorecardRevisionConnection;
  status: ScorecardStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  summary: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it as expectedVersion to the next save, submit or amendment. */
  version: Scalars['Int']['output'];
};


/** One interviewer's scorecard for one interview. Content is the draft while DRAFT, else the latest revision. */
export type ScorecardAtsExportArgs = {
  ats?: InputMaybe<AtsSystem>;
};


/** One interviewer's scorecard for one interview. Content is the draft while DRAFT, else the latest revision. */
export type ScorecardRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A scorecard's recommendation and ratings in one ATS's values, under the tenant's mapping (atsScaleMappings). */
export type ScorecardAtsExport = {
  __typename?: 'ScorecardAtsExport';
  ats: AtsSystem;
  competencyRatings: Array<AtsCompetencyValue>;
  ratings: Array<AtsCriterionValue>;
  /** Null while the scorecard has none. */
  recommendation?: Maybe<AtsValue>;
};

export type ScorecardConnection = {
  __typename?: 'ScorecardConnection';
  edges: Array<ScorecardEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type ScorecardEdge = {
  __typename?: 'ScorecardEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: Scorecard;
};

/** Submitted content: number 1 is the submission, later ones amendments. */
export type ScorecardRevision = {
  __typename?: 'ScorecardRevision';
  /** True when the author could already read other interviewers' feedback on the candidate. */
  afterReveal: Scalars['Boolean']['output'];
  competencyRatings: Array<CompetencyRating>;
  createdAt: Scalars['DateTime']['output'];
  notes: Array<QuestionNote>;
  number: Scalars['Int']['output'];
  ratings: Array<CriterionRating>;
  /** Why it was amended; null on the submission. */
  reason?: Maybe<Scalars['String']['output']>;
  recommendation?: Maybe<Recommendation>;
  summary: Scalars['String']['output'];
};

/** A page of the revisions of a scorecard. */
export type ScorecardRevisionConnection = {
  __typename?: 'ScorecardRevisionConnection';
  edges: Array<ScorecardRevisionEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type ScorecardRevisionEdge = {
  __typename?: 'ScorecardRevisionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: ScorecardRevision;
};

/** DRAFT is editable by its author only; SUBMITTED is immutable (amend it). */
export type ScorecardStatus =
  | 'DRAFT'
  | 'SUBMITTED';

/** The tenant's scoring guide: how criterion scores combine into a question score, the veto rule, what "not assessed" does, and how a question weighs in the debrief. */
export type ScoringGuide = {
  __typename?: 'ScoringGuide';
  /** How the criterion scores of one question combine into its score. */
  combination: Scalars['String']['output'];
  /** How a question score weighs in the debrief and the recommendation. */
  debrief: Scalars['String']['output'];
  /** What a criterion marked "not assessed" does to the question score. */
  notAssessed: Scalars['String']['output'];
  /** The veto rule: which single low score outweighs the average, if any. */
  veto: Scalars['String']['output'];
};

/** The scoring guide; every part is required and replaces the stored one. */
export type ScoringGuideInput = {
  /** How the criterion scores of one question combine into its score. */
  combination: Scalars['String']['input'];
  /** How a question score weighs in the debrief and the recommendation. */
  debrief: Scalars['String']['input'];
  /** What a criterion marked "not assessed" does to the question score. */
  notAssessed: Scalars['String']['input'];
  /** The veto rule, or a statement that there is none. */
  veto: Scalars['String']['input'];
};

/** Seniority level a question suits. */
export type Seniority =
  | 'JUNIOR'
  | 'MID'
  | 'SENIOR'
  | 'STAFF';

/** What one seniority level means for this tenant. */
export type SeniorityLevelDefinition = {
  __typename?: 'SeniorityLevelDefinition';
  /** The scope, autonomy and impact expected at this level. */
  definition: Scalars['String']['output'];
  seniority: Seniority;
  /** Short name of the level, e.g. "Senior engineer". */
  title: Scalars['String']['output'];
};

export type SeniorityLevelInput = {
  definition: Scalars['String']['input'];
  seniority: Seniority;
  title: Scalars['String']['input'];
};

/** Only the entries given change; reset returns this ATS to the defaults first. */
export type SetAtsScaleMappingInput = {
  ats: AtsSystem;
  ratings?: InputMaybe<Array<RatingMappingInput>>;
  recommendations?: InputMaybe<Array<RecommendationMappingInput>>;
  /** Start from the defaults (forget earlier changes). */
  reset?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SetRubricInput = {
  /** Replaces the rubric in a new version. */
  criteria: Array<RubricCriterionInput>;
  questionId: Scalars['ID']['input'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** Slug of the tenant to sign in to. */
  tenant: Scalars['String']['input'];
};

/** One stage of a loop. */
export type Stage = {
  __typename?: 'Stage';
  durationMinutes: Scalars['Int']['output'];
  focusCompetencies: Array<Competency>;
  id: Scalars['ID']['output'];
  instructions: Scalars['String']['output'];
  kind: StageKind;
  name: Scalars['String']['output'];
  /** 0 for the first stage. */
  position: Scalars['Int']['output'];
  questions: Array<StageQuestion>;
};

/** What a stage is for. */
export type StageKind =
  | 'BEHAVIORAL'
  | 'CODING'
  | 'CULTURE'
  | 'DEBRIEF'
  | 'SCREEN'
  | 'SYSTEM_DESIGN'
  | 'TECHNICAL';

/** A question pinned to a stage at one version. */
export type StageQuestion = {
  __typename?: 'StageQuestion';
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** The pinned version; later edits never change it. */
  questionVersion: QuestionVersion;
  required: Scalars['Boolean']['output'];
  timeBudgetMinutes: Scalars['Int']['output'];
  /** True when the question has a newer version than the pinned one. */
  upgradeAvailable: Scalars['Boolean']['output'];
};

/** STAR notes on a behavioural answer: the situation, the task, the action the candidate took themselves, and the result. Empty parts were not recorded. */
export type StarNote = {
  __typename?: 'StarNote';
  /** What they did themselves (not the team). */
  action: Scalars['String']['output'];
  /** The outcome, ideally measured, and what they learned. */
  result: Scalars['String']['output'];
  /** The context the candidate was in. */
  situation: Scalars['String']['output'];
  /** What they were responsible for. */
  task: Scalars['String']['output'];
};

/** STAR notes on a behavioural answer. Each part: omitted keeps the stored text (empty for a new note), null clears it. Accepted only on questions answered as a STAR story (answer format STAR or type BEHAVIORAL). */
export type StarNoteInput = {
  action?: InputMaybe<Scalars['String']['input']>;
  result?: InputMaybe<Scalars['String']['input']>;
  situation?: InputMaybe<Scalars['String']['input']>;
  task?: InputMaybe<Scalars['String']['input']>;
};

export type SubmitScorecardInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Changes to the interviews the signed-in member is on the panel of: scheduled, moved, cancelled, added to or taken off the panel, and feedback (a scorecard of the panel submitted, or theirs overdue). Only the members of the panel receive them. */
  myInterviewsChanged: InterviewChange;
  /** Each scorecard of the candidate that is submitted or amended from now on, as the subscriber may read it under the sealed-feedback policy (the same rule as the `scorecard` query); one they may not read is not delivered. NOT_FOUND / FORBIDDEN for a candidate the subscriber may not read. */
  scorecardSubmitted: Scorecard;
};


export type SubscriptionScorecardSubmittedArgs = {
  candidateId: Scalars['ID']['input'];
};

/** A customer organisation; every other object belongs to one. */
export type Tenant = {
  __typename?: 'Tenant';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** URL-safe unique name, used at sign-in. */
  slug: Scalars['String']['output'];
};

/** The tenant's settings. */
export type TenantSettings = {
  __typename?: 'TenantSettings';
  /** Hours after an interview's scheduled end when its scorecards are due. */
  feedbackDueHours: Scalars['Int']['output'];
  /** Minutes after an interview's scheduled end when the first feedback reminder goes to each interviewer who has not submitted. */
  feedbackReminderDelayMinutes: Scalars['Int']['output'];
  /** Hours between later feedback reminders. */
  feedbackReminderIntervalHours: Scalars['Int']['output'];
  /** At most this many feedback reminders per scorecard (0: none). Reminders stop once the scorecard is submitted or the interview cancelled. */
  feedbackReminderLimit: Scalars['Int']['output'];
  feedbackVisibility: FeedbackVisibility;
};

/** A row that left a sync feed, or lost its personal data. */
export type Tombstone = {
  __typename?: 'Tombstone';
  /** `candidate`, `interview` or `scorecard`. */
  entity: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: TombstoneKind;
  occurredAt: Scalars['DateTime']['output'];
};

export type TombstoneConnection = {
  __typename?: 'TombstoneConnection';
  edges: Array<TombstoneEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type TombstoneEdge = {
  __typename?: 'TombstoneEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: Tombstone;
};

/** DELETED (the row is gone) or ANONYMIZED (its personal data is gone). */
export type TombstoneKind =
  | 'ANONYMIZED'
  | 'DELETED';

/** Only the fields given change. */
export type UpdateCandidateInput = {
  /** Id in the ATS; unique in the tenant. */
  atsExternalId?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. */
export type UpdateCategoryInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Lowercase and dashes; unique among siblings. On create, defaults to the name in kebab-case. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. */
export type UpdateCompetencyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes the tenant's interview guide: each part given replaces the stored one, an omitted part is kept. Without a guide yet, all three parts are required. Once edited, the guide is the tenant's own: a later pack import leaves it alone. */
export type UpdateInterviewGuideInput = {
  /** 1 to 20 sections. */
  interviewerGuidance?: InputMaybe<Array<GuidanceSectionInput>>;
  scoringGuide?: InputMaybe<ScoringGuideInput>;
  /** At most one per seniority; stored junior first. */
  seniorityLevels?: InputMaybe<Array<SeniorityLevelInput>>;
};

/** Only the fields given change. */
export type UpdateLoopInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** User ids of members who are hiring managers. */
  hiringManagerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  roleTitle?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. */
export type UpdateNotificationPreferencesInput = {
  feedbackComplete?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Metadata changes apply in place; a content change makes a new version. */
export type UpdateQuestionInput = {
  content?: InputMaybe<QuestionContentInput>;
  id: Scalars['ID']['input'];
  metadata?: InputMaybe<QuestionMetadataInput>;
};

export type UpdateRatingScaleInput = {
  /** Lowest first. A different number of levels makes a new scale version. */
  levels: Array<RatingLevelInput>;
};

/** Only the fields given change. */
export type UpdateStageInput = {
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  focusCompetencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  instructions?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<StageKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; the pin keeps its id and place. */
export type UpdateStageQuestionInput = {
  /** The pin (StageQuestion.id). */
  id: Scalars['ID']['input'];
  /** Pins this version instead: any version of the same question. */
  questionVersionId?: InputMaybe<Scalars['ID']['input']>;
  /** True when omitted. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  timeBudgetMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** Only the fields given change. */
export type UpdateTenantSettingsInput = {
  feedbackDueHours?: InputMaybe<Scalars['Int']['input']>;
  feedbackReminderDelayMinutes?: InputMaybe<Scalars['Int']['input']>;
  feedbackReminderIntervalHours?: InputMaybe<Scalars['Int']['input']>;
  feedbackReminderLimit?: InputMaybe<Scalars['Int']['input']>;
  feedbackVisibility?: InputMaybe<FeedbackVisibility>;
};

/** Only the fields given change. */
export type UpdateWebhookEndpointInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The ATS whose values scorecard events carry to this endpoint as data.ats (the tenant's scale mapping). Defaults to the creating API key's ats. */
  ats?: InputMaybe<AtsSystem>;
  description?: InputMaybe<Scalars['String']['input']>;
  events?: InputMaybe<Array<WebhookEventType>>;
  id: Scalars['ID']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Creates or updates the candidate with this ATS id. */
export type UpsertCandidateInput = {
  atsExternalId: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type UpsertCandidatePayload = {
  __typename?: 'UpsertCandidatePayload';
  candidate: Candidate;
  /** True when this call created it. */
  created: Scalars['Boolean']['output'];
};

/** Creates or updates the interview with this ATS id: schedule, reveal time and the full set of interviewers, named by their e-mail in this tenant. Name the candidate by candidateId or candidateAtsId. */
export type UpsertInterviewInput = {
  atsExternalId: Scalars['String']['input'];
  candidateAtsId?: InputMaybe<Scalars['String']['input']>;
  candidateId?: InputMaybe<Scalars['ID']['input']>;
  interviewerEmails: Array<Scalars['String']['input']>;
  revealAt?: InputMaybe<Scalars['DateTime']['input']>;
  scheduledEnd: Scalars['DateTime']['input'];
  scheduledStart: Scalars['DateTime']['input'];
  /** A stage of a published loop; fixed once the interview exists. */
  stageId: Scalars['ID']['input'];
};

export type UpsertInterviewPayload = {
  __typename?: 'UpsertInterviewPayload';
  /** True when this call created it. */
  created: Scalars['Boolean']['output'];
  interview: Interview;
};

/** A person. One user may belong to several tenants. */
export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** Who wrote a version. */
export type VersionSource =
  | 'PACK'
  | 'USER';

/** The caller: user, tenant and role. */
export type Viewer = {
  __typename?: 'Viewer';
  role: Role;
  tenant: Tenant;
  user: User;
};

/** One event to one endpoint: its tries and outcome. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Tries made so far. */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  endpointId: Scalars['ID']['output'];
  event: WebhookEvent;
  id: Scalars['ID']['output'];
  /** Why the last try failed (status and the start of the body, or the network error). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last try, if any came. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next try is due. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  /** Number of items across all pages, exact up to 10000: 10001 means more than 10000. Counted only when selected (leave it out of sync and paging queries). */
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every try failed (or the endpoint is inactive); redeliverWebhook revives it. */
  | 'DEAD'
  /** Queued (or redelivered) and not yet tried. */
  | 'PENDING'
  /** Failed at least once; the next try is at nextAttemptAt. */
  | 'RETRYING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** Where the tenant wants events sent. The signing secret is never shown again. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** An inactive endpoint gets no new deliveries; pending ones go DEAD. */
  active: Scalars['Boolean']['output'];
  /** The ATS whose values scorecard events carry to this endpoint as data.ats (the tenant's scale mapping). */
  ats?: Maybe<AtsSystem>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** The event types sent to it. */
  events: Array<WebhookEventType>;
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

export type WebhookEndpointSecretPayload = {
  __typename?: 'WebhookEndpointSecretPayload';
  endpoint: WebhookEndpoint;
  /** The signing secret (whsec_…), shown only here: the receiver keys HMAC-SHA256 with it to check x-ik-signature. */
  secret: Scalars['String']['output'];
};

/** An event of the outbox, as sent in the body of its deliveries. */
export type WebhookEvent = {
  __typename?: 'WebhookEvent';
  /** Also the x-ik-event-id header: the key to deduplicate on. */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The `data` of the body, as JSON text. */
  payload: Scalars['String']['output'];
  type: WebhookEventType;
};

/** An event a webhook endpoint can subscribe to; sent as its dotted name. */
export type WebhookEventType =
  /** candidate.anonymized: a candidate was anonymised. */
  | 'CANDIDATE_ANONYMIZED'
  /** interview.cancelled: an interview was cancelled. */
  | 'INTERVIEW_CANCELLED'
  /** interview.feedback_complete: every assigned interviewer has submitted their scorecard. */
  | 'INTERVIEW_FEEDBACK_COMPLETE'
  /** interview.rescheduled: an interview moved to another time. */
  | 'INTERVIEW_RESCHEDULED'
  /** interview.scheduled: an interview was scheduled. */
  | 'INTERVIEW_SCHEDULED'
  /** loop.published: a loop was published. */
  | 'LOOP_PUBLISHED'
  /** scorecard.amended: a submitted scorecard was amended. */
  | 'SCORECARD_AMENDED'
  /** scorecard.overdue: a scorecard passed its due time (the interview's end plus the tenant's feedbackDueHours) unsubmitted; once per scorecard. */
  | 'SCORECARD_OVERDUE'
  /** scorecard.submitted: a scorecard was submitted. */
  | 'SCORECARD_SUBMITTED';

export type AdminMembersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminMembersQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, role: Role, invitationPending: boolean, createdAt: string, user: { __typename?: 'User', id: string, displayName: string, email: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'InviteMemberPayload', invitationExpiresAt?: string | null, member: { __typename?: 'Member', id: string, role: Role, invitationPending: boolean, user: { __typename?: 'User', id: string, email: string } } } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { __typename?: 'Mutation', changeMemberRole: { __typename?: 'Member', id: string, role: Role } };

export type RemoveMemberMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: string };

export type AdminTenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTenantSettingsQuery = { __typename?: 'Query', tenantSettings: { __typename?: 'TenantSettings', feedbackDueHours: number, feedbackVisibility: FeedbackVisibility } };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { __typename?: 'Mutation', updateTenantSettings: { __typename?: 'TenantSettings', feedbackDueHours: number, feedbackVisibility: FeedbackVisibility } };

export type AdminApiKeysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', edges: Array<{ __typename?: 'ApiKeyEdge', node: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type AdminWebhookEndpointFragment = { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<WebhookEventType>, active: boolean, createdAt: string, updatedAt: string };

export type AdminWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<WebhookEventType>, active: boolean, createdAt: string, updatedAt: string }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'WebhookEndpointSecretPayload', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<WebhookEventType>, active: boolean, createdAt: string, updatedAt: string } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<WebhookEventType>, active: boolean, createdAt: string, updatedAt: string } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'WebhookEndpointSecretPayload', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<WebhookEventType>, active: boolean, createdAt: string, updatedAt: string } } };

export type AdminWebhookDeliveriesQueryVariables = Exact<{
  endpointId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminWebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, endpointId: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode?: number | null, lastError?: string | null, nextAttemptAt?: string | null, deliveredAt?: string | null, createdAt: string, event: { __typename?: 'WebhookEvent', id: string, type: WebhookEventType, occurredAt: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: Scalars['ID']['input'];
}>;


export type RedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt?: string | null } };

export type AdminAuditEventsQueryVariables = Exact<{
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminAuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, action: string, actorType: AuditActorType, actorId?: string | null, entity?: string | null, entityId?: string | null, changedFields: Array<string>, occurredAt: string, requestId?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CalibrationInterviewerPageFragment = { __typename?: 'InterviewerCalibrationConnection', edges: Array<{ __typename?: 'InterviewerCalibrationEdge', node: { __typename?: 'InterviewerCalibration', scorecards: number, meanScore?: number | null, expectedMean?: number | null, leniency?: number | null, yesShare: number, onTimeRate: number, interviewer: { __typename?: 'User', id: string, displayName: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } };

export type CalibrationQuestionPageFragment = { __typename?: 'QuestionAnalyticsConnection', edges: Array<{ __typename?: 'QuestionAnalyticsEdge', node: { __typename?: 'QuestionAnalytics', questionVersionId: string, uses: number, meanScore: number, stddev: number, agreement?: number | null, agreementPairs: number, recommendationCorrelation?: number | null, questionVersion: { __typename?: 'QuestionVersion', id: string, number: number, prompt: string, questionId: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } };

export type CalibrationQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type CalibrationQuery = { __typename?: 'Query', interviewerCalibration: { __typename?: 'InterviewerCalibrationConnection', edges: Array<{ __typename?: 'InterviewerCalibrationEdge', node: { __typename?: 'InterviewerCalibration', scorecards: number, meanScore?: number | null, expectedMean?: number | null, leniency?: number | null, yesShare: number, onTimeRate: number, interviewer: { __typename?: 'User', id: string, displayName: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, questionAnalytics: { __typename?: 'QuestionAnalyticsConnection', edges: Array<{ __typename?: 'QuestionAnalyticsEdge', node: { __typename?: 'QuestionAnalytics', questionVersionId: string, uses: number, meanScore: number, stddev: number, agreement?: number | null, agreementPairs: number, recommendationCorrelation?: number | null, questionVersion: { __typename?: 'QuestionVersion', id: string, number: number, prompt: string, questionId: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CalibrationMoreInterviewersQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  after: Scalars['String']['input'];
}>;


export type CalibrationMoreInterviewersQuery = { __typename?: 'Query', interviewerCalibration: { __typename?: 'InterviewerCalibrationConnection', edges: Array<{ __typename?: 'InterviewerCalibrationEdge', node: { __typename?: 'InterviewerCalibration', scorecards: number, meanScore?: number | null, expectedMean?: number | null, leniency?: number | null, yesShare: number, onTimeRate: number, interviewer: { __typename?: 'User', id: string, displayName: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CalibrationMoreQuestionsQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  after: Scalars['String']['input'];
}>;


export type CalibrationMoreQuestionsQuery = { __typename?: 'Query', questionAnalytics: { __typename?: 'QuestionAnalyticsConnection', edges: Array<{ __typename?: 'QuestionAnalyticsEdge', node: { __typename?: 'QuestionAnalytics', questionVersionId: string, uses: number, meanScore: number, stddev: number, agreement?: number | null, agreementPairs: number, recommendationCorrelation?: number | null, questionVersion: { __typename?: 'QuestionVersion', id: string, number: number, prompt: string, questionId: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CreateCandidateMutationVariables = Exact<{
  input: CreateCandidateInput;
}>;


export type CreateCandidateMutation = { __typename?: 'Mutation', createCandidate: { __typename?: 'Candidate', id: string, name: string, email?: string | null, atsExternalId?: string | null } };

export type UpdateCandidateMutationVariables = Exact<{
  input: UpdateCandidateInput;
}>;


export type UpdateCandidateMutation = { __typename?: 'Mutation', updateCandidate: { __typename?: 'Candidate', id: string, name: string, email?: string | null, atsExternalId?: string | null } };

export type CandidatesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CandidatesQuery = { __typename?: 'Query', candidates: { __typename?: 'CandidateConnection', edges: Array<{ __typename?: 'CandidateEdge', node: { __typename?: 'Candidate', id: string, name: string, email?: string | null, atsExternalId?: string | null, anonymizedAt?: string | null, interviews: Array<{ __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, stage?: { __typename?: 'Stage', id: string, name: string } | null }> } }> } };

export type CandidateDebriefQueryVariables = Exact<{
  candidateId: Scalars['ID']['input'];
}>;


export type CandidateDebriefQuery = { __typename?: 'Query', ratingScale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string }> }, candidateDebrief: { __typename?: 'CandidateDebrief', sealedScorecards: number, candidate: { __typename?: 'Candidate', id: string, name: string }, interviews: Array<{ __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, stage?: { __typename?: 'Stage', id: string, name: string } | null, loop?: { __typename?: 'InterviewLoop', id: string, name: string } | null }>, scorecards: Array<{ __typename?: 'Scorecard', id: string, submittedAt?: string | null, revision?: number | null, amendedAfterReveal: boolean, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, interview?: { __typename?: 'Interview', id: string, stage?: { __typename?: 'Stage', id: string, name: string } | null } | null, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string, name: string } }>, revisions: { __typename?: 'ScorecardRevisionConnection', edges: Array<{ __typename?: 'ScorecardRevisionEdge', node: { __typename?: 'ScorecardRevision', number: number, reason?: string | null, createdAt: string, afterReveal: boolean } }> } }>, competencies: Array<{ __typename?: 'CompetencySummary', count: number, mean: number, min: number, max: number, spread: number, disagreement: boolean, competency: { __typename?: 'Competency', id: string, name: string } }>, recommendations: { __typename?: 'RecommendationTally', strongNo: number, no: number, yes: number, strongYes: number }, flags: Array<{ __typename?: 'DebriefFlag', code: string, message: string, competencyId?: string | null, scorecardId?: string | null }>, missing: Array<{ __typename?: 'MissingScorecard', scorecardId: string, dueAt: string, overdueSeconds: number, interviewer: { __typename?: 'User', id: string, displayName: string }, interview: { __typename?: 'Interview', id: string, stage?: { __typename?: 'Stage', id: string, name: string } | null } }> } };

export type DebriefScorecardSubmittedSubscriptionVariables = Exact<{
  candidateId: Scalars['ID']['input'];
}>;


export type DebriefScorecardSubmittedSubscription = { __typename?: 'Subscription', scorecardSubmitted: { __typename?: 'Scorecard', id: string } };

export type LibraryCategoryFragment = { __typename?: 'Category', id: string, name: string, slug: string, archived: boolean };

export type LibraryTaxonomyQueryVariables = Exact<{ [key: string]: never; }>;


export type LibraryTaxonomyQuery = { __typename?: 'Query', categories: Array<{ __typename?: 'Category', id: string, name: string, slug: string, archived: boolean, children: Array<{ __typename?: 'Category', id: string, name: string, slug: string, archived: boolean, children: Array<{ __typename?: 'Category', id: string, name: string, slug: string, archived: boolean, children: Array<{ __typename?: 'Category', id: string, name: string, slug: string, archived: boolean }> }> }> }>, competencies: Array<{ __typename?: 'Competency', id: string, key: string, name: string, description: string }>, ratingScale: { __typename?: 'RatingScale', id: string, version: number, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string, description: string }> } };

export type LibraryQuestionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  competencyId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<QuestionType>;
  seniority?: InputMaybe<Seniority>;
  tag?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<QuestionStatus>;
}>;


export type LibraryQuestionsQuery = { __typename?: 'Query', questions: { __typename?: 'QuestionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QuestionEdge', cursor: string, highlight?: string | null, node: { __typename?: 'Question', id: string, type: QuestionType, status: QuestionStatus, seniority: Array<Seniority>, tags: Array<string>, estimatedMinutes: number, category: { __typename?: 'Category', id: string, name: string }, currentVersion: { __typename?: 'QuestionVersion', id: string, number: number, prompt: string, rubric: { __typename?: 'Rubric', complete: boolean } } } }> } };

export type LibraryVersionFragment = { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, prompt: string, purpose: string, guidance: string, answerFormat: AnswerFormat, followUps: Array<string>, strongSignals: Array<string>, redFlags: Array<string>, author?: { __typename?: 'User', id: string, displayName: string } | null, levelExpectations: Array<{ __typename?: 'LevelExpectation', seniority: Seniority, expectation: string }>, exampleAnswers: Array<{ __typename?: 'ExampleAnswer', score: number, answer: string }>, scale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string }> }, rubric: { __typename?: 'Rubric', complete: boolean, criteria: Array<{ __typename?: 'RubricCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> }> } };

export type LibraryQuestionFieldsFragment = { __typename?: 'Question', id: string, type: QuestionType, status: QuestionStatus, seniority: Array<Seniority>, tags: Array<string>, estimatedMinutes: number, packKey?: string | null, createdAt: string, updatedAt: string, category: { __typename?: 'Category', id: string, name: string }, currentVersion: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, prompt: string, purpose: string, guidance: string, answerFormat: AnswerFormat, followUps: Array<string>, strongSignals: Array<string>, redFlags: Array<string>, author?: { __typename?: 'User', id: string, displayName: string } | null, levelExpectations: Array<{ __typename?: 'LevelExpectation', seniority: Seniority, expectation: string }>, exampleAnswers: Array<{ __typename?: 'ExampleAnswer', score: number, answer: string }>, scale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string }> }, rubric: { __typename?: 'Rubric', complete: boolean, criteria: Array<{ __typename?: 'RubricCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> }> } }, versions: { __typename?: 'QuestionVersionConnection', edges: Array<{ __typename?: 'QuestionVersionEdge', node: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, author?: { __typename?: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type LibraryVersionPageFragment = { __typename?: 'QuestionVersionConnection', edges: Array<{ __typename?: 'QuestionVersionEdge', node: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, author?: { __typename?: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } };

export type LibraryQuestionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LibraryQuestionQuery = { __typename?: 'Query', question: { __typename?: 'Question', id: string, type: QuestionType, status: QuestionStatus, seniority: Array<Seniority>, tags: Array<string>, estimatedMinutes: number, packKey?: string | null, createdAt: string, updatedAt: string, category: { __typename?: 'Category', id: string, name: string }, currentVersion: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, prompt: string, purpose: string, guidance: string, answerFormat: AnswerFormat, followUps: Array<string>, strongSignals: Array<string>, redFlags: Array<string>, author?: { __typename?: 'User', id: string, displayName: string } | null, levelExpectations: Array<{ __typename?: 'LevelExpectation', seniority: Seniority, expectation: string }>, exampleAnswers: Array<{ __typename?: 'ExampleAnswer', score: number, answer: string }>, scale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string }> }, rubric: { __typename?: 'Rubric', complete: boolean, criteria: Array<{ __typename?: 'RubricCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> }> } }, versions: { __typename?: 'QuestionVersionConnection', edges: Array<{ __typename?: 'QuestionVersionEdge', node: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, author?: { __typename?: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type LibraryQuestionVersionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after: Scalars['String']['input'];
}>;


export type LibraryQuestionVersionsQuery = { __typename?: 'Query', question: { __typename?: 'Question', id: string, versions: { __typename?: 'QuestionVersionConnection', edges: Array<{ __typename?: 'QuestionVersionEdge', node: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, author?: { __typename?: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type LibraryVersionDiffQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type LibraryVersionDiffQuery = { __typename?: 'Query', questionVersionDiff: { __typename?: 'QuestionVersionDiff', from: { __typename?: 'QuestionVersion', id: string, number: number }, to: { __typename?: 'QuestionVersion', id: string, number: number }, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null }> } };

export type LibraryCreateQuestionMutationVariables = Exact<{
  input: CreateQuestionInput;
}>;


export type LibraryCreateQuestionMutation = { __typename?: 'Mutation', createQuestion: { __typename?: 'Question', id: string, type: QuestionType, status: QuestionStatus, seniority: Array<Seniority>, tags: Array<string>, estimatedMinutes: number, packKey?: string | null, createdAt: string, updatedAt: string, category: { __typename?: 'Category', id: string, name: string }, currentVersion: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, prompt: string, purpose: string, guidance: string, answerFormat: AnswerFormat, followUps: Array<string>, strongSignals: Array<string>, redFlags: Array<string>, author?: { __typename?: 'User', id: string, displayName: string } | null, levelExpectations: Array<{ __typename?: 'LevelExpectation', seniority: Seniority, expectation: string }>, exampleAnswers: Array<{ __typename?: 'ExampleAnswer', score: number, answer: string }>, scale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string }> }, rubric: { __typename?: 'Rubric', complete: boolean, criteria: Array<{ __typename?: 'RubricCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> }> } }, versions: { __typename?: 'QuestionVersionConnection', edges: Array<{ __typename?: 'QuestionVersionEdge', node: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, author?: { __typename?: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type LibraryUpdateQuestionMutationVariables = Exact<{
  input: UpdateQuestionInput;
}>;


export type LibraryUpdateQuestionMutation = { __typename?: 'Mutation', updateQuestion: { __typename?: 'Question', id: string, type: QuestionType, status: QuestionStatus, seniority: Array<Seniority>, tags: Array<string>, estimatedMinutes: number, packKey?: string | null, createdAt: string, updatedAt: string, category: { __typename?: 'Category', id: string, name: string }, currentVersion: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, prompt: string, purpose: string, guidance: string, answerFormat: AnswerFormat, followUps: Array<string>, strongSignals: Array<string>, redFlags: Array<string>, author?: { __typename?: 'User', id: string, displayName: string } | null, levelExpectations: Array<{ __typename?: 'LevelExpectation', seniority: Seniority, expectation: string }>, exampleAnswers: Array<{ __typename?: 'ExampleAnswer', score: number, answer: string }>, scale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string }> }, rubric: { __typename?: 'Rubric', complete: boolean, criteria: Array<{ __typename?: 'RubricCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> }> } }, versions: { __typename?: 'QuestionVersionConnection', edges: Array<{ __typename?: 'QuestionVersionEdge', node: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, author?: { __typename?: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type LibrarySetRubricMutationVariables = Exact<{
  input: SetRubricInput;
}>;


export type LibrarySetRubricMutation = { __typename?: 'Mutation', setRubric: { __typename?: 'Question', id: string, type: QuestionType, status: QuestionStatus, seniority: Array<Seniority>, tags: Array<string>, estimatedMinutes: number, packKey?: string | null, createdAt: string, updatedAt: string, category: { __typename?: 'Category', id: string, name: string }, currentVersion: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, prompt: string, purpose: string, guidance: string, answerFormat: AnswerFormat, followUps: Array<string>, strongSignals: Array<string>, redFlags: Array<string>, author?: { __typename?: 'User', id: string, displayName: string } | null, levelExpectations: Array<{ __typename?: 'LevelExpectation', seniority: Seniority, expectation: string }>, exampleAnswers: Array<{ __typename?: 'ExampleAnswer', score: number, answer: string }>, scale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string }> }, rubric: { __typename?: 'Rubric', complete: boolean, criteria: Array<{ __typename?: 'RubricCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> }> } }, versions: { __typename?: 'QuestionVersionConnection', edges: Array<{ __typename?: 'QuestionVersionEdge', node: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, author?: { __typename?: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type LibraryActivateQuestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LibraryActivateQuestionMutation = { __typename?: 'Mutation', activateQuestion: { __typename?: 'Question', id: string, type: QuestionType, status: QuestionStatus, seniority: Array<Seniority>, tags: Array<string>, estimatedMinutes: number, packKey?: string | null, createdAt: string, updatedAt: string, category: { __typename?: 'Category', id: string, name: string }, currentVersion: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, prompt: string, purpose: string, guidance: string, answerFormat: AnswerFormat, followUps: Array<string>, strongSignals: Array<string>, redFlags: Array<string>, author?: { __typename?: 'User', id: string, displayName: string } | null, levelExpectations: Array<{ __typename?: 'LevelExpectation', seniority: Seniority, expectation: string }>, exampleAnswers: Array<{ __typename?: 'ExampleAnswer', score: number, answer: string }>, scale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string }> }, rubric: { __typename?: 'Rubric', complete: boolean, criteria: Array<{ __typename?: 'RubricCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> }> } }, versions: { __typename?: 'QuestionVersionConnection', edges: Array<{ __typename?: 'QuestionVersionEdge', node: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, author?: { __typename?: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type LibraryArchiveQuestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LibraryArchiveQuestionMutation = { __typename?: 'Mutation', archiveQuestion: { __typename?: 'Question', id: string, type: QuestionType, status: QuestionStatus, seniority: Array<Seniority>, tags: Array<string>, estimatedMinutes: number, packKey?: string | null, createdAt: string, updatedAt: string, category: { __typename?: 'Category', id: string, name: string }, currentVersion: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, prompt: string, purpose: string, guidance: string, answerFormat: AnswerFormat, followUps: Array<string>, strongSignals: Array<string>, redFlags: Array<string>, author?: { __typename?: 'User', id: string, displayName: string } | null, levelExpectations: Array<{ __typename?: 'LevelExpectation', seniority: Seniority, expectation: string }>, exampleAnswers: Array<{ __typename?: 'ExampleAnswer', score: number, answer: string }>, scale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string }> }, rubric: { __typename?: 'Rubric', complete: boolean, criteria: Array<{ __typename?: 'RubricCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> }> } }, versions: { __typename?: 'QuestionVersionConnection', edges: Array<{ __typename?: 'QuestionVersionEdge', node: { __typename?: 'QuestionVersion', id: string, number: number, createdAt: string, source: VersionSource, author?: { __typename?: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type LibraryPacksQueryVariables = Exact<{ [key: string]: never; }>;


export type LibraryPacksQuery = { __typename?: 'Query', availablePacks: Array<string> };

export type LibraryImportPackMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type LibraryImportPackMutation = { __typename?: 'Mutation', importPack: { __typename?: 'PackImportResult', pack: string, version: string, categoriesCreated: number, competenciesCreated: number, questionsCreated: number, questionsUpdated: number, questionsUnchanged: number, diverged: Array<string>, templatesCreated: number } };

export type LoopListQueryVariables = Exact<{
  status?: InputMaybe<LoopStatus>;
  isTemplate?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type LoopListQuery = { __typename?: 'Query', loops: { __typename?: 'LoopConnection', totalCount: number, edges: Array<{ __typename?: 'LoopEdge', node: { __typename?: 'InterviewLoop', id: string, name: string, roleTitle: string, status: LoopStatus, isTemplate: boolean, updatedAt: string, publishedAt?: string | null, stages: Array<{ __typename?: 'Stage', id: string }> } }> } };

export type CoveragePartsFragment = { __typename?: 'Coverage', publishable: boolean, rows: Array<{ __typename?: 'CoverageRow', totalWeight: number, competency: { __typename?: 'Competency', id: string, name: string }, cells: Array<{ __typename?: 'CoverageCell', stageId: string, weight: number, criteria: number }> }>, findings: Array<{ __typename?: 'CoverageFinding', code: string, severity: FindingSeverity, message: string, path: string, stageId?: string | null, competencyId?: string | null, questionId?: string | null }> };

export type LoopDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LoopDetailQuery = { __typename?: 'Query', loop: { __typename?: 'InterviewLoop', id: string, name: string, roleTitle: string, atsJobId?: string | null, description: string, status: LoopStatus, isTemplate: boolean, clonedFromId?: string | null, publishedAt?: string | null, updatedAt: string, owner: { __typename?: 'User', id: string, displayName: string }, hiringManagers: Array<{ __typename?: 'User', id: string, displayName: string }>, stages: Array<{ __typename?: 'Stage', id: string, position: number, name: string, kind: StageKind, durationMinutes: number, instructions: string, focusCompetencies: Array<{ __typename?: 'Competency', id: string, name: string }>, questions: Array<{ __typename?: 'StageQuestion', id: string, position: number, timeBudgetMinutes: number, required: boolean, upgradeAvailable: boolean, questionVersion: { __typename?: 'QuestionVersion', id: string, number: number, questionId: string, prompt: string, rubric: { __typename?: 'Rubric', criteria: Array<{ __typename?: 'RubricCriterion', id: string, competency: { __typename?: 'Competency', id: string, name: string } }> } } }> }>, coverage: { __typename?: 'Coverage', publishable: boolean, rows: Array<{ __typename?: 'CoverageRow', totalWeight: number, competency: { __typename?: 'Competency', id: string, name: string }, cells: Array<{ __typename?: 'CoverageCell', stageId: string, weight: number, criteria: number }> }>, findings: Array<{ __typename?: 'CoverageFinding', code: string, severity: FindingSeverity, message: string, path: string, stageId?: string | null, competencyId?: string | null, questionId?: string | null }> } } };

export type LoopPickersQueryVariables = Exact<{ [key: string]: never; }>;


export type LoopPickersQuery = { __typename?: 'Query', competencies: Array<{ __typename?: 'Competency', id: string, name: string }> };

export type LoopQuestionSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  competencyId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LoopQuestionSearchQuery = { __typename?: 'Query', questions: { __typename?: 'QuestionConnection', totalCount: number, edges: Array<{ __typename?: 'QuestionEdge', highlight?: string | null, node: { __typename?: 'Question', id: string, type: QuestionType, estimatedMinutes: number, currentVersion: { __typename?: 'QuestionVersion', id: string, number: number, prompt: string, rubric: { __typename?: 'Rubric', criteria: Array<{ __typename?: 'RubricCriterion', id: string, competency: { __typename?: 'Competency', id: string, name: string } }> } } } }> } };

export type CreateLoopMutationVariables = Exact<{
  input: CreateLoopInput;
}>;


export type CreateLoopMutation = { __typename?: 'Mutation', createLoop: { __typename?: 'InterviewLoop', id: string } };

export type CreateLoopFromTemplateMutationVariables = Exact<{
  input: NewLoopFromInput;
}>;


export type CreateLoopFromTemplateMutation = { __typename?: 'Mutation', createLoopFromTemplate: { __typename?: 'InterviewLoop', id: string } };

export type CloneLoopMutationVariables = Exact<{
  input: NewLoopFromInput;
}>;


export type CloneLoopMutation = { __typename?: 'Mutation', cloneLoop: { __typename?: 'InterviewLoop', id: string } };

export type UpdateLoopMutationVariables = Exact<{
  input: UpdateLoopInput;
}>;


export type UpdateLoopMutation = { __typename?: 'Mutation', updateLoop: { __typename?: 'InterviewLoop', id: string } };

export type LinkLoopToJobMutationVariables = Exact<{
  loopId: Scalars['ID']['input'];
  atsJobId?: InputMaybe<Scalars['String']['input']>;
}>;


export type LinkLoopToJobMutation = { __typename?: 'Mutation', linkLoopToJob: { __typename?: 'InterviewLoop', id: string } };

export type AddStageMutationVariables = Exact<{
  input: AddStageInput;
}>;


export type AddStageMutation = { __typename?: 'Mutation', addStage: { __typename?: 'Stage', id: string } };

export type UpdateStageMutationVariables = Exact<{
  input: UpdateStageInput;
}>;


export type UpdateStageMutation = { __typename?: 'Mutation', updateStage: { __typename?: 'Stage', id: string } };

export type RemoveStageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveStageMutation = { __typename?: 'Mutation', removeStage: string };

export type ReorderStagesMutationVariables = Exact<{
  input: ReorderInput;
}>;


export type ReorderStagesMutation = { __typename?: 'Mutation', reorderStages: { __typename?: 'InterviewLoop', id: string } };

export type AddStageQuestionMutationVariables = Exact<{
  input: AddStageQuestionInput;
}>;


export type AddStageQuestionMutation = { __typename?: 'Mutation', addStageQuestion: { __typename?: 'StageQuestion', id: string } };

export type UpdateStageQuestionMutationVariables = Exact<{
  input: UpdateStageQuestionInput;
}>;


export type UpdateStageQuestionMutation = { __typename?: 'Mutation', updateStageQuestion: { __typename?: 'StageQuestion', id: string } };

export type RemoveStageQuestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveStageQuestionMutation = { __typename?: 'Mutation', removeStageQuestion: string };

export type ReorderStageQuestionsMutationVariables = Exact<{
  input: ReorderInput;
}>;


export type ReorderStageQuestionsMutation = { __typename?: 'Mutation', reorderStageQuestions: { __typename?: 'Stage', id: string } };

export type UpgradeStageQuestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UpgradeStageQuestionMutation = { __typename?: 'Mutation', upgradeStageQuestion: { __typename?: 'StageQuestion', id: string } };

export type PublishLoopMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishLoopMutation = { __typename?: 'Mutation', publishLoop: { __typename?: 'PublishLoopPayload', loop: { __typename?: 'InterviewLoop', id: string, status: LoopStatus }, warnings: Array<{ __typename?: 'CoverageFinding', code: string, severity: FindingSeverity, message: string, path: string, stageId?: string | null, competencyId?: string | null, questionId?: string | null }> } };

export type ArchiveLoopMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveLoopMutation = { __typename?: 'Mutation', archiveLoop: { __typename?: 'InterviewLoop', id: string, status: LoopStatus } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', role: Role, user: { __typename?: 'User', id: string, displayName: string, email: string }, tenant: { __typename?: 'Tenant', id: string, name: string, slug: string } } };

export type MyInterviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInterviewsQuery = { __typename?: 'Query', interviews: { __typename?: 'InterviewConnection', edges: Array<{ __typename?: 'InterviewEdge', node: { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, candidate: { __typename?: 'Candidate', id: string, name: string }, stage?: { __typename?: 'Stage', id: string, name: string } | null, scorecards: Array<{ __typename?: 'Scorecard', id: string, status: ScorecardStatus, interviewer: { __typename?: 'User', id: string } }> } }> } };

export type ScorecardContentFragment = { __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string, star?: { __typename?: 'StarNote', situation: string, task: string, action: string, result: string } | null }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: { __typename?: 'ScorecardRevisionConnection', edges: Array<{ __typename?: 'ScorecardRevisionEdge', node: { __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string } }> } };

export type InterviewPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InterviewPageQuery = { __typename?: 'Query', interview: { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, candidate: { __typename?: 'Candidate', id: string, name: string }, interviewers: Array<{ __typename?: 'User', id: string, displayName: string }>, kit?: { __typename?: 'InterviewKit', stageId: string, stageName: string, loopName: string, roleTitle: string, kind: StageKind, durationMinutes: number, instructions: string, focusCompetencies: Array<{ __typename?: 'Competency', id: string, name: string, description: string }>, guide?: { __typename?: 'InterviewGuide', source?: string | null, scoringGuide: { __typename?: 'ScoringGuide', combination: string, veto: string, notAssessed: string, debrief: string }, seniorityLevels: Array<{ __typename?: 'SeniorityLevelDefinition', seniority: Seniority, title: string, definition: string }>, interviewerGuidance: Array<{ __typename?: 'GuidanceSection', key: string, title: string, points: Array<string> }> } | null, scale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string, description: string }> }, questions: Array<{ __typename?: 'KitQuestion', stageQuestionId: string, position: number, required: boolean, prompt: string, purpose: string, guidance: string, followUps: Array<string>, strongSignals: Array<string>, redFlags: Array<string>, timeBudgetMinutes: number, answerFormat: AnswerFormat, type: QuestionType, rated: boolean, seniority: Array<Seniority>, levelExpectations: Array<{ __typename?: 'LevelExpectation', seniority: Seniority, expectation: string }>, exampleAnswers: Array<{ __typename?: 'ExampleAnswer', score: number, answer: string }>, criteria: Array<{ __typename?: 'KitCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> }> }> } | null, scorecards: Array<{ __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string, star?: { __typename?: 'StarNote', situation: string, task: string, action: string, result: string } | null }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: { __typename?: 'ScorecardRevisionConnection', edges: Array<{ __typename?: 'ScorecardRevisionEdge', node: { __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string } }> } }> } };

export type ScorecardByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScorecardByIdQuery = { __typename?: 'Query', scorecard: { __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string, star?: { __typename?: 'StarNote', situation: string, task: string, action: string, result: string } | null }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: { __typename?: 'ScorecardRevisionConnection', edges: Array<{ __typename?: 'ScorecardRevisionEdge', node: { __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string } }> } } };

export type SaveScorecardDraftMutationVariables = Exact<{
  input: SaveScorecardDraftInput;
}>;


export type SaveScorecardDraftMutation = { __typename?: 'Mutation', saveScorecardDraft: { __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string, star?: { __typename?: 'StarNote', situation: string, task: string, action: string, result: string } | null }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: { __typename?: 'ScorecardRevisionConnection', edges: Array<{ __typename?: 'ScorecardRevisionEdge', node: { __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string } }> } } };

export type SubmitScorecardMutationVariables = Exact<{
  input: SubmitScorecardInput;
}>;


export type SubmitScorecardMutation = { __typename?: 'Mutation', submitScorecard: { __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string, star?: { __typename?: 'StarNote', situation: string, task: string, action: string, result: string } | null }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: { __typename?: 'ScorecardRevisionConnection', edges: Array<{ __typename?: 'ScorecardRevisionEdge', node: { __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string } }> } } };

export type AmendScorecardMutationVariables = Exact<{
  input: AmendScorecardInput;
}>;


export type AmendScorecardMutation = { __typename?: 'Mutation', amendScorecard: { __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string, star?: { __typename?: 'StarNote', situation: string, task: string, action: string, result: string } | null }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: { __typename?: 'ScorecardRevisionConnection', edges: Array<{ __typename?: 'ScorecardRevisionEdge', node: { __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string } }> } } };

export type MyInterviewsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyInterviewsChangedSubscription = { __typename?: 'Subscription', myInterviewsChanged: { __typename?: 'InterviewChange', interviewId: string, change: InterviewChangeKind } };

export type MemberSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role> | Role>;
}>;


export type MemberSearchQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, role: Role, user: { __typename?: 'User', id: string, displayName: string } } }> } };

export type CandidateSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CandidateSearchQuery = { __typename?: 'Query', candidates: { __typename?: 'CandidateConnection', edges: Array<{ __typename?: 'CandidateEdge', node: { __typename?: 'Candidate', id: string, name: string, anonymizedAt?: string | null } }> } };

type CriterionFields_KitCriterion_Fragment = { __typename?: 'KitCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> };

type CriterionFields_RubricCriterion_Fragment = { __typename?: 'RubricCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> };

export type CriterionFieldsFragment =
  | CriterionFields_KitCriterion_Fragment
  | CriterionFields_RubricCriterion_Fragment
;

export type ScheduledInterviewFragment = { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, cancelReason?: string | null, submittedCount: number, candidate: { __typename?: 'Candidate', id: string, name: string }, loop?: { __typename?: 'InterviewLoop', id: string, name: string } | null, stage?: { __typename?: 'Stage', id: string, name: string } | null, interviewers: Array<{ __typename?: 'User', id: string, displayName: string }> };

export type ScheduleGroupQueryVariables = Exact<{
  status: InterviewStatus;
  order: InterviewOrder;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScheduleGroupQuery = { __typename?: 'Query', interviews: { __typename?: 'InterviewConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'InterviewEdge', node: { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, cancelReason?: string | null, submittedCount: number, candidate: { __typename?: 'Candidate', id: string, name: string }, loop?: { __typename?: 'InterviewLoop', id: string, name: string } | null, stage?: { __typename?: 'Stage', id: string, name: string } | null, interviewers: Array<{ __typename?: 'User', id: string, displayName: string }> } }> } };

export type ScheduledInterviewByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScheduledInterviewByIdQuery = { __typename?: 'Query', interview: { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, cancelReason?: string | null, submittedCount: number, candidate: { __typename?: 'Candidate', id: string, name: string }, loop?: { __typename?: 'InterviewLoop', id: string, name: string } | null, stage?: { __typename?: 'Stage', id: string, name: string } | null, interviewers: Array<{ __typename?: 'User', id: string, displayName: string }> } };

export type ScheduleOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduleOptionsQuery = { __typename?: 'Query', loops: { __typename?: 'LoopConnection', edges: Array<{ __typename?: 'LoopEdge', node: { __typename?: 'InterviewLoop', id: string, name: string, roleTitle: string, stages: Array<{ __typename?: 'Stage', id: string, name: string, position: number, durationMinutes: number }> } }> } };

export type ScheduleInterviewMutationVariables = Exact<{
  input: ScheduleInterviewInput;
}>;


export type ScheduleInterviewMutation = { __typename?: 'Mutation', scheduleInterview: { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, cancelReason?: string | null, submittedCount: number, candidate: { __typename?: 'Candidate', id: string, name: string }, loop?: { __typename?: 'InterviewLoop', id: string, name: string } | null, stage?: { __typename?: 'Stage', id: string, name: string } | null, interviewers: Array<{ __typename?: 'User', id: string, displayName: string }> } };

export type RescheduleInterviewMutationVariables = Exact<{
  input: RescheduleInterviewInput;
}>;


export type RescheduleInterviewMutation = { __typename?: 'Mutation', rescheduleInterview: { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, cancelReason?: string | null, submittedCount: number, candidate: { __typename?: 'Candidate', id: string, name: string }, loop?: { __typename?: 'InterviewLoop', id: string, name: string } | null, stage?: { __typename?: 'Stage', id: string, name: string } | null, interviewers: Array<{ __typename?: 'User', id: string, displayName: string }> } };

export type CancelInterviewMutationVariables = Exact<{
  input: CancelInterviewInput;
}>;


export type CancelInterviewMutation = { __typename?: 'Mutation', cancelInterview: { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, cancelReason?: string | null, submittedCount: number, candidate: { __typename?: 'Candidate', id: string, name: string }, loop?: { __typename?: 'InterviewLoop', id: string, name: string } | null, stage?: { __typename?: 'Stage', id: string, name: string } | null, interviewers: Array<{ __typename?: 'User', id: string, displayName: string }> } };

export type AssignInterviewersMutationVariables = Exact<{
  input: AssignInterviewersInput;
}>;


export type AssignInterviewersMutation = { __typename?: 'Mutation', assignInterviewers: { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, cancelReason?: string | null, submittedCount: number, candidate: { __typename?: 'Candidate', id: string, name: string }, loop?: { __typename?: 'InterviewLoop', id: string, name: string } | null, stage?: { __typename?: 'Stage', id: string, name: string } | null, interviewers: Array<{ __typename?: 'User', id: string, displayName: string }> } };

export const AdminWebhookEndpointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminWebhookEndpointFragment, unknown>;
export const CalibrationInterviewerPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationInterviewerPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewerCalibrationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMean"}},{"kind":"Field","name":{"kind":"Name","value":"leniency"}},{"kind":"Field","name":{"kind":"Name","value":"yesShare"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<CalibrationInterviewerPageFragment, unknown>;
export const CalibrationQuestionPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationQuestionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionAnalyticsConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"questionVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"stddev"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"agreementPairs"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationCorrelation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<CalibrationQuestionPageFragment, unknown>;
export const LibraryCategoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryCategory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<LibraryCategoryFragment, unknown>;
export const CriterionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CriterionFieldsFragment, unknown>;
export const LibraryVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"answerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"strongSignals"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"levelExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exampleAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<LibraryVersionFragment, unknown>;
export const LibraryVersionPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<LibraryVersionPageFragment, unknown>;
export const LibraryQuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"packKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersionPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"answerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"strongSignals"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"levelExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exampleAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<LibraryQuestionFieldsFragment, unknown>;
export const CoveragePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishable"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}}]}}]} as unknown as DocumentNode<CoveragePartsFragment, unknown>;
export const ScorecardContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"star"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScorecardContentFragment, unknown>;
export const ScheduledInterviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledInterview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ScheduledInterviewFragment, unknown>;
export const AdminMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminMembersQuery, AdminMembersQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const AdminTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackDueHours"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackVisibility"}}]}}]}}]} as unknown as DocumentNode<AdminTenantSettingsQuery, AdminTenantSettingsQueryVariables>;
export const UpdateTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackDueHours"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackVisibility"}}]}}]}}]} as unknown as DocumentNode<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const AdminApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AdminWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWebhookEndpoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminWebhookEndpointsQuery, AdminWebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWebhookEndpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWebhookEndpoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWebhookEndpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const AdminWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminWebhookDeliveriesQuery, AdminWebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const AdminAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditEventsQuery, AdminAuditEventsQueryVariables>;
export const CalibrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Calibration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewerCalibration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalibrationInterviewerPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalibrationQuestionPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationInterviewerPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewerCalibrationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMean"}},{"kind":"Field","name":{"kind":"Name","value":"leniency"}},{"kind":"Field","name":{"kind":"Name","value":"yesShare"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationQuestionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionAnalyticsConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"questionVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"stddev"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"agreementPairs"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationCorrelation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<CalibrationQuery, CalibrationQueryVariables>;
export const CalibrationMoreInterviewersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalibrationMoreInterviewers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewerCalibration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalibrationInterviewerPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationInterviewerPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewerCalibrationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMean"}},{"kind":"Field","name":{"kind":"Name","value":"leniency"}},{"kind":"Field","name":{"kind":"Name","value":"yesShare"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<CalibrationMoreInterviewersQuery, CalibrationMoreInterviewersQueryVariables>;
export const CalibrationMoreQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalibrationMoreQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalibrationQuestionPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationQuestionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionAnalyticsConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"questionVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"stddev"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"agreementPairs"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationCorrelation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<CalibrationMoreQuestionsQuery, CalibrationMoreQuestionsQueryVariables>;
export const CreateCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"atsExternalId"}}]}}]}}]} as unknown as DocumentNode<CreateCandidateMutation, CreateCandidateMutationVariables>;
export const UpdateCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"atsExternalId"}}]}}]}}]} as unknown as DocumentNode<UpdateCandidateMutation, UpdateCandidateMutationVariables>;
export const CandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Candidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"atsExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidatesQuery, CandidatesQueryVariables>;
export const CandidateDebriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateDebrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidateDebrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"amendedAfterReveal"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterReveal"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strongNo"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"strongYes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sealedScorecards"}}]}}]}}]} as unknown as DocumentNode<CandidateDebriefQuery, CandidateDebriefQueryVariables>;
export const DebriefScorecardSubmittedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DebriefScorecardSubmitted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecardSubmitted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DebriefScorecardSubmittedSubscription, DebriefScorecardSubmittedSubscriptionVariables>;
export const LibraryTaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LibraryTaxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryCategory"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryCategory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<LibraryTaxonomyQuery, LibraryTaxonomyQueryVariables>;
export const LibraryQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LibraryQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"competencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seniority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Seniority"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"competencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"competencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"seniority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seniority"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LibraryQuestionsQuery, LibraryQuestionsQueryVariables>;
export const LibraryQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LibraryQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"answerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"strongSignals"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"levelExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exampleAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"packKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersionPage"}}]}}]}}]} as unknown as DocumentNode<LibraryQuestionQuery, LibraryQuestionQueryVariables>;
export const LibraryQuestionVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LibraryQuestionVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersionPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<LibraryQuestionVersionsQuery, LibraryQuestionVersionsQueryVariables>;
export const LibraryVersionDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LibraryVersionDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionVersionDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<LibraryVersionDiffQuery, LibraryVersionDiffQueryVariables>;
export const LibraryCreateQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LibraryCreateQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"answerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"strongSignals"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"levelExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exampleAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"packKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersionPage"}}]}}]}}]} as unknown as DocumentNode<LibraryCreateQuestionMutation, LibraryCreateQuestionMutationVariables>;
export const LibraryUpdateQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LibraryUpdateQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"answerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"strongSignals"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"levelExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exampleAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"packKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersionPage"}}]}}]}}]} as unknown as DocumentNode<LibraryUpdateQuestionMutation, LibraryUpdateQuestionMutationVariables>;
export const LibrarySetRubricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LibrarySetRubric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRubricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRubric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"answerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"strongSignals"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"levelExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exampleAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"packKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersionPage"}}]}}]}}]} as unknown as DocumentNode<LibrarySetRubricMutation, LibrarySetRubricMutationVariables>;
export const LibraryActivateQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LibraryActivateQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"answerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"strongSignals"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"levelExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exampleAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"packKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersionPage"}}]}}]}}]} as unknown as DocumentNode<LibraryActivateQuestionMutation, LibraryActivateQuestionMutationVariables>;
export const LibraryArchiveQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LibraryArchiveQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"answerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"strongSignals"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"levelExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exampleAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryVersionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LibraryQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"packKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LibraryVersionPage"}}]}}]}}]} as unknown as DocumentNode<LibraryArchiveQuestionMutation, LibraryArchiveQuestionMutationVariables>;
export const LibraryPacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LibraryPacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availablePacks"}}]}}]} as unknown as DocumentNode<LibraryPacksQuery, LibraryPacksQueryVariables>;
export const LibraryImportPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LibraryImportPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pack"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"competenciesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"questionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"questionsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"questionsUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"diverged"}},{"kind":"Field","name":{"kind":"Name","value":"templatesCreated"}}]}}]}}]} as unknown as DocumentNode<LibraryImportPackMutation, LibraryImportPackMutationVariables>;
export const LoopListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoopList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoopStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isTemplate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"isTemplate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isTemplate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoopListQuery, LoopListQueryVariables>;
export const LoopDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoopDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"atsJobId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"clonedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiringManagers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"focusCompetencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"timeBudgetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"upgradeAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"questionVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishable"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}}]}}]} as unknown as DocumentNode<LoopDetailQuery, LoopDetailQueryVariables>;
export const LoopPickersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoopPickers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoopPickersQuery, LoopPickersQueryVariables>;
export const LoopQuestionSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoopQuestionSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"competencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"competencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"competencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoopQuestionSearchQuery, LoopQuestionSearchQueryVariables>;
export const CreateLoopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLoop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLoopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLoop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateLoopMutation, CreateLoopMutationVariables>;
export const CreateLoopFromTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLoopFromTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewLoopFromInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLoopFromTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateLoopFromTemplateMutation, CreateLoopFromTemplateMutationVariables>;
export const CloneLoopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloneLoop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewLoopFromInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneLoop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CloneLoopMutation, CloneLoopMutationVariables>;
export const UpdateLoopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLoop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLoopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLoop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateLoopMutation, UpdateLoopMutationVariables>;
export const LinkLoopToJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkLoopToJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"atsJobId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkLoopToJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"atsJobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"atsJobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinkLoopToJobMutation, LinkLoopToJobMutationVariables>;
export const AddStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddStageMutation, AddStageMutationVariables>;
export const UpdateStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateStageMutation, UpdateStageMutationVariables>;
export const RemoveStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveStageMutation, RemoveStageMutationVariables>;
export const ReorderStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReorderStagesMutation, ReorderStagesMutationVariables>;
export const AddStageQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStageQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStageQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStageQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddStageQuestionMutation, AddStageQuestionMutationVariables>;
export const UpdateStageQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStageQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStageQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStageQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateStageQuestionMutation, UpdateStageQuestionMutationVariables>;
export const RemoveStageQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveStageQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeStageQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveStageQuestionMutation, RemoveStageQuestionMutationVariables>;
export const ReorderStageQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderStageQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderStageQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReorderStageQuestionsMutation, ReorderStageQuestionsMutationVariables>;
export const UpgradeStageQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpgradeStageQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upgradeStageQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpgradeStageQuestionMutation, UpgradeStageQuestionMutationVariables>;
export const PublishLoopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishLoop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishLoop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}}]}}]}}]} as unknown as DocumentNode<PublishLoopMutation, PublishLoopMutationVariables>;
export const ArchiveLoopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveLoop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveLoop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveLoopMutation, ArchiveLoopMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MyInterviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInterviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignedToMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyInterviewsQuery, MyInterviewsQueryVariables>;
export const InterviewPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterviewPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"loopName"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"focusCompetencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"scoringGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"combination"}},{"kind":"Field","name":{"kind":"Name","value":"veto"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"debrief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seniorityLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewerGuidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"strongSignals"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"timeBudgetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"answerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"levelExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exampleAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardContent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"star"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InterviewPageQuery, InterviewPageQueryVariables>;
export const ScorecardByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScorecardById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"star"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScorecardByIdQuery, ScorecardByIdQueryVariables>;
export const SaveScorecardDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveScorecardDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveScorecardDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveScorecardDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"star"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveScorecardDraftMutation, SaveScorecardDraftMutationVariables>;
export const SubmitScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitScorecardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"star"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitScorecardMutation, SubmitScorecardMutationVariables>;
export const AmendScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendScorecardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"star"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AmendScorecardMutation, AmendScorecardMutationVariables>;
export const MyInterviewsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyInterviewsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInterviewsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]} as unknown as DocumentNode<MyInterviewsChangedSubscription, MyInterviewsChangedSubscriptionVariables>;
export const MemberSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}},{"kind":"Argument","name":{"kind":"Name","value":"invitationPending"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberSearchQuery, MemberSearchQueryVariables>;
export const CandidateSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"anonymizedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateSearchQuery, CandidateSearchQueryVariables>;
export const ScheduleGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledInterview"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledInterview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ScheduleGroupQuery, ScheduleGroupQueryVariables>;
export const ScheduledInterviewByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduledInterviewById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledInterview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledInterview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ScheduledInterviewByIdQuery, ScheduledInterviewByIdQueryVariables>;
export const ScheduleOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleOptionsQuery, ScheduleOptionsQueryVariables>;
export const ScheduleInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledInterview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledInterview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ScheduleInterviewMutation, ScheduleInterviewMutationVariables>;
export const RescheduleInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledInterview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledInterview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RescheduleInterviewMutation, RescheduleInterviewMutationVariables>;
export const CancelInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledInterview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledInterview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CancelInterviewMutation, CancelInterviewMutationVariables>;
export const AssignInterviewersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignInterviewers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignInterviewersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignInterviewers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledInterview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledInterview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AssignInterviewersMutation, AssignInterviewersMutationVariables>;