import { CategoryEntity } from '../taxonomy/entities/category.entity.js';
import { CompetencyEntity } from '../taxonomy/entities/competency.entity.js';
import { QuestionVersionEntity } from '../taxonomy/entities/question-version.entity.js';
import { QuestionEntity } from '../taxonomy/entities/question.entity.js';
import { RatingScaleEntity } from '../taxonomy/entities/rating-scale.entity.js';
import { RubricCriterionEntity } from '../taxonomy/entities/rubric-criterion.entity.js';
import { InterviewLoopEntity } from '../loops/entities/interview-loop.entity.js';
import { LoopHiringManagerEntity } from '../loops/entities/loop-hiring-manager.entity.js';
import { LoopStageEntity } from '../loops/entities/loop-stage.entity.js';
import { StageQuestionEntity } from '../loops/entities/stage-question.entity.js';
import { ApiKeyEntity } from '../integration/entities/api-key.entity.js';
import { AuditEventEntity } from '../integration/entities/audit-event.entity.js';
import { IdempotencyKeyEntity } from '../integration/entities/idempotency-key.entity.js';
import { MailMessageEntity } from '../integration/entities/mail-message.entity.js';
import { TombstoneEntity } from '../integration/entities/tombstone.entity.js';
import {
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
  WebhookEventEntity,
} from '../integration/entities/webhook.entities.js';
import { CandidateEntity } from '../interviews/entities/candidate.entity.js';
import { InterviewEntity } from '../interviews/entities/interview.entity.js';
import { ScorecardCompetencyRatingEntity } from '../scorecards/entities/scorecard-competency-rating.entity.js';
import { ScorecardRevisionEntity } from '../scorecards/entities/scorecard-revision.entity.js';
import { ScorecardScoreEntity } from '../scorecards/entities/scorecard-score.entity.js';
import { ScorecardEntity } from '../scorecards/entities/scorecard.entity.js';
import { ScorecardNoticeEntity } from '../scorecards/entities/scorecard-notice.entity.js';
import { TenantSettingsEntity } from '../tenancy/entities/tenant-settings.entity.js';
import { RefreshTokenEntity } from '../auth/entities/refresh-token.entity.js';
import { SessionEntity } from '../auth/entities/session.entity.js';
import { MembershipEntity } from '../tenancy/entities/membership.entity.js';
import { NotificationPreferencesEntity } from '../tenancy/entities/notification-preferences.entity.js';
import { InterviewGuideEntity } from '../taxonomy/entities/interview-guide.entity.js';
import { TenantEntity } from '../tenancy/entities/tenant.entity.js';
import { UserEntity } from '../tenancy/entities/user.entity.js';

/** Every TypeORM entity; the migrations must match them exactly (checked by a test). */
export const ENTITIES = [
  TenantEntity,
  UserEntity,
  MembershipEntity,
  NotificationPreferencesEntity,
  SessionEntity,
  RefreshTokenEntity,
  CategoryEntity,
  CompetencyEntity,
  RatingScaleEntity,
  QuestionEntity,
  QuestionVersionEntity,
  RubricCriterionEntity,
  InterviewGuideEntity,
  InterviewLoopEntity,
  LoopHiringManagerEntity,
  LoopStageEntity,
  StageQuestionEntity,
  TenantSettingsEntity,
  CandidateEntity,
  InterviewEntity,
  ScorecardEntity,
  ScorecardRevisionEntity,
  ScorecardScoreEntity,
  ScorecardCompetencyRatingEntity,
  ScorecardNoticeEntity,
  ApiKeyEntity,
  IdempotencyKeyEntity,
  AuditEventEntity,
  WebhookEndpointEntity,
  WebhookEventEntity,
  WebhookDeliveryEntity,
  TombstoneEntity,
  MailMessageEntity,
];

/** Tables that hold one tenant's rows: tenant_id leads their keys and RLS guards them. */
export const TENANT_TABLES = [
  'memberships',
  'sessions',
  'refresh_tokens',
  'categories',
  'competencies',
  'rating_scales',
  'questions',
  'question_versions',
  'rubric_criteria',
  'interview_guides',
  'interview_loops',
  'loop_hiring_managers',
  'loop_stages',
  'stage_questions',
  'tenant_settings',
  'candidates',
  'interviews',
  'scorecards',
  'scorecard_revisions',
  'scorecard_scores',
  'scorecard_competency_ratings',
  'api_keys',
  'idempotency_keys',
  'audit_events',
  'webhook_endpoints',
  'webhook_events',
  'webhook_deliveries',
  'sync_tombstones',
  'mail_messages',
  'scorecard_notices',
  'notification_preferences',
];
