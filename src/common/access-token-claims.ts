/** What a verified access token says: the user, the tenant and the session it speaks for. */
export interface AccessTokenClaims {
  sub: string;
  tid: string;
  sid: string;
}
