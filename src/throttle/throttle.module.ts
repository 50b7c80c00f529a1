import { Module } from '@nestjs/common';
import { ThrottleService } from './throttle.service.js';

/** The rate limits (one ThrottleService for the whole application: its counters are shared). */
@Module({ providers: [ThrottleService], exports: [ThrottleService] })
export class ThrottleModule {}
