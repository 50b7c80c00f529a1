import { DEFAULT_PREFERENCES } from './notification-preferences.js';
import { DEFAULT_SETTINGS } from './tenant-settings.js';

/*
 * The tenant's settings and a member's preferences as SQL expressions, for use inside the
 * statements of other modules (no extra round trip): each falls back on the default when no
 * row was written.
 */

/** SQL for the tenant's feedback policy, for use inside a statement (no extra round trip). */
export const POLICY_SQL = (tenantColumn: string) =>
  `coalesce((SELECT ts.feedback_visibility::text FROM tenant_settings ts WHERE ts.tenant_id = ${tenantColumn}), '${DEFAULT_SETTINGS.feedbackVisibility}')`;
/** SQL for the tenant's feedback due hours. */
export const DUE_HOURS_SQL = (tenantColumn: string) =>
  `coalesce((SELECT ts.feedback_due_hours FROM tenant_settings ts WHERE ts.tenant_id = ${tenantColumn}), ${DEFAULT_SETTINGS.feedbackDueHours})`;

/**
 * SQL: whether the member `userColumn` of the current tenant wants feedback-complete mail, for
 * use inside a statement.
 */
export const WANTS_FEEDBACK_COMPLETE_SQL = (userColumn: string) =>
  `coalesce((SELECT np.feedback_complete FROM notification_preferences np WHERE np.user_id = ${userColumn}), ${DEFAULT_PREFERENCES.feedbackComplete})`;
