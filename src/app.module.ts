import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TerminusModule } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { AuthResolver } from './auth/auth.resolver.js';
import { SessionController } from './auth/session.controller.js';
import { AuthService } from './auth/auth.service.js';
import { JwtStrategy } from './auth/jwt.strategy.js';
import { PasswordService } from './auth/password.service.js';
import { PolicyGuard } from './auth/policy.guard.js';
import { TokenService } from './auth/token.service.js';
import { HttpErrorFilter } from './common/http-error.filter.js';
import { InputValidationPipe } from './common/validation.pipe.js';
import { AppConfig } from './config/config.js';
import { Database } from './database/database.service.js';
import { GraphiqlController } from './graphql/graphiql.controller.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthController } from './health/health.controller.js';
import { ReadinessProbe } from './health/readiness.service.js';
import { ApiKeysModule } from './integration/api-keys/api-keys.module.js';
import { ApiKeyService } from './integration/api-keys/api-key.service.js';
import { AuditInterceptor } from './integration/audit/audit.interceptor.js';
import { AuditResolver } from './integration/audit/audit.resolver.js';
import { AuditService } from './integration/audit/audit.service.js';
import { IdempotencyService } from './integration/idempotency/idempotency.service.js';
import { JobsModule } from './integration/jobs/jobs.module.js';
import { OWNER_DATABASE_URL } from './integration/jobs/job-queue.service.js';
import { WebhooksModule } from './integration/webhooks/webhooks.module.js';
import { LiveAuth } from './integration/live/live-auth.service.js';
import { LiveModule } from './integration/live/live.module.js';
import { SubscriptionGate } from './graphql/subscription-gate.js';
import { DevMailController } from './integration/mail/dev-mail.controller.js';
import { MailModule } from './integration/mail/mail.module.js';
import { AtsModule } from './integration/ats/ats.module.js';
import { AtsScaleModule } from './integration/ats-scale/ats-scale.module.js';
import { NodeModule } from './node/node.module.js';
import { InterviewsModule } from './interviews/interviews.module.js';
import { LoopsModule } from './loops/loops.module.js';
import { ScorecardsModule } from './scorecards/scorecards.module.js';
import { TaxonomyModule } from './taxonomy/taxonomy.module.js';
import { MembershipService } from './tenancy/membership.service.js';
import { TenancyResolver } from './tenancy/tenancy.resolver.js';
import { NotificationPreferencesService } from './tenancy/notification-preferences.js';
import { TenantSettingsService } from './tenancy/tenant-settings.js';
import { TenantService } from './tenancy/tenant.service.js';
import { ThrottleService } from './throttle/throttle.service.js';

export const SHUTDOWN_TASKS = Symbol('SHUTDOWN_TASKS');

/** Closes the pool, then the embedded server, when the application stops. */
class ShutdownTasks implements OnApplicationShutdown {
  constructor(@Inject(SHUTDOWN_TASKS) private readonly tasks: (() => Promise<void>)[]) {}
  async onApplicationShutdown(): Promise<void> {
    for (const task of this.tasks) await task();
  }
}

/** Configuration and the database, available to every domain module. */
@Global()
@Module({})
class CoreModule {
  static forRoot(
    config: AppConfig,
    dataSource: DataSource,
    shutdownTasks: (() => Promise<void>)[],
    ownerUrl: string,
    gate: SubscriptionGate,
  ): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: SHUTDOWN_TASKS, useValue: shutdownTasks },
        { provide: OWNER_DATABASE_URL, useValue: ownerUrl },
        { provide: SubscriptionGate, useValue: gate },
        ShutdownTasks,
        Database,
      ],
      exports: [AppConfig, DataSource, Database, OWNER_DATABASE_URL, SubscriptionGate],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    dataSource: DataSource,
    shutdownTasks: (() => Promise<void>)[],
    ownerUrl: string,
    gate: SubscriptionGate,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource, shutdownTasks, ownerUrl, gate),
        ApiKeysModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [ApiKeysModule],
          inject: [ApiKeyService],
          useFactory: (apiKeys: ApiKeyService) => graphqlOptions(config, apiKeys, gate),
        }),
        PassportModule,
        JwtModule.register({ secret: config.JWT_SECRET }),
        TerminusModule,
        TaxonomyModule,
        LoopsModule,
        InterviewsModule,
        ScorecardsModule,
        AtsModule,
        AtsScaleModule,
        NodeModule,
        JobsModule,
        WebhooksModule,
        MailModule,
        LiveModule,
      ],
      // GraphiQL and the mail inbox are development tools: production (and the tests' default)
      // never serves them.
      controllers: [
        HealthController,
        SessionController,
        ...(config.NODE_ENV === 'development' ? [GraphiqlController, DevMailController] : []),
      ],
      providers: [
        ReadinessProbe,
        ThrottleService,
        PasswordService,
        TokenService,
        JwtStrategy,
        AuthService,
        AuthResolver,
        TenantService,
        TenantSettingsService,
        NotificationPreferencesService,
        MembershipService,
        TenancyResolver,
        AuditService,
        IdempotencyService,
        AuditResolver,
        LiveAuth,
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }
}
