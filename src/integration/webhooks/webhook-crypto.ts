import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import type { AppConfig } from '../../config/config.js';

/** `whsec_` and 32 random bytes, base64url: what the receiver keys its HMAC with. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * The AES-256 key for the endpoints' secrets: WEBHOOK_SECRET_KEY, or else derived from
 * JWT_SECRET with HKDF-SHA256 (so that a deployment has a secret key without one more
 * variable; set WEBHOOK_SECRET_KEY to be free to rotate JWT_SECRET).
 */
export function webhookSecretKey(config: AppConfig): Buffer {
  if (config.WEBHOOK_SECRET_KEY) return Buffer.from(config.WEBHOOK_SECRET_KEY, 'hex');
  return Buffer.from(
    hkdfSync(
      'sha256',
      config.JWT_SECRET,
      'interview-kit',
      'interview-kit webhook endpoint secrets v1',
      32,
    ),
  );
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM, bound to its row: version (1 byte) | IV (12) | tag (16) | ciphertext. */
export function encryptSecret(
  key: Buffer,
  secret: string,
  tenantId: string,
  endpointId: string,
): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`${tenantId}:${endpointId}`));
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** Throws when the ciphertext was made with another key or for another row. */
export function decryptSecret(
  key: Buffer,
  sealed: Buffer,
  tenantId: string,
  endpointId: string,
): string {
  if (sealed[0] !== VERSION) throw new Error('unknown webhook secret format');
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(`${tenantId}:${endpointId}`));
  decipher.setAuthTag(tag);
  return Buffer.concat([
    decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
}

/** The `x-ik-signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** What a receiver does (the README shows the same in ten lines). */
export function verifySignature(
  secret: string,
  body: string,
  header: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2)));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(String(parts.v1 ?? ''), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
