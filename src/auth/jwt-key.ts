import { createSecretKey, type KeyObject } from 'node:crypto';
import type { AppConfig } from '../config/config.js';

/** The one algorithm access tokens are signed and verified with. */
export const JWT_ALGORITHM = 'HS256';

const keys = new WeakMap<AppConfig, KeyObject>();

/**
 * The HMAC key as a KeyObject, made once. Given a string, jsonwebtoken first tries to parse it
 * as a public key on every verify, which cost a sixth of the CPU of a kit request.
 */
export function jwtKey(config: AppConfig): KeyObject {
  let key = keys.get(config);
  if (!key) {
    key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
    keys.set(config, key);
  }
  return key;
}
