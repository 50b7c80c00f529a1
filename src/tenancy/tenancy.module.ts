import { Module } from '@nestjs/common';
import { MembershipService } from './membership.service.js';
import { NotificationPreferencesService } from './notification-preferences.js';
import { TenantSettingsService } from './tenant-settings.js';

/**
 * Tenants, users and members, and each tenant's settings. The lowest product module: auth
 * reads members from it; it imports no other product module.
 */
@Module({
  providers: [MembershipService, TenantSettingsService, NotificationPreferencesService],
  exports: [MembershipService, TenantSettingsService, NotificationPreferencesService],
})
export class TenancyModule {}
