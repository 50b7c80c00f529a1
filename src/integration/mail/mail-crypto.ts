import { hkdfSync } from 'node:crypto';
import type { AppConfig } from '../../config/config.js';
import { decryptSecret, encryptSecret, webhookSecretKey } from '../webhooks/webhook-crypto.js';
import type { MailContent } from './mail.types.js';

/**
 * The key for messages at rest: derived from the webhook secrets' key with its own purpose, so
 * one setting (WEBHOOK_SECRET_KEY, or JWT_SECRET) keeps every secret the service stores.
 */
export function mailContentKey(config: AppConfig): Buffer {
  return Buffer.from(
    hkdfSync('sha256', webhookSecretKey(config), 'interview-kit', 'interview-kit mail v1', 32),
  );
}

/** AES-256-GCM bound to the tenant and the message id (a row's content fits no other row). */
export function sealContent(
  key: Buffer,
  content: MailContent,
  tenantId: string,
  id: string,
): Buffer {
  return encryptSecret(key, JSON.stringify(content), tenantId, id);
}

export function openContent(
  key: Buffer,
  sealed: Buffer,
  tenantId: string,
  id: string,
): MailContent {
  return JSON.parse(decryptSecret(key, sealed, tenantId, id)) as MailContent;
}
