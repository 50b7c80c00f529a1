import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MailModule } from '../integration/mail/mail.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { ThrottleModule } from '../throttle/throttle.module.js';
import { AuditModule } from '../integration/audit/audit.module.js';
import { InvitationSessionController } from './invitation-session.controller.js';
import { InvitationService } from './invitation.service.js';
import { TenancyResolver } from './tenancy.resolver.js';
import { TenantService } from './tenant.service.js';

/**
 * Creating a tenant (with its default packs), inviting and accepting members, and the GraphQL
 * operations on the tenant, its members and settings.
 */
@Module({
  imports: [AuthModule, TenancyModule, ThrottleModule, TaxonomyModule, MailModule, AuditModule],
  controllers: [InvitationSessionController],
  providers: [TenantService, InvitationService, TenancyResolver],
  exports: [TenantService],
})
export class AccountsModule {}
