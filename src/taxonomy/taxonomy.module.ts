import { Module } from '@nestjs/common';
import { CategoryService } from './category.service.js';
import { CompetencyService } from './competency.service.js';
import { InterviewGuideService } from './interview-guide.service.js';
import { PackImportService } from './pack/pack-import.service.js';
import { PackResolver } from './pack.resolver.js';
import { QuestionResolver, QuestionVersionResolver } from './question.resolver.js';
import { QuestionService } from './question.service.js';
import { QuestionWriter } from './question-writer.js';
import { RatingScaleService } from './rating-scale.service.js';
import { TaxonomyLoaders } from './taxonomy.loaders.js';
import { TaxonomyResolver } from './taxonomy.resolver.js';

/** Categories, competencies, rating scale, versioned questions with rubrics, packs. */
@Module({
  providers: [
    CategoryService,
    CompetencyService,
    RatingScaleService,
    InterviewGuideService,
    QuestionWriter,
    QuestionService,
    TaxonomyLoaders,
    PackImportService,
    TaxonomyResolver,
    QuestionResolver,
    QuestionVersionResolver,
    PackResolver,
  ],
  exports: [PackImportService, RatingScaleService, InterviewGuideService, TaxonomyLoaders],
})
export class TaxonomyModule {}
