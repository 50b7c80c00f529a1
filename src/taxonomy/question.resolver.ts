import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AnyMember, Roles, Scope, Scopes } from '../auth/policy.decorator.js';
import { Ctx, fieldContext, type GraphqlContext } from '../common/context.js';
import { uuidArg } from '../common/uuid-arg.js';
import { selectedFields } from '../common/selection.js';
import type { RequestContext } from '../common/request-context.js';
import { TwoWayPageArgs } from '../common/pagination.js';
import { Role } from '../common/role.js';
import { User } from '../tenancy/models/tenancy.models.js';
import { QuestionsArgs } from './dto/question.inputs.js';
import { SetRubricInput } from './dto/question.inputs.js';
import { UpdateQuestionInput } from './dto/question.inputs.js';
import { CreateQuestionInput } from './dto/question.inputs.js';
import {
  Category,
  Question,
  QuestionConnection,
  QuestionVersion,
  QuestionVersionConnection,
  QuestionVersionDiff,
  RatingScale,
  Rubric,
} from './models/taxonomy.models.js';
import { QuestionService } from './question.service.js';
import { toRubric } from './question-rows.js';
import { TaxonomyLoaders } from './taxonomy.loaders.js';

const EDITORS = [Role.ADMIN, Role.RECRUITER];
const VERSION_PATH = ['edges', 'node', 'currentVersion'];

@Resolver(() => Question)
export class QuestionResolver {
  constructor(
    private readonly questionService: QuestionService,
    private readonly loaders: TaxonomyLoaders,
  ) {}

  @AnyMember()
  @Scopes(Scope.TAXONOMY_READ)
  @Query(() => QuestionConnection, { description: 'Questions, filtered and optionally searched.' })
  questions(
    @Ctx() ctx: RequestContext,
    @Args() args: QuestionsArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The page's statement reads the versions' selected fields, and their rubrics when selected:
    // no further round trip.
    return this.questionService.list(ctx, args, { version: selectedFields(info, VERSION_PATH) });
  }

  @AnyMember()
  @Scopes(Scope.TAXONOMY_READ)
  @Query(() => Question)
  question(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    return this.questionService.get(ctx, id);
  }

  @AnyMember()
  @Scopes(Scope.TAXONOMY_READ)
  @Query(() => QuestionVersion, { description: 'Any version, current or not, by id.' })
  questionVersion(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.questionService.getVersion(ctx, id);
  }

  @AnyMember()
  @Scopes(Scope.TAXONOMY_READ)
  @Query(() => QuestionVersionDiff, {
    description: 'What changed between two versions of a question.',
  })
  questionVersionDiff(
    @Ctx() ctx: RequestContext,
    @Args('from', { type: () => ID }, uuidArg('from')) from: string,
    @Args('to', { type: () => ID }, uuidArg('to')) to: string,
  ) {
    return this.questionService.diff(ctx, from, to);
  }

  @Roles(...EDITORS)
  @Mutation(() => Question, { description: 'Creates a DRAFT question with version 1.' })
  createQuestion(@Ctx() ctx: RequestContext, @Args('input') input: CreateQuestionInput) {
    return this.questionService.create(ctx, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Question, {
    description: 'Changes metadata in place; changed content becomes version n+1 (rubric kept).',
  })
  updateQuestion(@Ctx() ctx: RequestContext, @Args('input') input: UpdateQuestionInput) {
    return this.questionService.update(ctx, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Question, { description: 'Sets the rubric; it becomes version n+1.' })
  setRubric(@Ctx() ctx: RequestContext, @Args('input') input: SetRubricInput) {
    return this.questionService.setRubric(ctx, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Question, { description: 'Makes a question usable; needs a complete rubric.' })
  activateQuestion(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.questionService.activate(ctx, id);
  }

  @Roles(...EDITORS)
  @Mutation(() => Question, { description: 'Archives a question; its versions stay readable.' })
  archiveQuestion(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.questionService.archive(ctx, id);
  }

  // Field resolvers without parameter decorators (common/context.ts, fieldContext): called
  // for every question of a page.
  @ResolveField(() => Category)
  category(question: Question, _args: unknown, context: GraphqlContext) {
    return this.loaders.category(fieldContext(context)).load(question.categoryId);
  }

  @ResolveField(() => QuestionVersion)
  currentVersion(question: Question, _args: unknown, context: GraphqlContext) {
    // A page of questions carries it (QuestionService.list).
    return (
      question.currentVersion ??
      this.loaders.version(fieldContext(context)).load(question.currentVersionId)
    );
  }

  @ResolveField(() => QuestionVersionConnection, {
    description:
      'The versions, newest first (`last` reads from the oldest), a page at a time: at most 100. ' +
      'Changed in issue 16: a connection (read `edges { node }`), no longer a list of every version.',
  })
  versions(@Ctx() ctx: RequestContext, @Parent() question: Question, @Args() args: TwoWayPageArgs) {
    return this.loaders.versionsOfQuestion(ctx, args).load(question.id);
  }
}

@Resolver(() => QuestionVersion)
export class QuestionVersionResolver {
  constructor(private readonly loaders: TaxonomyLoaders) {}

  @ResolveField(() => Rubric)
  async rubric(version: QuestionVersion, _args: unknown, context: GraphqlContext): Promise<Rubric> {
    // A page of questions carries it (QuestionService.list).
    if (version.rubric) return version.rubric;
    const criteria = await this.loaders.criteriaOfVersion(fieldContext(context)).load(version.id);
    return toRubric(criteria, version.scaleId);
  }

  @ResolveField(() => RatingScale)
  scale(version: QuestionVersion, _args: unknown, context: GraphqlContext) {
    return this.loaders.scale(fieldContext(context)).load(version.scaleId);
  }

  @ResolveField(() => User, { nullable: true })
  author(version: QuestionVersion, _args: unknown, context: GraphqlContext) {
    return version.authorId
      ? this.loaders.user(fieldContext(context)).load(version.authorId)
      : null;
  }
}
