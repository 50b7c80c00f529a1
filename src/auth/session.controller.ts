import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import { AppConfig } from '../config/config.js';
import { AuthService } from './auth.service.js';
import { SignInInput } from './dto/auth.inputs.js';
import type { AuthPayload } from './models/auth-payload.model.js';
import { Public } from './policy.decorator.js';

/** The web app's session endpoints; the refresh cookie is scoped to REFRESH_PATH. */
export const REFRESH_PATH = '/auth/refresh';
export const REFRESH_COOKIE = 'ik_refresh';
/** The header every cookie-session call must carry: no cross-site form or simple request can. */
export const CSRF_HEADER = 'x-requested-with';

/**
 * Cross-site requests are refused on top of SameSite=Strict: the custom header forces a CORS
 * preflight (which this service never grants) on any other origin, and a browser's Origin or
 * Sec-Fetch-Site, when sent, must say the page is ours.
 */
export function refuseCrossSite(req: FastifyRequest): void {
  const refused = new ForbiddenError('Cross-site requests to the session endpoints are refused.');
  if (!req.headers[CSRF_HEADER]) throw refused;
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') throw refused;
  const origin = req.headers.origin;
  if (origin) {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw refused;
    }
    if (host !== req.headers.host) throw refused;
  }
}

/**
 * What the app gets: the access token and the viewer's public fields (what the Viewer type
 * exposes over GraphQL), never the refresh token nor any other column of the user or tenant.
 */
export interface SessionAnswer {
  accessToken: string;
  accessTokenExpiresAt: Date;
  viewer: {
    role: string;
    user: { id: string; displayName: string; email: string };
    tenant: { id: string; name: string; slug: string };
  };
}

/**
 * Starts the web app's session from a signed-in payload: the refresh cookie, and the answer
 * with the access token and the viewer's public fields.
 */
export function startSession(
  reply: FastifyReply,
  payload: AuthPayload,
  config: AppConfig,
): SessionAnswer {
  const { viewer } = payload;
  void reply.setCookie(REFRESH_COOKIE, payload.refreshToken, {
    path: REFRESH_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: config.isProduction,
    expires: payload.refreshTokenExpiresAt,
  });
  void reply.header('cache-control', 'no-store');
  return {
    accessToken: payload.accessToken,
    accessTokenExpiresAt: payload.accessTokenExpiresAt,
    viewer: {
      role: viewer.role,
      user: {
        id: viewer.user.id,
        displayName: viewer.user.displayName,
        email: viewer.user.email,
      },
      tenant: { id: viewer.tenant.id, name: viewer.tenant.name, slug: viewer.tenant.slug },
    },
  };
}

/**
 * Sign-in, refresh and sign-out for the web app (accepting an invitation: accounts/), over the same services
 * as the GraphQL mutations (signIn, acceptInvitation...); bearer clients keep using those.
 */
@Controller('auth')
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  async signIn(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() input: SignInInput,
  ): Promise<SessionAnswer> {
    refuseCrossSite(req);
    return this.answer(reply, await this.auth.signIn(input, req.ip));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionAnswer> {
    refuseCrossSite(req);
    const token = req.cookies[REFRESH_COOKIE];
    if (!token) throw new UnauthenticatedError('Not signed in.');
    try {
      return this.answer(reply, await this.auth.refresh(token));
    } catch (error) {
      this.clear(reply);
      throw error;
    }
  }

  /** Sign-out: revokes the cookie's session (every token of it) and clears the cookie. */
  @Public()
  @Delete('refresh')
  @HttpCode(200)
  async signOut(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ signedOut: true }> {
    refuseCrossSite(req);
    const token = req.cookies[REFRESH_COOKIE];
    if (token) await this.auth.endSessionOf(token);
    this.clear(reply);
    return { signedOut: true };
  }

  private answer(reply: FastifyReply, payload: AuthPayload): SessionAnswer {
    return startSession(reply, payload, this.config);
  }

  private clear(reply: FastifyReply): void {
    void reply.clearCookie(REFRESH_COOKIE, {
      path: REFRESH_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.isProduction,
    });
  }
}
