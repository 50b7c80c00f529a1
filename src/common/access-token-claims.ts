/** What a verified access token says: the user, the tenant and the session it speaks for. */
export interface AccessTokenClaims {
  sub: string;
  tid: string;
  sid: string;
  /** When the token expires (seconds since the epoch), as verified. */
  exp: number;
}

/**
 * What a request's `Authorization` header holds, read once at the start of the request
 * (auth/authenticator.service.ts): no bearer token, an API key (its secret, and its lookup
 * prefix when well-formed), the claims of an access token that verified, or a token that did not.
 */
export type Bearer =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'apiKey'; secret: string; prefix: string | null }
  | { kind: 'accessToken'; claims: AccessTokenClaims };

/** What a request says about its caller: the bearer and the On-Behalf-Of header as sent. */
export interface Credentials {
  bearer: Bearer;
  onBehalfOf: unknown;
}
