import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { accessibleIds, Permission } from '../access/access.js';
import { defineLoader, type RequestContext } from '../common/request-context.js';
import { InterviewLoopEntity } from '../loops/entities/interview-loop.entity.js';
import { LoopStageEntity } from '../loops/entities/loop-stage.entity.js';
import { KitService } from '../loops/kit.service.js';
import { toLoop, toStage } from '../loops/loop.service.js';
import type { InterviewKit, InterviewLoop, Stage } from '../loops/models/loop.models.js';
import type { User } from '../tenancy/models/tenancy.models.js';
import { loadInterviews, toInterview } from './interview.repository.js';
import { interviewersOf, interviewsOfCandidates } from './interview-list.repository.js';
import type { Interview } from './models/interview.models.js';

/*
 * The interviews module's per-request loaders (RequestContext.loader): one statement per level
 * of a query, whatever the list sizes.
 */

/** Interviews by id; unreadable ones come back as null. */
export const INTERVIEW = defineLoader<string, Interview | null>((ctx) => async (ids) => {
  const rows = await loadInterviews(await ctx.manager(), ctx.principal, ids);
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    return row?.readable ? toInterview(row) : null;
  });
});

/** Each candidate's interviews that the caller may read, by scheduled start. */
export const INTERVIEWS_OF_CANDIDATE = defineLoader<string, Interview[]>((ctx) => async (ids) => {
  const rows = await interviewsOfCandidates(await ctx.manager(), ctx.principal, ids);
  return ids.map((id) => rows.filter((r) => r.candidate_id === id).map(toInterview));
});

/** The assigned interviewers of each interview. */
export const INTERVIEWERS = defineLoader<string, User[]>((ctx) => async (ids) => {
  const rows = await interviewersOf(await ctx.manager(), ids);
  return ids.map((id) =>
    rows.filter((r) => r.interviewId === id).map(({ interviewId: _, ...user }) => user),
  );
});

const STAGE = defineLoader<string, Stage>((ctx) => async (ids) => {
  const em = await ctx.manager();
  const rows = await em.findBy(LoopStageEntity, { id: In([...ids]) });
  return ids.map((id) => toStage(rows.find((r) => r.id === id)!));
});

/** Loops by id; null where the caller may not read the loop. */
const LOOP = defineLoader<string, InterviewLoop | null>((ctx) => async (ids) => {
  const em = await ctx.manager();
  const rows = await em.findBy(InterviewLoopEntity, { id: In([...ids]) });
  const allowed = await accessibleIds(ctx, Permission.LOOP_READ, ids);
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    return row && allowed.has(id) ? toLoop(row) : null;
  });
});

/** The relation fields of an interview that reach into its loop. */
@Injectable()
export class InterviewLoaders {
  constructor(private readonly kits: KitService) {}

  /** Kits by stage id, batched; null where the caller may not read the kit. */
  private readonly kitOfStage = defineLoader<string, InterviewKit | null>(
    (ctx) => async (stageIds) =>
      (await this.kits.loadMany(ctx, stageIds)).map((kit) => (kit instanceof Error ? null : kit)),
  );

  kit(ctx: RequestContext, stageId: string) {
    return ctx.loader(this.kitOfStage).load(stageId);
  }

  /** The stage carries the pinned questions: the same readers as the kit, else null. */
  async stage(ctx: RequestContext, stageId: string) {
    if (!(await this.kit(ctx, stageId))) return null;
    return ctx.loader(STAGE).load(stageId);
  }

  loop(ctx: RequestContext, loopId: string) {
    return ctx.loader(LOOP).load(loopId);
  }
}
