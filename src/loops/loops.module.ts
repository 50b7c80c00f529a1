import { Module } from '@nestjs/common';
import { WebhooksModule } from '../integration/webhooks/webhooks.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { CoverageService } from './coverage.service.js';
import { KitService } from './kit.service.js';
import { LoopPublisher } from './loop-publisher.service.js';
import {
  KitController,
  KitResolver,
  LoopResolver,
  StageQuestionResolver,
  StageResolver,
} from './loop.resolver.js';
import { LoopLoaders } from './loop.loaders.js';
import { LoopService } from './loop.service.js';
import { LoopTemplateImporter } from './loop-template-importer.js';
import { StageQuestionService } from './stage-question.service.js';

/** Interview loops, the coverage check and interviewer kits. */
@Module({
  imports: [TaxonomyModule, WebhooksModule],
  controllers: [KitController],
  providers: [
    LoopService,
    StageQuestionService,
    CoverageService,
    LoopPublisher,
    KitService,
    LoopLoaders,
    LoopResolver,
    StageResolver,
    StageQuestionResolver,
    KitResolver,
    LoopTemplateImporter,
  ],
  exports: [KitService, LoopService, StageQuestionService],
})
export class LoopsModule {}
