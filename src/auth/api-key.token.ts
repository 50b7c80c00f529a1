import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** Every key starts with this: secret scanners and people can tell what it is. */
export const API_KEY_PREFIX = 'ik_live_';
const SHAPE = /^ik_live_([0-9a-f]{12})([A-Za-z0-9_-]{40})([0-9a-f]{8})$/;

const checksum = (body: string) => (crc32(body) >>> 0).toString(16).padStart(8, '0');

/**
 * `ik_live_` + 12 hex (the public lookup prefix) + 40 base64url (240 random bits) + 8 hex
 * (CRC-32 of the rest, so a mistyped or truncated key is refused without a database look-up).
 */
export function newApiKeySecret(): { secret: string; prefix: string } {
  const prefix = randomBytes(6).toString('hex');
  const body = `${API_KEY_PREFIX}${prefix}${randomBytes(30).toString('base64url')}`;
  return { secret: `${body}${checksum(body)}`, prefix };
}

/** The lookup prefix of a well-formed key with a good checksum, else null. */
export function parseApiKey(secret: string): { prefix: string } | null {
  const match = SHAPE.exec(secret);
  if (!match) return null;
  if (checksum(`${API_KEY_PREFIX}${match[1]}${match[2]}`) !== match[3]) return null;
  return { prefix: match[1] };
}

export const hashApiKey = (secret: string) => createHash('sha256').update(secret).digest();
