import { Logger } from '@nestjs/common';
import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { AnyMember } from '../auth/policy.decorator.js';
import { AppError } from '../common/errors.js';
import { RequestContext } from '../common/request-context.js';
import { uuidArg } from '../common/uuid-arg.js';
import { SubscriptionGate, type Subscriber } from '../graphql/subscription-gate.js';
import { CandidateService } from '../interviews/candidate.service.js';
import { InterviewService } from '../interviews/interview.service.js';
import { Scorecard } from '../scorecards/models/scorecard.models.js';
import { ScorecardService } from '../scorecards/scorecard.service.js';
import type { LiveEvent } from '../integration/webhooks/live-events.js';
import { candidateTopic, userTopic } from './live-listener.service.js';
import { InterviewChange } from './live.models.js';

/** The per-subscription GraphQL context Mercurius builds (a copy of the connection's). */
interface SubscriptionContext {
  subscriber: Subscriber;
  req: { headers: Record<string, string>; ik: RequestContext };
  pubsub: { subscribe(topic: string): Promise<AsyncIterable<LiveEvent>> };
}

/** A read that finds the thing gone or sealed from the reader: nothing to deliver. */
async function readable<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
      return null;
    }
    throw error;
  }
}

/**
 * GraphQL subscriptions. An event names ids only; for each subscriber it is read again through
 * the same service methods as the queries, in a tenant transaction of its own, as that
 * subscriber (principal checked again first): the sealed-feedback and access rules, and RLS,
 * decide by construction what each one receives. What they may not read is not delivered.
 */
@Resolver()
export class LiveResolver {
  private readonly logger = new Logger('LiveResolver');
  private active = 0;
  private started = 0;

  constructor(
    private readonly gate: SubscriptionGate,
    private readonly scorecards: ScorecardService,
    private readonly interviews: InterviewService,
    private readonly candidates: CandidateService,
  ) {}

  /** An unexpected failure at a subscription's start: logged, and answered without details. */
  private readonly internal = (error: unknown): never => {
    if (error instanceof AppError) throw error;
    this.logger.error(`subscription refused: ${String(error)}`);
    throw new AppError('INTERNAL', 'Internal server error.');
  };

  /** Subscriptions open on this replica now. */
  get activeSubscriptions(): number {
    return this.active;
  }

  /** Subscriptions started on this replica so far. */
  get startedSubscriptions(): number {
    return this.started;
  }

  @AnyMember()
  @Subscription(() => Scorecard, {
    resolve: (value: Scorecard) => value,
    description:
      'Each scorecard of the candidate that is submitted or amended from now on, as the ' +
      'subscriber may read it under the sealed-feedback policy (the same rule as the ' +
      '`scorecard` query); one they may not read is not delivered. NOT_FOUND / FORBIDDEN for a ' +
      'candidate the subscriber may not read.',
  })
  async scorecardSubmitted(
    @Context() context: SubscriptionContext,
    @Args('candidateId', { type: () => ID }, uuidArg('candidateId')) candidateId: string,
  ) {
    const subscriber = context.subscriber;
    // Like the `candidate` query: another tenant's id, or one out of reach, ends here.
    const check = await this.gate.bound.eventContext(subscriber).catch(this.internal);
    if (!check) throw new AppError('UNAUTHENTICATED', 'The session has ended.');
    try {
      await this.candidates.get(check, candidateId).catch(this.internal);
    } finally {
      await check.finish(false);
    }
    const topic = candidateTopic(subscriber.principal.tenantId, candidateId);
    return this.stream(context, topic, 'scorecardSubmitted', (ctx, event) =>
      event.kind === 'scorecard' ? readable(this.scorecards.get(ctx, event.scorecardId)) : null,
    );
  }

  @AnyMember()
  @Subscription(() => InterviewChange, {
    resolve: (value: InterviewChange) => value,
    description:
      'Changes to the interviews the signed-in member is on the panel of: scheduled, moved, ' +
      'cancelled, added to or taken off the panel, and feedback (a scorecard of the panel ' +
      'submitted, or theirs overdue). Only the members of the panel receive them.',
  })
  async myInterviewsChanged(@Context() context: SubscriptionContext) {
    const principal = context.subscriber.principal;
    const topic = userTopic(principal.tenantId, principal.userId);
    return this.stream(context, topic, 'myInterviewsChanged', async (ctx, event) => {
      if (event.kind !== 'interview') return null;
      return {
        interviewId: event.interviewId,
        change: event.change,
        interview: await readable(this.interviews.get(ctx, event.interviewId)),
      };
    });
  }

  /**
   * Events of `topic`, each read by `read` in a fresh request context of the subscriber; that
   * context is the subscription's `req.ik` while the event's fields resolve, and ends when the
   * next one is asked for (Mercurius sends each result before it asks for the next).
   */
  private async stream<T>(
    context: SubscriptionContext,
    topic: string,
    name: string,
    read: (ctx: RequestContext, event: LiveEvent) => Promise<T | null> | null,
  ): Promise<AsyncIterable<T>> {
    const queue = await context.pubsub.subscribe(topic);
    this.active += 1;
    this.started += 1;
    this.logger.log(`live subscription started: ${name}`);
    const auth = this.gate.bound;
    const logger = this.logger;
    const ended = () => {
      this.active -= 1;
    };
    return (async function* () {
      try {
        for await (const event of queue) {
          const ctx = await auth.eventContext(context.subscriber).catch((error: unknown) => {
            logger.warn(`live event skipped: ${String(error)}`);
            return undefined;
          });
          if (ctx === null) return; // access ended: the connection is closing
          if (!ctx) continue;
          let value: T | null = null;
          try {
            value = await read(ctx, event);
          } catch (error) {
            logger.warn(`live event skipped: ${String(error)}`);
          }
          if (value === null) {
            await ctx.finish(false);
            continue;
          }
          context.req = { ...context.req, ik: ctx };
          try {
            yield value;
          } finally {
            await ctx.finish(false);
          }
        }
      } finally {
        ended();
      }
    })();
  }
}
