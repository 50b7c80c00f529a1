import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service.js';

/** The service's one job queue (pg-boss), shared by every background worker. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
