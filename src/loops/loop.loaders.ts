import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { defineLoader, type RequestContext } from '../common/request-context.js';
import { CoverageService } from './coverage.service.js';
import { LoopHiringManagerEntity } from './entities/loop-hiring-manager.entity.js';
import { LoopStageEntity } from './entities/loop-stage.entity.js';
import { StageQuestionEntity } from './entities/stage-question.entity.js';
import { currentVersionsOf } from './loop.repository.js';
import { toStage } from './loop.service.js';
import type { Coverage, Stage, StageQuestion } from './models/loop.models.js';
import { toStageQuestion } from './stage-question.service.js';

/*
 * The loops module's per-request loaders (RequestContext.loader) for the relation fields of
 * loops, stages and pinned questions: one statement per level of a query.
 */

/** The user ids of each loop's hiring managers. */
const MANAGERS_OF_LOOP = defineLoader<string, string[]>((ctx) => async (loopIds) => {
  const em = await ctx.manager();
  const rows = await em.findBy(LoopHiringManagerEntity, { loopId: In([...loopIds]) });
  return loopIds.map((id) => rows.filter((r) => r.loopId === id).map((r) => r.userId));
});

const STAGES_OF_LOOP = defineLoader<string, Stage[]>((ctx) => async (loopIds) => {
  const em = await ctx.manager();
  const rows = await em.find(LoopStageEntity, {
    where: { loopId: In([...loopIds]) },
    order: { position: 'ASC' },
  });
  return loopIds.map((id) => rows.filter((r) => r.loopId === id).map(toStage));
});

const PINS_OF_STAGE = defineLoader<string, StageQuestion[]>((ctx) => async (stageIds) => {
  const em = await ctx.manager();
  const rows = await em.find(StageQuestionEntity, {
    where: { stageId: In([...stageIds]) },
    order: { position: 'ASC' },
  });
  return stageIds.map((id) => rows.filter((r) => r.stageId === id).map(toStageQuestion));
});

/** The current version of each pinned version's question (itself when it is current). */
const CURRENT_OF_VERSION = defineLoader<string, string>((ctx) => async (versionIds) => {
  const rows = await currentVersionsOf(await ctx.manager(), versionIds);
  return versionIds.map((id) => rows.find((r) => r.id === id)?.current ?? id);
});

@Injectable()
export class LoopLoaders {
  constructor(private readonly coverageService: CoverageService) {}

  private readonly coverageDef = defineLoader<string, Coverage>(
    (ctx) => async (ids) => this.coverageService.computeMany(await ctx.manager(), ids),
  );

  managerIds(ctx: RequestContext, loopId: string) {
    return ctx.loader(MANAGERS_OF_LOOP).load(loopId);
  }

  stages(ctx: RequestContext, loopId: string) {
    return ctx.loader(STAGES_OF_LOOP).load(loopId);
  }

  coverage(ctx: RequestContext, loopId: string) {
    return ctx.loader(this.coverageDef).load(loopId);
  }

  pins(ctx: RequestContext, stageId: string) {
    return ctx.loader(PINS_OF_STAGE).load(stageId);
  }

  currentVersion(ctx: RequestContext, versionId: string) {
    return ctx.loader(CURRENT_OF_VERSION).load(versionId);
  }
}
