import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/policy.decorator.js';
import { refuseCrossSite, startSession, type SessionAnswer } from '../auth/session.controller.js';
import { contextOf } from '../common/context.js';
import { AppConfig } from '../config/config.js';
import { AuditService } from '../integration/audit/audit.service.js';
import { AcceptInvitationInput } from '../tenancy/dto/tenancy.inputs.js';
import { InvitationService } from './invitation.service.js';

/**
 * acceptInvitation for the web app: joins, and the answer starts the session (the cookie) as
 * the sign-in endpoint does, so the page need not sign in again with the password. Audited
 * like the mutation.
 */
@Controller('auth')
export class InvitationSessionController {
  constructor(
    private readonly invitations: InvitationService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('accept-invitation')
  @HttpCode(200)
  async acceptInvitation(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() input: AcceptInvitationInput,
  ): Promise<SessionAnswer> {
    refuseCrossSite(req);
    const payload = await this.invitations.acceptInvitation(input, req.ip);
    await this.audit.insertSignIn(
      { tenantId: payload.viewer.tenant.id, userId: payload.viewer.user.id },
      {
        action: 'acceptInvitation',
        requestId: contextOf(req).requestId,
        changedFields: ['input.password', 'input.token'],
      },
    );
    return startSession(reply, payload, this.config);
  }
}
