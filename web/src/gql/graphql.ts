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
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The public part that starts the secret: ik_live_<prefix>… */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiKeyScope>;
};

/** What an API key may do; every operation lists the scopes that admit it. */
export type ApiKeyScope =
  /** Read candidates and their sync feed. */
  | 'CANDIDATES_READ'
  /** Create, update and upsert candidates. */
  | 'CANDIDATES_WRITE'
  /** Read interviews and their sync feed. */
  | 'INTERVIEWS_READ'
  /** Schedule, upsert, assign and cancel interviews. */
  | 'INTERVIEWS_WRITE'
  /** Read loops and kits. */
  | 'LOOPS_READ'
  /** Edit and publish loops; link them to ATS jobs. */
  | 'LOOPS_WRITE'
  /** Read submitted scorecards, debriefs and their sync feed. */
  | 'SCORECARDS_READ'
  /** Read categories, competencies and questions. */
  | 'TAXONOMY_READ'
  /** Manage webhook endpoints and read their deliveries. */
  | 'WEBHOOKS_MANAGE';

/** The full set of interviewers: new ones get a draft scorecard; removed ones lose theirs (refused once they have submitted). */
export type AssignInterviewersInput = {
  interviewId: Scalars['ID']['input'];
  interviewerIds: Array<Scalars['ID']['input']>;
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
export type Candidate = {
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
  description?: InputMaybe<Scalars['String']['input']>;
  events: Array<WebhookEventType>;
  /** https (http too outside production), at most 2048 characters. */
  url: Scalars['String']['input'];
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

/** A candidate at one stage of a published loop. */
export type Interview = {
  __typename?: 'Interview';
  atsExternalId?: Maybe<Scalars['String']['output']>;
  cancelReason?: Maybe<Scalars['String']['output']>;
  candidate: Candidate;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** When its scorecards are due: the scheduled end plus the tenant's feedbackDueHours. */
  feedbackDueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The assigned interviewers. */
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
  /** The pack (name@version) the guide came from; null when none was imported. */
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
export type InterviewLoop = {
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

export type KitCriterion = {
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
export type Member = {
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
  /** Revokes a key at once; its next request is UNAUTHENTICATED. */
  revokeApiKey: ApiKey;
  /** Replaces the signing secret at once; the new one is shown only here. */
  rotateWebhookSecret: WebhookEndpointSecretPayload;
  /** Only the assigned interviewer saves their draft. */
  saveScorecardDraft: Scorecard;
  /** Schedules a candidate at a stage of a published loop, with its interviewers. */
  scheduleInterview: Interview;
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
  /** Edits a draft loop; CONFLICT once published. */
  updateLoop: InterviewLoop;
  /** Changes metadata in place; changed content becomes version n+1 (rubric kept). */
  updateQuestion: Question;
  /** Edits labels in place; a new number of levels makes a new scale version. */
  updateRatingScale: RatingScale;
  updateStage: Stage;
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


export type MutationUpdateLoopArgs = {
  input: UpdateLoopInput;
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
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type PublishLoopPayload = {
  __typename?: 'PublishLoopPayload';
  loop: InterviewLoop;
  /** Findings that did not block publishing. */
  warnings: Array<CoverageFinding>;
};

export type Query = {
  __typename?: 'Query';
  /** The tenant's API keys, revoked ones included. */
  apiKeys: Array<ApiKey>;
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
  /** Per interviewer with submitted scorecards in the window [from, to) (read at their current revision; cancelled interviews left out): the number of scorecards, the mean of their criterion scores (not assessed left out), expectedMean = the average over their scores of each score's question-version mean, leniency = (meanScore - expectedMean) / the pooled within-version population standard deviation of all scores on the versions they scored, the share of YES or STRONG_YES recommendations, and the share submitted by the interview's scheduled end plus the tenant's feedback due hours. By display name, then id. */
  interviewerCalibration: Array<InterviewerCalibration>;
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
  question: Question;
  /** Per question version scored in the window [from, to) of submitted scorecards (read at their current revision; cancelled interviews left out): uses, the mean and population standard deviation of its criterion scores, inter-rater agreement (share of equal scores over pairs of scorecards by different interviewers on the same candidate and criterion) and the Pearson correlation of each scorecard's mean score on it with its recommendation (STRONG_NO = 1 ... STRONG_YES = 4). Most used first, then by id. */
  questionAnalytics: Array<QuestionAnalytics>;
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
  /** Scorecards the caller may read under the sealed-feedback policy (their own drafts included), least recently updated first. */
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


export type QueryAuditEventsArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
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
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryInterviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  candidateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  loopId?: InputMaybe<Scalars['ID']['input']>;
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
};


export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionAnalyticsArgs = {
  from: Scalars['DateTime']['input'];
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
  endpointId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** An interview question with versioned content and a rubric. */
export type Question = {
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
  /** Every version, newest first. */
  versions: Array<QuestionVersion>;
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

/** Notes on one question, replacing the earlier ones; empty notes and no STAR text remove them. */
export type QuestionNoteInput = {
  /** Free text; empty when omitted. */
  notes?: InputMaybe<Scalars['String']['input']>;
  stageQuestionId: Scalars['ID']['input'];
  /** Omitted: the stored STAR parts are kept; null clears them. */
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
export type QuestionVersion = {
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
};

/** What changed between two versions of a question. */
export type QuestionVersionDiff = {
  __typename?: 'QuestionVersionDiff';
  changes: Array<FieldChange>;
  from: QuestionVersion;
  to: QuestionVersion;
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
export type RubricCriterion = {
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
export type Scorecard = {
  __typename?: 'Scorecard';
  /** An amendment was made after the author could read other feedback. */
  amendedAfterReveal: Scalars['Boolean']['output'];
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
  /** Every revision, oldest first. */
  revisions: Array<ScorecardRevision>;
  status: ScorecardStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  summary: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it as expectedVersion to the next save, submit or amendment. */
  version: Scalars['Int']['output'];
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

/** STAR notes on a behavioural answer; omitted parts are empty. Accepted only on questions answered as a STAR story (answer format STAR or type BEHAVIORAL). */
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

/** Only the fields given change. */
export type UpdateLoopInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** User ids of members who are hiring managers. */
  hiringManagerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  roleTitle?: InputMaybe<Scalars['String']['input']>;
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

/** Only the fields given change. */
export type UpdateTenantSettingsInput = {
  feedbackDueHours?: InputMaybe<Scalars['Int']['input']>;
  feedbackVisibility?: InputMaybe<FeedbackVisibility>;
};

/** Only the fields given change. */
export type UpdateWebhookEndpointInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
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

export type AdminApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> };

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

export type CandidatesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CandidatesQuery = { __typename?: 'Query', candidates: { __typename?: 'CandidateConnection', edges: Array<{ __typename?: 'CandidateEdge', node: { __typename?: 'Candidate', id: string, name: string, interviews: Array<{ __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, stage?: { __typename?: 'Stage', id: string, name: string } | null }> } }> } };

export type CandidateDebriefQueryVariables = Exact<{
  candidateId: Scalars['ID']['input'];
}>;


export type CandidateDebriefQuery = { __typename?: 'Query', ratingScale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string }> }, candidateDebrief: { __typename?: 'CandidateDebrief', candidate: { __typename?: 'Candidate', id: string, name: string }, interviews: Array<{ __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, stage?: { __typename?: 'Stage', id: string, name: string } | null, loop?: { __typename?: 'InterviewLoop', id: string, name: string } | null }>, scorecards: Array<{ __typename?: 'Scorecard', id: string, submittedAt?: string | null, revision?: number | null, amendedAfterReveal: boolean, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, interview?: { __typename?: 'Interview', id: string, stage?: { __typename?: 'Stage', id: string, name: string } | null } | null, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string, name: string } }>, revisions: Array<{ __typename?: 'ScorecardRevision', number: number, reason?: string | null, createdAt: string, afterReveal: boolean }> }>, competencies: Array<{ __typename?: 'CompetencySummary', count: number, mean: number, min: number, max: number, spread: number, disagreement: boolean, competency: { __typename?: 'Competency', id: string, name: string } }>, recommendations: { __typename?: 'RecommendationTally', strongNo: number, no: number, yes: number, strongYes: number }, flags: Array<{ __typename?: 'DebriefFlag', code: string, message: string, competencyId?: string | null, scorecardId?: string | null }>, missing: Array<{ __typename?: 'MissingScorecard', scorecardId: string, dueAt: string, overdueSeconds: number, interviewer: { __typename?: 'User', id: string, displayName: string }, interview: { __typename?: 'Interview', id: string, stage?: { __typename?: 'Stage', id: string, name: string } | null } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', role: Role, user: { __typename?: 'User', id: string, displayName: string, email: string }, tenant: { __typename?: 'Tenant', id: string, name: string, slug: string } } };

export type MyInterviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInterviewsQuery = { __typename?: 'Query', interviews: { __typename?: 'InterviewConnection', edges: Array<{ __typename?: 'InterviewEdge', node: { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, candidate: { __typename?: 'Candidate', id: string, name: string }, stage?: { __typename?: 'Stage', id: string, name: string } | null, scorecards: Array<{ __typename?: 'Scorecard', id: string, status: ScorecardStatus, interviewer: { __typename?: 'User', id: string } }> } }> } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', viewer: { __typename?: 'Viewer', user: { __typename?: 'User', email: string }, tenant: { __typename?: 'Tenant', name: string, slug: string } } } };

export type ScorecardContentFragment = { __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: Array<{ __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string }> };

export type InterviewPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InterviewPageQuery = { __typename?: 'Query', interview: { __typename?: 'Interview', id: string, status: InterviewStatus, scheduledStart: string, scheduledEnd: string, feedbackDueAt: string, candidate: { __typename?: 'Candidate', id: string, name: string }, interviewers: Array<{ __typename?: 'User', id: string, displayName: string }>, kit?: { __typename?: 'InterviewKit', stageId: string, stageName: string, loopName: string, roleTitle: string, kind: StageKind, durationMinutes: number, instructions: string, focusCompetencies: Array<{ __typename?: 'Competency', id: string, name: string, description: string }>, scale: { __typename?: 'RatingScale', id: string, levels: Array<{ __typename?: 'RatingLevel', value: number, label: string, description: string }> }, questions: Array<{ __typename?: 'KitQuestion', stageQuestionId: string, position: number, required: boolean, prompt: string, purpose: string, guidance: string, followUps: Array<string>, strongSignals: Array<string>, redFlags: Array<string>, timeBudgetMinutes: number, answerFormat: AnswerFormat, criteria: Array<{ __typename?: 'KitCriterion', id: string, title: string, description: string, weight: number, competency: { __typename?: 'Competency', id: string, name: string }, anchors: Array<{ __typename?: 'Anchor', level: number, label: string, text: string }> }> }> } | null, scorecards: Array<{ __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: Array<{ __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string }> }> } };

export type ScorecardByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScorecardByIdQuery = { __typename?: 'Query', scorecard: { __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: Array<{ __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string }> } };

export type SaveScorecardDraftMutationVariables = Exact<{
  input: SaveScorecardDraftInput;
}>;


export type SaveScorecardDraftMutation = { __typename?: 'Mutation', saveScorecardDraft: { __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: Array<{ __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string }> } };

export type SubmitScorecardMutationVariables = Exact<{
  input: SubmitScorecardInput;
}>;


export type SubmitScorecardMutation = { __typename?: 'Mutation', submitScorecard: { __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: Array<{ __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string }> } };

export type AmendScorecardMutationVariables = Exact<{
  input: AmendScorecardInput;
}>;


export type AmendScorecardMutation = { __typename?: 'Mutation', amendScorecard: { __typename?: 'Scorecard', id: string, status: ScorecardStatus, version: number, revision?: number | null, submittedAt?: string | null, updatedAt: string, recommendation?: Recommendation | null, summary: string, interviewer: { __typename?: 'User', id: string, displayName: string }, ratings: Array<{ __typename?: 'CriterionRating', stageQuestionId: string, criterionId: string, score?: number | null, notAssessed: boolean }>, notes: Array<{ __typename?: 'QuestionNote', stageQuestionId: string, notes: string }>, competencyRatings: Array<{ __typename?: 'CompetencyRating', score: number, competency: { __typename?: 'Competency', id: string } }>, revisions: Array<{ __typename?: 'ScorecardRevision', number: number, createdAt: string, reason?: string | null, recommendation?: Recommendation | null, summary: string }> } };

export const AdminWebhookEndpointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminWebhookEndpointFragment, unknown>;
export const ScorecardContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<ScorecardContentFragment, unknown>;
export const AdminMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminMembersQuery, AdminMembersQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const AdminTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackDueHours"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackVisibility"}}]}}]}}]} as unknown as DocumentNode<AdminTenantSettingsQuery, AdminTenantSettingsQueryVariables>;
export const UpdateTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackDueHours"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackVisibility"}}]}}]}}]} as unknown as DocumentNode<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const AdminApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AdminWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWebhookEndpoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminWebhookEndpointsQuery, AdminWebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWebhookEndpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWebhookEndpoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWebhookEndpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const AdminWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminWebhookDeliveriesQuery, AdminWebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const AdminAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditEventsQuery, AdminAuditEventsQueryVariables>;
export const CandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Candidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidatesQuery, CandidatesQueryVariables>;
export const CandidateDebriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateDebrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidateDebrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"amendedAfterReveal"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterReveal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strongNo"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"strongYes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateDebriefQuery, CandidateDebriefQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MyInterviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInterviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignedToMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyInterviewsQuery, MyInterviewsQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const InterviewPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterviewPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"loopName"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"focusCompetencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"strongSignals"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"timeBudgetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"answerFormat"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardContent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<InterviewPageQuery, InterviewPageQueryVariables>;
export const ScorecardByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScorecardById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<ScorecardByIdQuery, ScorecardByIdQueryVariables>;
export const SaveScorecardDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveScorecardDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveScorecardDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveScorecardDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<SaveScorecardDraftMutation, SaveScorecardDraftMutationVariables>;
export const SubmitScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitScorecardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<SubmitScorecardMutation, SubmitScorecardMutationVariables>;
export const AmendScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendScorecardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageQuestionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<AmendScorecardMutation, AmendScorecardMutationVariables>;