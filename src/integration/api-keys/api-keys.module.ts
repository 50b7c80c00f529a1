import { Module } from '@nestjs/common';
import { ApiKeyResolver } from './api-key.resolver.js';
import { ApiKeyService } from './api-key.service.js';
import { ThrottleService } from '../../throttle/throttle.service.js';

/** API keys: their GraphQL operations, and the service the guard and GraphQL hooks use. */
@Module({
  providers: [ApiKeyService, ApiKeyResolver, ThrottleService],
  exports: [ApiKeyService],
})
export class ApiKeysModule {}
