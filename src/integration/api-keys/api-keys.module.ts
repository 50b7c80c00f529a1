import { Module } from '@nestjs/common';
import { ApiKeyResolver } from './api-key.resolver.js';
import { ApiKeyAdminService } from './api-key-admin.service.js';

/** API keys' GraphQL operations for admins (checking a key is auth's ApiKeyService). */
@Module({
  providers: [ApiKeyAdminService, ApiKeyResolver],
})
export class ApiKeysModule {}
