import { Controller, Get, Header, Param } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, Scope, Scopes } from '../auth/policy.decorator.js';
import { Ctx } from '../common/context.js';
import { uuidArg } from '../common/uuid-arg.js';
import { BadInputError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { Competency, QuestionVersion } from '../taxonomy/models/taxonomy.models.js';
import { TaxonomyLoaders } from '../taxonomy/taxonomy.loaders.js';
import { Role } from '../common/role.js';
import { User } from '../tenancy/models/tenancy.models.js';
import {
  AddStageInput,
  AddStageQuestionInput,
  CreateLoopInput,
  LoopsArgs,
  NewLoopFromInput,
  ReorderInput,
  UpdateLoopInput,
  UpdateStageInput,
  UpdateStageQuestionInput,
} from './dto/loop.inputs.js';
import { kitToMarkdown, KitService } from './kit.service.js';
import { LoopPublisher } from './loop-publisher.service.js';
import { LoopLoaders } from './loop.loaders.js';
import { LoopService } from './loop.service.js';
import { StageQuestionService } from './stage-question.service.js';
import {
  Coverage,
  InterviewKit,
  InterviewLoop,
  LoopConnection,
  PublishLoopPayload,
  Stage,
  StageQuestion,
} from './models/loop.models.js';

const EDITORS = [Role.ADMIN, Role.RECRUITER];

/** `<uuid>.md` -> the uuid. */
const uuidMarkdownPipe = {
  transform(value: string) {
    const match = /^([0-9a-f-]{36})\.md$/.exec(value);
    if (!match) throw new BadInputError([{ path: 'stageId', message: 'must be <stage id>.md' }]);
    return match[1];
  },
};

const KIT_READERS = [Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER];

@Resolver(() => InterviewLoop)
export class LoopResolver {
  constructor(
    private readonly loopService: LoopService,
    private readonly pins: StageQuestionService,
    private readonly publisher: LoopPublisher,
    private readonly loaders: LoopLoaders,
    private readonly taxonomy: TaxonomyLoaders,
  ) {}

  @Roles(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)
  @Scopes(Scope.LOOPS_READ, Scope.LOOPS_WRITE)
  @Query(() => LoopConnection, { description: 'Loops, oldest first.' })
  loops(@Ctx() ctx: RequestContext, @Args() args: LoopsArgs) {
    return this.loopService.list(ctx, args);
  }

  @Roles(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)
  @Scopes(Scope.LOOPS_READ, Scope.LOOPS_WRITE)
  @Query(() => InterviewLoop)
  loop(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    return this.loopService.get(ctx, id);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => InterviewLoop, { description: 'Creates a draft loop owned by the caller.' })
  createLoop(@Ctx() ctx: RequestContext, @Args('input') input: CreateLoopInput) {
    return this.loopService.create(ctx, input);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => InterviewLoop, { description: 'Edits a draft loop; CONFLICT once published.' })
  updateLoop(@Ctx() ctx: RequestContext, @Args('input') input: UpdateLoopInput) {
    return this.loopService.update(ctx, input);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => Stage, { description: 'Appends a stage to a draft loop.' })
  addStage(@Ctx() ctx: RequestContext, @Args('input') input: AddStageInput) {
    return this.loopService.addStage(ctx, input);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => Stage)
  updateStage(@Ctx() ctx: RequestContext, @Args('input') input: UpdateStageInput) {
    return this.loopService.updateStage(ctx, input);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => ID)
  removeStage(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.loopService.removeStage(ctx, id);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => InterviewLoop, { description: 'Puts the stages of a draft loop in a new order.' })
  reorderStages(@Ctx() ctx: RequestContext, @Args('input') input: ReorderInput) {
    return this.loopService.reorderStages(ctx, input);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => StageQuestion, { description: "Pins a question's current version to a stage." })
  addStageQuestion(@Ctx() ctx: RequestContext, @Args('input') input: AddStageQuestionInput) {
    return this.pins.add(ctx, input);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => StageQuestion, {
    description:
      "Changes a draft's pin in one write: time budget, required, pinned version. Nothing changes when any field is refused.",
  })
  updateStageQuestion(@Ctx() ctx: RequestContext, @Args('input') input: UpdateStageQuestionInput) {
    return this.pins.update(ctx, input);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => ID)
  removeStageQuestion(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.pins.remove(ctx, id);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => Stage, { description: 'Puts the questions of a stage in a new order.' })
  reorderStageQuestions(@Ctx() ctx: RequestContext, @Args('input') input: ReorderInput) {
    return this.pins.reorder(ctx, input);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => StageQuestion, {
    description: "Moves a draft's pin to the question's current version.",
  })
  upgradeStageQuestion(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.pins.upgrade(ctx, id);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => PublishLoopPayload, {
    description:
      'Freezes a draft. Blocking coverage findings refuse it (BAD_USER_INPUT, one field per finding).',
  })
  publishLoop(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.publisher.publish(ctx, id);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => InterviewLoop)
  archiveLoop(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.loopService.archive(ctx, id);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => InterviewLoop, {
    description: 'A new draft copying the stages and pinned versions.',
  })
  cloneLoop(@Ctx() ctx: RequestContext, @Args('input') input: NewLoopFromInput) {
    return this.loopService.copy(ctx, input, false);
  }

  @Roles(...EDITORS)
  @Scopes(Scope.LOOPS_WRITE)
  @Mutation(() => InterviewLoop, { description: 'A new draft from a loop flagged as a template.' })
  createLoopFromTemplate(@Ctx() ctx: RequestContext, @Args('input') input: NewLoopFromInput) {
    return this.loopService.copy(ctx, input, true);
  }

  @ResolveField(() => User)
  owner(@Ctx() ctx: RequestContext, @Parent() loop: InterviewLoop) {
    return this.taxonomy.user(ctx).load(loop.ownerId);
  }

  @ResolveField(() => [User])
  async hiringManagers(@Ctx() ctx: RequestContext, @Parent() loop: InterviewLoop) {
    const ids = await this.loaders.managerIds(ctx, loop.id);
    return this.taxonomy.user(ctx).loadMany(ids);
  }

  @ResolveField(() => [Stage])
  stages(@Ctx() ctx: RequestContext, @Parent() loop: InterviewLoop) {
    return this.loaders.stages(ctx, loop.id);
  }

  @ResolveField(() => Coverage)
  coverage(@Ctx() ctx: RequestContext, @Parent() loop: InterviewLoop) {
    return this.loaders.coverage(ctx, loop.id);
  }
}

@Resolver(() => Stage)
export class StageResolver {
  constructor(
    private readonly taxonomy: TaxonomyLoaders,
    private readonly loaders: LoopLoaders,
  ) {}

  @ResolveField(() => [Competency])
  focusCompetencies(@Ctx() ctx: RequestContext, @Parent() stage: Stage) {
    return this.taxonomy.competency(ctx).loadMany(stage.focusCompetencyIds);
  }

  @ResolveField(() => [StageQuestion])
  questions(@Ctx() ctx: RequestContext, @Parent() stage: Stage) {
    return this.loaders.pins(ctx, stage.id);
  }
}

@Resolver(() => StageQuestion)
export class StageQuestionResolver {
  constructor(
    private readonly taxonomy: TaxonomyLoaders,
    private readonly loaders: LoopLoaders,
  ) {}

  @ResolveField(() => QuestionVersion)
  questionVersion(@Ctx() ctx: RequestContext, @Parent() pin: StageQuestion) {
    return this.taxonomy.version(ctx).load(pin.questionVersionId);
  }

  @ResolveField(() => Boolean)
  async upgradeAvailable(@Ctx() ctx: RequestContext, @Parent() pin: StageQuestion) {
    const current = await this.loaders.currentVersion(ctx, pin.questionVersionId);
    return current !== pin.questionVersionId;
  }
}

@Resolver()
export class KitResolver {
  constructor(private readonly kits: KitService) {}

  @Roles(...KIT_READERS)
  @Scopes(Scope.LOOPS_READ, Scope.LOOPS_WRITE)
  @Query(() => InterviewKit, {
    description:
      "Everything an interviewer needs for a stage: questions, guidance, rubrics and anchors. Hiring managers read only their loops' kits.",
  })
  interviewKit(
    @Ctx() ctx: RequestContext,
    @Args('stageId', { type: () => ID }, uuidArg('stageId')) stageId: string,
  ) {
    return this.kits.load(ctx, stageId);
  }
}

/** `GET /kits/:stageId.md`: the kit as Markdown to print, authenticated like the API. */
@Controller('kits')
export class KitController {
  constructor(private readonly kits: KitService) {}

  @Roles(...KIT_READERS)
  @Scopes(Scope.LOOPS_READ, Scope.LOOPS_WRITE)
  @Get(':file')
  @Header('content-type', 'text/markdown; charset=utf-8')
  async markdown(@Ctx() ctx: RequestContext, @Param('file', uuidMarkdownPipe) stageId: string) {
    return kitToMarkdown(await this.kits.load(ctx, stageId));
  }
}
