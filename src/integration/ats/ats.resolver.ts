import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, Scope, Scopes } from '../../auth/policy.decorator.js';
import { Ctx } from '../../common/context.js';
import type { RequestContext } from '../../common/request-context.js';
import { uuidArg } from '../../common/uuid-arg.js';
import { Candidate } from '../../interviews/models/interview.models.js';
import { LoopService } from '../../loops/loop.service.js';
import { InterviewLoop } from '../../loops/models/loop.models.js';
import { Role } from '../../common/role.js';
import {
  TombstoneConnection,
  TombstonesArgs,
  UpsertCandidateInput,
  UpsertCandidatePayload,
  UpsertInterviewInput,
  UpsertInterviewPayload,
} from './ats.models.js';
import { AtsService } from './ats.service.js';

const SCHEDULERS = [Role.ADMIN, Role.RECRUITER];

/** The ATS side of the API: idempotent writes keyed by the ATS's own ids, erasure, tombstones. */
@Resolver()
export class AtsResolver {
  constructor(
    private readonly ats: AtsService,
    private readonly loops: LoopService,
  ) {}

  @Roles(...SCHEDULERS)
  @Scopes(Scope.CANDIDATES_WRITE)
  @Mutation(() => UpsertCandidatePayload, {
    description: 'Creates or updates the candidate with this ATS id; safe to repeat.',
  })
  upsertCandidate(@Ctx() ctx: RequestContext, @Args('input') input: UpsertCandidateInput) {
    return this.ats.upsertCandidate(ctx, input);
  }

  @Roles(...SCHEDULERS)
  @Scopes(Scope.INTERVIEWS_WRITE)
  @Mutation(() => UpsertInterviewPayload, {
    description: 'Creates or updates the interview with this ATS id; safe to repeat.',
  })
  upsertInterview(@Ctx() ctx: RequestContext, @Args('input') input: UpsertInterviewInput) {
    return this.ats.upsertInterview(ctx, input);
  }

  @Roles(...SCHEDULERS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => InterviewLoop, {
    description:
      'Links a loop (draft or published) to an ATS job id, or unlinks it with null; a job id ' +
      'belongs to one loop.',
  })
  async linkLoopToJob(
    @Ctx() ctx: RequestContext,
    @Args('loopId', { type: () => ID }, uuidArg('loopId')) loopId: string,
    @Args('atsJobId', { type: () => String, nullable: true }) atsJobId: string | null,
  ) {
    const id = await this.ats.linkLoopToJob(ctx, loopId, atsJobId ?? null);
    return this.loops.get(ctx, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Candidate, {
    description:
      "Erases a candidate's personal data for good (name, e-mail, scorecard summaries and " +
      'notes); scores and aggregates stay. Irreversible.',
  })
  anonymizeCandidate(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.ats.anonymizeCandidate(ctx, id);
  }

  @Roles(...SCHEDULERS)
  @Scopes(Scope.CANDIDATES_READ, Scope.INTERVIEWS_READ, Scope.SCORECARDS_READ)
  @Query(() => TombstoneConnection, {
    description:
      'The sync feeds\u2019 tombstones (deleted rows, anonymised candidates) in write order: page ' +
      'it beside candidates/interviews/scorecards(updatedSince).',
  })
  syncTombstones(@Ctx() ctx: RequestContext, @Args() args: TombstonesArgs) {
    return this.ats.tombstones(ctx, args);
  }
}
