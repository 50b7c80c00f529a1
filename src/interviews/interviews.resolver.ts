import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyMember, Roles, Scope, Scopes } from '../auth/policy.decorator.js';
import { Ctx } from '../common/context.js';
import type { RequestContext } from '../common/request-context.js';
import { uuidArg } from '../common/uuid-arg.js';
import { InterviewKit, InterviewLoop, Stage } from '../loops/models/loop.models.js';
import { Role } from '../common/role.js';
import { User } from '../tenancy/models/tenancy.models.js';
import { CandidateService } from './candidate.service.js';
import {
  AssignInterviewersInput,
  CancelInterviewInput,
  CandidatesArgs,
  CreateCandidateInput,
  InterviewsArgs,
  RescheduleInterviewInput,
  ScheduleInterviewInput,
  UpdateCandidateInput,
} from './dto/interview.inputs.js';
import { InterviewLoaders } from './interview.loaders.js';
import { InterviewService } from './interview.service.js';
import {
  Candidate,
  CandidateConnection,
  Interview,
  InterviewConnection,
} from './models/interview.models.js';

const SCHEDULERS = [Role.ADMIN, Role.RECRUITER];

@Resolver(() => Candidate)
export class CandidateResolver {
  constructor(
    private readonly candidateService: CandidateService,
    private readonly interviewService: InterviewService,
  ) {}

  @AnyMember()
  @Scopes(Scope.CANDIDATES_READ, Scope.CANDIDATES_WRITE)
  @Query(() => CandidateConnection, {
    description:
      'Candidates, oldest first. Admins and recruiters see all; others those whose interviews they may read.',
  })
  candidates(@Ctx() ctx: RequestContext, @Args() args: CandidatesArgs) {
    return this.candidateService.list(ctx, args);
  }

  @AnyMember()
  @Scopes(Scope.CANDIDATES_READ, Scope.CANDIDATES_WRITE)
  @Query(() => Candidate)
  candidate(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    return this.candidateService.get(ctx, id);
  }

  @Roles(...SCHEDULERS)
  @Scopes(Scope.CANDIDATES_WRITE)
  @Mutation(() => Candidate)
  createCandidate(@Ctx() ctx: RequestContext, @Args('input') input: CreateCandidateInput) {
    return this.candidateService.create(ctx, input);
  }

  @Roles(...SCHEDULERS)
  @Scopes(Scope.CANDIDATES_WRITE)
  @Mutation(() => Candidate)
  updateCandidate(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCandidateInput) {
    return this.candidateService.update(ctx, input);
  }

  @ResolveField(() => [Interview], { description: 'The interviews the caller may read.' })
  interviews(@Ctx() ctx: RequestContext, @Parent() candidate: Candidate) {
    return this.interviewService.ofCandidateLoader(ctx).load(candidate.id);
  }
}

@Resolver(() => Interview)
export class InterviewResolver {
  constructor(
    private readonly interviewService: InterviewService,
    private readonly candidateService: CandidateService,
    private readonly loaders: InterviewLoaders,
  ) {}

  @AnyMember()
  @Scopes(Scope.INTERVIEWS_READ, Scope.INTERVIEWS_WRITE)
  @Query(() => InterviewConnection, {
    description:
      'Interviews by scheduled start. Admins and recruiters see all; hiring managers those of ' +
      'their loops; everyone the interviews they are assigned to.',
  })
  interviews(@Ctx() ctx: RequestContext, @Args() args: InterviewsArgs) {
    return this.interviewService.list(ctx, args);
  }

  @AnyMember()
  @Scopes(Scope.INTERVIEWS_READ, Scope.INTERVIEWS_WRITE)
  @Query(() => Interview)
  interview(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    return this.interviewService.get(ctx, id);
  }

  @Roles(...SCHEDULERS)
  @Scopes(Scope.INTERVIEWS_WRITE)
  @Mutation(() => Interview, {
    description: 'Schedules a candidate at a stage of a published loop, with its interviewers.',
  })
  scheduleInterview(@Ctx() ctx: RequestContext, @Args('input') input: ScheduleInterviewInput) {
    return this.interviewService.schedule(ctx, input);
  }

  @Roles(...SCHEDULERS)
  @Scopes(Scope.INTERVIEWS_WRITE)
  @Mutation(() => Interview)
  rescheduleInterview(@Ctx() ctx: RequestContext, @Args('input') input: RescheduleInterviewInput) {
    return this.interviewService.reschedule(ctx, input);
  }

  @Roles(...SCHEDULERS)
  @Scopes(Scope.INTERVIEWS_WRITE)
  @Mutation(() => Interview, {
    description: 'Cancels an interview; its drafts are left as they are.',
  })
  cancelInterview(@Ctx() ctx: RequestContext, @Args('input') input: CancelInterviewInput) {
    return this.interviewService.cancel(ctx, input);
  }

  @Roles(...SCHEDULERS)
  @Scopes(Scope.INTERVIEWS_WRITE)
  @Mutation(() => Interview)
  assignInterviewers(@Ctx() ctx: RequestContext, @Args('input') input: AssignInterviewersInput) {
    return this.interviewService.assign(ctx, input);
  }

  @ResolveField(() => Candidate)
  candidate(@Ctx() ctx: RequestContext, @Parent() interview: Interview) {
    return this.candidateService.loader(ctx).load(interview.candidateId);
  }

  @ResolveField(() => Stage, {
    nullable: true,
    description: 'Null when the caller may not read its kit (see kit); its questions are the kit.',
  })
  stage(@Ctx() ctx: RequestContext, @Parent() interview: Interview) {
    return this.loaders.stage(ctx, interview.stageId);
  }

  @ResolveField(() => InterviewLoop, { nullable: true })
  loop(@Ctx() ctx: RequestContext, @Parent() interview: Interview) {
    return this.loaders.loop(ctx, interview.loopId);
  }

  @ResolveField(() => InterviewKit, {
    nullable: true,
    description:
      "The stage's kit, as interviewKit gives it; null when the caller may not read it (an " +
      'interviewer of a cancelled interview). Kits of many interviews load in three statements.',
  })
  kit(@Ctx() ctx: RequestContext, @Parent() interview: Interview) {
    return this.loaders.kit(ctx, interview.stageId);
  }

  @ResolveField(() => [User])
  interviewers(@Ctx() ctx: RequestContext, @Parent() interview: Interview) {
    return this.interviewService.interviewersLoader(ctx).load(interview.id);
  }
}
