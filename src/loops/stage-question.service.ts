import { Injectable } from '@nestjs/common';
import { BadInputError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { QuestionVersionEntity } from '../taxonomy/entities/question-version.entity.js';
import { QuestionEntity } from '../taxonomy/entities/question.entity.js';
import type {
  AddStageQuestionInput,
  ReorderInput,
  UpdateStageQuestionInput,
} from './dto/loop.inputs.js';
import { StageQuestionEntity } from './entities/stage-question.entity.js';
import { currentVersionOf } from './loop.repository.js';
import { LoopService, toStage } from './loop.service.js';
import type { Stage, StageQuestion } from './models/loop.models.js';

export const toStageQuestion = (row: StageQuestionEntity): StageQuestion => ({ ...row });

/** The questions pinned to a draft's stages: pin, change, reorder, upgrade, remove. */
@Injectable()
export class StageQuestionService {
  constructor(private readonly loops: LoopService) {}

  async add(ctx: RequestContext, input: AddStageQuestionInput): Promise<StageQuestion> {
    return ctx.write(async (em) => {
      const stage = await this.loops.draftStage(em, input.stageId);
      const question = await em.findOneBy(QuestionEntity, { id: input.questionId });
      if (!question) {
        throw new BadInputError([
          { path: 'input.questionId', message: 'is not a question of this tenant' },
        ]);
      }
      const position = await em.count(StageQuestionEntity, { where: { stageId: stage.id } });
      const pinned = await em.save(
        em.create(StageQuestionEntity, {
          tenantId: ctx.tenantId,
          stageId: stage.id,
          position,
          questionVersionId: question.currentVersionId!,
          timeBudgetMinutes: input.timeBudgetMinutes,
          required: input.required ?? true,
        }),
      );
      return toStageQuestion(pinned);
    });
  }

  /**
   * Changes a pin in place, in one write: its time budget, whether it is required, and the
   * version it pins (any version of the same question). Its id and place in the stage stay, and a
   * refused value changes nothing.
   */
  async update(ctx: RequestContext, input: UpdateStageQuestionInput): Promise<StageQuestion> {
    return ctx.write(async (em) => {
      const pin = await this.loops.draftPin(em, input.id);
      if (input.questionVersionId !== undefined) {
        const [version, current] = await Promise.all([
          em.findOneBy(QuestionVersionEntity, { id: input.questionVersionId }),
          em.findOneBy(QuestionVersionEntity, { id: pin.questionVersionId }),
        ]);
        if (!version || version.questionId !== current?.questionId) {
          throw new BadInputError([
            { path: 'input.questionVersionId', message: 'is not a version of the pinned question' },
          ]);
        }
        pin.questionVersionId = version.id;
      }
      if (input.timeBudgetMinutes !== undefined) pin.timeBudgetMinutes = input.timeBudgetMinutes;
      if (input.required !== undefined) pin.required = input.required;
      return toStageQuestion(await em.save(pin));
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<string> {
    return ctx.write(async (em) => {
      const pin = await this.loops.draftPin(em, id);
      await em.delete(StageQuestionEntity, { tenantId: ctx.tenantId, id });
      const rest = await em.find(StageQuestionEntity, {
        where: { stageId: pin.stageId },
        order: { position: 'ASC' },
      });
      await this.loops.renumber(
        em,
        StageQuestionEntity,
        rest.map((q) => q.id),
      );
      return id;
    });
  }

  async reorder(ctx: RequestContext, input: ReorderInput): Promise<Stage> {
    return ctx.write(async (em) => {
      const stage = await this.loops.draftStage(em, input.parentId);
      const pins = await em.findBy(StageQuestionEntity, { stageId: stage.id });
      this.loops.assertPermutation(
        pins.map((p) => p.id),
        input.orderedIds,
      );
      await this.loops.renumber(em, StageQuestionEntity, input.orderedIds);
      return toStage(stage);
    });
  }

  /** Moves a draft's pin to the question's current version, on purpose. */
  async upgrade(ctx: RequestContext, id: string): Promise<StageQuestion> {
    return ctx.write(async (em) => {
      const pin = await this.loops.draftPin(em, id);
      pin.questionVersionId = await currentVersionOf(em, pin.questionVersionId);
      return toStageQuestion(await em.save(pin));
    });
  }
}
