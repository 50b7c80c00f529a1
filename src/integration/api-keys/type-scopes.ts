import {
  getNamedType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { Scope, scopeList } from '../../auth/policy.decorator.js';

const LOOPS = [Scope.LOOPS_READ, Scope.LOOPS_WRITE];
const TAXONOMY = [Scope.TAXONOMY_READ, ...LOOPS];
// SCORECARDS_WRITE counts only in a request that names its acting member (effectiveScopes).
const SCORECARDS = [Scope.SCORECARDS_READ, Scope.SCORECARDS_WRITE];
const INTERVIEWS = [Scope.INTERVIEWS_READ, Scope.INTERVIEWS_WRITE];
const CANDIDATES = [Scope.CANDIDATES_READ, Scope.CANDIDATES_WRITE];
const WEBHOOKS = [Scope.WEBHOOKS_MANAGE];

/**
 * What an API key must hold to receive each object type anywhere in a response, nested fields
 * included (the operation's own scope admits the root field only). `open`: carries nothing of
 * its own (pages, payload wrappers). `closed`: never served to a key. A test fails on any
 * object type of the schema missing here: default deny, as for operations.
 */
export const TYPE_SCOPES: Record<string, Scope[] | 'open' | 'closed'> = {
  Candidate: CANDIDATES,
  Interview: INTERVIEWS,
  // Subscriptions are for members; an ATS hears of changes through webhooks.
  InterviewChange: 'closed',
  User: [...INTERVIEWS, ...LOOPS, ...SCORECARDS],
  Scorecard: SCORECARDS,
  ScorecardRevision: SCORECARDS,
  CriterionRating: SCORECARDS,
  QuestionNote: SCORECARDS,
  StarNote: SCORECARDS,
  CompetencyRating: SCORECARDS,
  // The debrief is never written for a member: SCORECARDS_READ only.
  CandidateDebrief: [Scope.SCORECARDS_READ],
  CompetencySummary: [Scope.SCORECARDS_READ],
  RecommendationTally: [Scope.SCORECARDS_READ],
  DebriefFlag: [Scope.SCORECARDS_READ],
  MissingScorecard: [Scope.SCORECARDS_READ],
  ScorecardAtsExport: SCORECARDS,
  AtsValue: SCORECARDS,
  AtsCriterionValue: SCORECARDS,
  AtsCompetencyValue: SCORECARDS,
  AtsScaleMapping: [Scope.SCORECARDS_READ],
  RecommendationMapping: [Scope.SCORECARDS_READ],
  RatingMapping: [Scope.SCORECARDS_READ],
  InterviewLoop: LOOPS,
  Stage: LOOPS,
  StageQuestion: LOOPS,
  InterviewKit: LOOPS,
  KitQuestion: LOOPS,
  KitCriterion: LOOPS,
  Coverage: LOOPS,
  CoverageCell: LOOPS,
  CoverageFinding: LOOPS,
  CoverageRow: LOOPS,
  PublishLoopPayload: LOOPS,
  Question: TAXONOMY,
  QuestionVersion: TAXONOMY,
  QuestionVersionDiff: TAXONOMY,
  FieldChange: TAXONOMY,
  Category: TAXONOMY,
  Rubric: TAXONOMY,
  RubricCriterion: TAXONOMY,
  RatingScale: TAXONOMY,
  RatingLevel: TAXONOMY,
  Competency: [...TAXONOMY, ...SCORECARDS],
  Anchor: [...TAXONOMY, ...SCORECARDS],
  // Read in the question library and in kits alike (TAXONOMY includes the loop scopes).
  LevelExpectation: TAXONOMY,
  ExampleAnswer: TAXONOMY,
  InterviewGuide: TAXONOMY,
  ScoringGuide: TAXONOMY,
  SeniorityLevelDefinition: TAXONOMY,
  GuidanceSection: TAXONOMY,
  WebhookEndpoint: WEBHOOKS,
  WebhookDelivery: WEBHOOKS,
  WebhookEvent: WEBHOOKS,
  WebhookEndpointSecretPayload: WEBHOOKS,
  Tombstone: 'open',
  PageInfo: 'open',
  UpsertCandidatePayload: 'open',
  UpsertInterviewPayload: 'open',
  Query: 'open',
  Mutation: 'open',
  // Every subscription is closed to API keys by its policy (no scopes).
  Subscription: 'open',
  ApiKey: 'closed',
  CreateApiKeyPayload: 'closed',
  AuditEvent: 'closed',
  AuthPayload: 'closed',
  Member: 'closed',
  Tenant: 'closed',
  TenantSettings: 'closed',
  NotificationPreferences: 'closed',
  Viewer: 'closed',
  InviteMemberPayload: 'closed',
  PackImportResult: 'closed',
  InterviewerCalibration: 'closed',
  QuestionAnalytics: 'closed',
};

/** Connections and edges carry nothing of their own. */
const isPaging = (name: string) => name.endsWith('Connection') || name.endsWith('Edge');

/**
 * What a key with `scopes` may not receive in a document, as a sentence that names the scope to
 * add for each refused type (or says the type is never served to keys); null when nothing is.
 */
export function scopeRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  scopes: readonly string[],
): string | null {
  const refused = typesBeyondScopes(schema, document, scopes);
  if (!refused.length) return null;
  const needs = new Map<string, string[]>();
  for (const type of refused) {
    const rule = TYPE_SCOPES[type];
    const need = Array.isArray(rule)
      ? `the scope ${scopeList([...new Set(rule)])}`
      : 'a member sign-in (never served to API keys)';
    needs.set(need, [...(needs.get(need) ?? []), type]);
  }
  const parts = [...needs].map(([need, types]) => `${types.join(', ')} needs ${need}`);
  return `This API key may not receive every type the query selects: ${parts.join('; ')}.`;
}

/** The object types of a document a key with `scopes` may not receive, by name. */
export function typesBeyondScopes(
  schema: GraphQLSchema,
  document: DocumentNode,
  scopes: readonly string[],
): string[] {
  const refused = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        if (!type) return;
        const named = getNamedType(type);
        if (!isObjectType(named) || isPaging(named.name)) return;
        const rule = TYPE_SCOPES[named.name] ?? 'closed';
        if (rule === 'open') return;
        if (rule === 'closed' || !rule.some((scope) => scopes.includes(scope))) {
          refused.add(named.name);
        }
      },
    }),
  );
  return [...refused].sort();
}
