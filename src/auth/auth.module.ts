import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/config.js';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { ThrottleModule } from '../throttle/throttle.module.js';
import { ApiKeyService } from './api-key.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { Authenticator } from './authenticator.service.js';
import { PasswordService } from './password.service.js';
import { SessionController } from './session.controller.js';
import { TokenService } from './token.service.js';

/**
 * Credentials: passwords, sessions, access and refresh tokens, API keys; signing in and out.
 * Builds on
 * tenancy (members); the guard (PolicyGuard) is bound in the application module.
 */
@Module({
  imports: [
    TenancyModule,
    ThrottleModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET }),
    }),
  ],
  controllers: [SessionController],
  providers: [
    PasswordService,
    TokenService,
    Authenticator,
    AuthService,
    AuthResolver,
    ApiKeyService,
  ],
  exports: [PasswordService, TokenService, ApiKeyService, Authenticator],
})
export class AuthModule {}
