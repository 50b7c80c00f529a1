import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyMember, Roles, Scope, Scopes } from '../auth/policy.decorator.js';
import { Ctx } from '../common/context.js';
import { uuidArg } from '../common/uuid-arg.js';
import type { RequestContext } from '../common/request-context.js';
import { Role } from '../common/role.js';
import { CategoryService } from './category.service.js';
import { CompetencyService } from './competency.service.js';
import {
  CreateCategoryInput,
  CreateCompetencyInput,
  MoveCategoryInput,
  UpdateCategoryInput,
  UpdateCompetencyInput,
  UpdateRatingScaleInput,
} from './dto/taxonomy.inputs.js';
import { Category, Competency, RatingScale } from './models/taxonomy.models.js';
import { RatingScaleService } from './rating-scale.service.js';
import { InterviewGuideService } from './interview-guide.service.js';
import { InterviewGuide } from './models/guide.models.js';
import { UpdateInterviewGuideInput } from './dto/guide.inputs.js';

const EDITORS = [Role.ADMIN, Role.RECRUITER];

@Resolver()
export class TaxonomyResolver {
  constructor(
    private readonly categoryService: CategoryService,
    private readonly competencyService: CompetencyService,
    private readonly scaleService: RatingScaleService,
    private readonly guideService: InterviewGuideService,
  ) {}

  @AnyMember()
  @Scopes(Scope.TAXONOMY_READ)
  @Query(() => [Category], { description: 'The category tree: roots, children nested, by name.' })
  categories(
    @Ctx() ctx: RequestContext,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ) {
    return this.categoryService.tree(ctx, includeArchived);
  }

  @AnyMember()
  @Scopes(Scope.TAXONOMY_READ)
  @Query(() => [Competency], { description: 'Competencies, by name.' })
  competencies(
    @Ctx() ctx: RequestContext,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ) {
    return this.competencyService.list(ctx, includeArchived);
  }

  @AnyMember()
  @Scopes(Scope.TAXONOMY_READ)
  @Query(() => RatingScale, { description: "The tenant's current rating scale." })
  ratingScale(@Ctx() ctx: RequestContext) {
    return this.scaleService.currentFor(ctx);
  }

  @AnyMember()
  @Scopes(Scope.TAXONOMY_READ)
  @Query(() => InterviewGuide, {
    nullable: true,
    description:
      "The tenant's interview guide (scoring guide, seniority level definitions, interviewer " +
      'guidance), as every kit shows it; null until a pack with a guide is imported.',
  })
  interviewGuide(@Ctx() ctx: RequestContext) {
    return this.guideService.get(ctx);
  }

  @Roles(...EDITORS)
  @Mutation(() => Category, {
    description: 'Creates a category; the slug is unique among siblings.',
  })
  createCategory(@Ctx() ctx: RequestContext, @Args('input') input: CreateCategoryInput) {
    return this.categoryService.create(ctx, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Category, {
    description: 'Renames a category or changes its slug or description.',
  })
  updateCategory(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCategoryInput) {
    return this.categoryService.update(ctx, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Category, {
    description: 'Moves a category; a move into its own subtree is refused.',
  })
  moveCategory(@Ctx() ctx: RequestContext, @Args('input') input: MoveCategoryInput) {
    return this.categoryService.move(ctx, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Category, {
    description: 'Archives a category: kept and readable, takes no new questions.',
  })
  archiveCategory(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.categoryService.archive(ctx, id);
  }

  @Roles(...EDITORS)
  @Mutation(() => Competency)
  createCompetency(@Ctx() ctx: RequestContext, @Args('input') input: CreateCompetencyInput) {
    return this.competencyService.create(ctx, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Competency)
  updateCompetency(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCompetencyInput) {
    return this.competencyService.update(ctx, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Competency, {
    description: 'Archives a competency; rubrics that use it keep it.',
  })
  archiveCompetency(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.competencyService.archive(ctx, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => RatingScale, {
    description: 'Edits labels in place; a new number of levels makes a new scale version.',
  })
  updateRatingScale(@Ctx() ctx: RequestContext, @Args('input') input: UpdateRatingScaleInput) {
    return this.scaleService.update(ctx, input.levels);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InterviewGuide, {
    description:
      "Edits the tenant's interview guide (scoring guide, seniority definitions, interviewer " +
      'guidance); every kit shows the new text at once. The edited guide is kept by later pack ' +
      'imports.',
  })
  updateInterviewGuide(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateInterviewGuideInput,
  ) {
    return this.guideService.update(ctx, input);
  }
}
