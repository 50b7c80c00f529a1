import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** OWASP's recommended argon2id parameters (19 MiB, 2 iterations, 1 lane). */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** The password of the dummy hash (public: it is in the source); exported for a test. */
export const TIMING_EQUALISER = 'interview-kit-timing-equaliser';

@Injectable()
export class PasswordService {
  // Verified against when the e-mail is unknown, so both failures cost the same time.
  private readonly dummyHash = argon2.hash(TIMING_EQUALISER, ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  /** False for an account without a password (an open invitation), after the same work. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? (await this.dummyHash), password);
      // The dummy hash's own password must not open an account that has none.
      return ok && hash !== null;
    } catch {
      return false;
    }
  }

  /** True when the hash was made with other (older, weaker) parameters. */
  needsRehash(hash: string): boolean {
    return !hash.startsWith('$argon2id$') || argon2.needsRehash(hash, ARGON2_OPTIONS);
  }
}
