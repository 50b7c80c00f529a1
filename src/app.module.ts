import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TerminusModule } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module.js';
import { AuthModule } from './auth/auth.module.js';
import { PolicyGuard } from './auth/policy.guard.js';
import { HttpErrorFilter } from './common/http-error.filter.js';
import { InputValidationPipe } from './common/validation.pipe.js';
import { AppConfig } from './config/config.js';
import { Database } from './database/database.service.js';
import { GraphiqlController } from './graphql/graphiql.controller.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthController } from './health/health.controller.js';
import { ReadinessProbe } from './health/readiness.service.js';
import { Authenticator } from './auth/authenticator.service.js';
import { IntegrationModule } from './integration/integration.module.js';
import { OWNER_DATABASE_URL } from './integration/jobs/job-queue.service.js';
import { LiveAuth } from './live/live-auth.service.js';
import { LiveModule } from './live/live.module.js';
import { SubscriptionGate } from './graphql/subscription-gate.js';
import { DevMailController } from './integration/mail/dev-mail.controller.js';
import { NodeModule } from './node/node.module.js';
import { InterviewsModule } from './interviews/interviews.module.js';
import { LoopsModule } from './loops/loops.module.js';
import { ScorecardsModule } from './scorecards/scorecards.module.js';
import { TaxonomyModule } from './taxonomy/taxonomy.module.js';
import { TenancyModule } from './tenancy/tenancy.module.js';
import { ThrottleModule } from './throttle/throttle.module.js';

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
        ThrottleModule,
        TenancyModule,
        AuthModule,
        AccountsModule,
        IntegrationModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [AuthModule],
          inject: [Authenticator],
          useFactory: (authenticator: Authenticator) => graphqlOptions(config, authenticator, gate),
        }),
        TerminusModule,
        TaxonomyModule,
        LoopsModule,
        InterviewsModule,
        ScorecardsModule,
        NodeModule,
        LiveModule,
      ],
      // GraphiQL and the mail inbox are development tools: production (and the tests' default)
      // never serves them.
      controllers: [
        HealthController,
        ...(config.NODE_ENV === 'development' ? [GraphiqlController, DevMailController] : []),
      ],
      providers: [
        ReadinessProbe,
        LiveAuth,
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }
}
