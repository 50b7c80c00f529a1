import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { BadInputError, ConflictError, conflictOnUnique, NotFoundError } from '../common/errors.js';
import { encodeCursor, forwardPageInfo, withTotalCount } from '../common/pagination.js';
import { Permission, requireAccess } from '../access/access.js';
import type { RequestContext } from '../common/request-context.js';
import { CompetencyEntity } from '../taxonomy/entities/competency.entity.js';
import { MembershipEntity } from '../tenancy/entities/membership.entity.js';
import { Role } from '../common/role.js';
import type {
  AddStageInput,
  CreateLoopInput,
  LoopsArgs,
  NewLoopFromInput,
  ReorderInput,
  UpdateLoopInput,
  UpdateStageInput,
} from './dto/loop.inputs.js';
import { InterviewLoopEntity } from './entities/interview-loop.entity.js';
import { listLoops } from './loop.repository.js';
import { LoopHiringManagerEntity } from './entities/loop-hiring-manager.entity.js';
import { LoopStageEntity } from './entities/loop-stage.entity.js';
import { LoopStatus } from './entities/loop.enums.js';
import { StageQuestionEntity } from './entities/stage-question.entity.js';
import type { InterviewLoop, LoopConnection, Stage } from './models/loop.models.js';

export const toLoop = (row: InterviewLoopEntity): InterviewLoop => ({ ...row });
export const toStage = (row: LoopStageEntity): Stage => ({ ...row });

/** Loops, their stages and pinned questions. A published loop is frozen. */
@Injectable()
export class LoopService {
  async list(ctx: RequestContext, args: LoopsArgs): Promise<LoopConnection> {
    const em = await ctx.manager();
    const { rows, count } = await listLoops(em, ctx.principal, args);
    const edges = rows.slice(0, args.first).map(({ loop, createdKey }) => ({
      node: toLoop(loop),
      cursor: encodeCursor({ key: createdKey, id: loop.id }),
    }));
    return withTotalCount(
      {
        edges,
        pageInfo: forwardPageInfo(edges, rows.length > args.first),
      },
      count,
    );
  }

  /** Hiring managers see only the loops they manage. */
  async get(ctx: RequestContext, id: string): Promise<InterviewLoop> {
    await requireAccess(ctx, Permission.LOOP_READ, [id]);
    return toLoop(await this.findLoop(await ctx.manager(), id));
  }

  async create(ctx: RequestContext, input: CreateLoopInput): Promise<InterviewLoop> {
    return conflictOnUnique(
      () =>
        ctx.write(async (em) => {
          const loop = await em.save(
            em.create(InterviewLoopEntity, {
              tenantId: ctx.tenantId,
              name: input.name,
              roleTitle: input.roleTitle,
              atsJobId: input.atsJobId ?? null,
              description: input.description ?? '',
              ownerId: ctx.principal.actingUserId,
              isTemplate: input.isTemplate ?? false,
            }),
          );
          await this.setHiringManagers(em, loop, input.hiringManagerIds ?? []);
          return toLoop(loop);
        }),
      'Another loop has this ATS job id.',
      'input.atsJobId',
    );
  }

  async update(ctx: RequestContext, input: UpdateLoopInput): Promise<InterviewLoop> {
    return ctx.write(async (em) => {
      const loop = await this.draft(em, input.id);
      if (input.name !== undefined) loop.name = input.name;
      if (input.roleTitle !== undefined) loop.roleTitle = input.roleTitle;
      if (input.description !== undefined) loop.description = input.description;
      await em.save(loop);
      if (input.hiringManagerIds) await this.setHiringManagers(em, loop, input.hiringManagerIds);
      return toLoop(loop);
    });
  }

  async addStage(ctx: RequestContext, input: AddStageInput): Promise<Stage> {
    return ctx.write(async (em) => {
      const loop = await this.draft(em, input.loopId);
      await this.assertCompetencies(em, input.focusCompetencyIds ?? [], 'input.focusCompetencyIds');
      const position = await em.count(LoopStageEntity, { where: { loopId: loop.id } });
      const stage = await em.save(
        em.create(LoopStageEntity, {
          tenantId: ctx.tenantId,
          loopId: loop.id,
          position,
          name: input.name,
          kind: input.kind,
          durationMinutes: input.durationMinutes,
          focusCompetencyIds: [...new Set(input.focusCompetencyIds ?? [])],
          instructions: input.instructions ?? '',
        }),
      );
      return toStage(stage);
    });
  }

  async updateStage(ctx: RequestContext, input: UpdateStageInput): Promise<Stage> {
    return ctx.write(async (em) => {
      const stage = await this.draftStage(em, input.id);
      if (input.focusCompetencyIds) {
        await this.assertCompetencies(em, input.focusCompetencyIds, 'input.focusCompetencyIds');
        stage.focusCompetencyIds = [...new Set(input.focusCompetencyIds)];
      }
      if (input.name !== undefined) stage.name = input.name;
      if (input.kind !== undefined) stage.kind = input.kind;
      if (input.durationMinutes !== undefined) stage.durationMinutes = input.durationMinutes;
      if (input.instructions !== undefined) stage.instructions = input.instructions;
      return toStage(await em.save(stage));
    });
  }

  async removeStage(ctx: RequestContext, id: string): Promise<string> {
    return ctx.write(async (em) => {
      const stage = await this.draftStage(em, id);
      await em.delete(LoopStageEntity, { tenantId: ctx.tenantId, id });
      const rest = await em.find(LoopStageEntity, {
        where: { loopId: stage.loopId },
        order: { position: 'ASC' },
      });
      await this.renumber(
        em,
        LoopStageEntity,
        rest.map((s) => s.id),
      );
      return id;
    });
  }

  async reorderStages(ctx: RequestContext, input: ReorderInput): Promise<InterviewLoop> {
    return ctx.write(async (em) => {
      const loop = await this.draft(em, input.parentId);
      const stages = await em.findBy(LoopStageEntity, { loopId: loop.id });
      this.assertPermutation(
        stages.map((s) => s.id),
        input.orderedIds,
      );
      await this.renumber(em, LoopStageEntity, input.orderedIds);
      return toLoop(loop);
    });
  }

  async archive(ctx: RequestContext, id: string): Promise<InterviewLoop> {
    return ctx.write(async (em) => {
      const loop = await this.findLoop(em, id, true);
      loop.status = LoopStatus.ARCHIVED;
      return toLoop(await em.save(loop));
    });
  }

  /** A new draft with the same stages and pins (same versions), remembering its source. */
  async copy(
    ctx: RequestContext,
    input: NewLoopFromInput,
    fromTemplate: boolean,
  ): Promise<InterviewLoop> {
    return ctx.write(async (em) => {
      const source = await this.findLoop(em, input.sourceId);
      if (fromTemplate && !source.isTemplate) {
        throw new BadInputError([{ path: 'input.sourceId', message: 'is not a template' }]);
      }
      const loop = await em.save(
        em.create(InterviewLoopEntity, {
          tenantId: ctx.tenantId,
          name: input.name ?? (fromTemplate ? source.name : `${source.name} (copy)`),
          roleTitle: input.roleTitle ?? source.roleTitle,
          description: source.description,
          ownerId: ctx.principal.actingUserId,
          isTemplate: false,
          clonedFromId: source.id,
        }),
      );
      const managers = await em.findBy(LoopHiringManagerEntity, { loopId: source.id });
      await this.setHiringManagers(
        em,
        loop,
        managers.map((m) => m.userId),
      );
      const stages = await em.find(LoopStageEntity, {
        where: { loopId: source.id },
        order: { position: 'ASC' },
      });
      const pins = stages.length
        ? await em.find(StageQuestionEntity, { where: { stageId: In(stages.map((s) => s.id)) } })
        : [];
      for (const stage of stages) {
        const copy = await em.save(
          em.create(LoopStageEntity, { ...stage, id: undefined, loopId: loop.id }),
        );
        const own = pins.filter((p) => p.stageId === stage.id);
        if (own.length) {
          await em.insert(
            StageQuestionEntity,
            own.map((p) => ({ ...p, id: undefined, stageId: copy.id })),
          );
        }
      }
      return toLoop(loop);
    });
  }

  async findLoop(em: EntityManager, id: string, lock = false): Promise<InterviewLoopEntity> {
    const loop = await em.findOne(InterviewLoopEntity, {
      where: { id },
      ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!loop) throw new NotFoundError('Loop');
    return loop;
  }

  /**
   * The loop, locked, if it is a draft. Every edit goes through here, so an edit and a
   * publish of the same loop run one after the other, never both on a draft.
   */
  async draft(em: EntityManager, id: string): Promise<InterviewLoopEntity> {
    const loop = await this.findLoop(em, id, true);
    if (loop.status !== LoopStatus.DRAFT) {
      throw new ConflictError(`The loop is ${loop.status.toLowerCase()}; clone it to change it.`, {
        status: loop.status,
      });
    }
    return loop;
  }

  async draftStage(em: EntityManager, id: string): Promise<LoopStageEntity> {
    const stage = await em.findOneBy(LoopStageEntity, { id });
    if (!stage) throw new NotFoundError('Stage');
    await this.draft(em, stage.loopId);
    return stage;
  }

  async draftPin(em: EntityManager, id: string): Promise<StageQuestionEntity> {
    const pin = await em.findOneBy(StageQuestionEntity, { id });
    if (!pin) throw new NotFoundError('Stage question');
    await this.draftStage(em, pin.stageId);
    return pin;
  }

  private async setHiringManagers(em: EntityManager, loop: InterviewLoopEntity, userIds: string[]) {
    const ids = [...new Set(userIds)];
    const members = ids.length ? await em.findBy(MembershipEntity, { userId: In(ids) }) : [];
    const bad = ids.filter(
      (id) =>
        !members.some(
          (m) =>
            (m.userId === id && m.role === Role.HIRING_MANAGER) ||
            (m.userId === id && m.role === Role.ADMIN),
        ),
    );
    if (bad.length) {
      throw new BadInputError(
        bad.map((id) => ({
          path: `input.hiringManagerIds[${ids.indexOf(id)}]`,
          message: 'is not a hiring manager or admin of this tenant',
        })),
      );
    }
    await em.delete(LoopHiringManagerEntity, { tenantId: loop.tenantId, loopId: loop.id });
    if (ids.length) {
      await em.insert(
        LoopHiringManagerEntity,
        ids.map((userId) => ({ tenantId: loop.tenantId, loopId: loop.id, userId })),
      );
    }
  }

  private async assertCompetencies(em: EntityManager, ids: string[], path: string) {
    if (!ids.length) return;
    const found = await em.findBy(CompetencyEntity, { id: In(ids) });
    const problems = ids
      .map((id, i) =>
        found.some((c) => c.id === id)
          ? null
          : { path: `${path}[${i}]`, message: 'is not a competency of this tenant' },
      )
      .filter((p) => p !== null);
    if (problems.length) throw new BadInputError(problems);
  }

  assertPermutation(existing: string[], ordered: string[]) {
    const same =
      existing.length === ordered.length &&
      new Set(ordered).size === ordered.length &&
      ordered.every((id) => existing.includes(id));
    if (!same) {
      throw new BadInputError([
        { path: 'input.orderedIds', message: 'must list every item exactly once' },
      ]);
    }
  }

  async renumber(
    em: EntityManager,
    entity: typeof LoopStageEntity | typeof StageQuestionEntity,
    ids: string[],
  ) {
    for (const [position, id] of ids.entries()) await em.update(entity, { id }, { position });
  }
}
