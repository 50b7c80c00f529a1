import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { toCompetency } from '../taxonomy/competency.service.js';
import { CompetencyEntity } from '../taxonomy/entities/competency.entity.js';
import { QuestionStatus } from '../taxonomy/entities/taxonomy.enums.js';
import { LoopStageEntity } from './entities/loop-stage.entity.js';
import { StageKind } from './entities/loop.enums.js';
import {
  criteriaOfStages,
  pinsOfStages,
  type CriterionRow,
  type PinRow,
} from './loop.repository.js';
import {
  type Coverage,
  type CoverageFinding,
  type CoverageRow,
  FindingSeverity,
} from './models/loop.models.js';

/**
 * The coverage check: which competencies each stage's pinned rubrics assess (with weights),
 * and what is missing, duplicated or over time, before anyone interviews. Four statements,
 * whatever the size of the loop.
 */
@Injectable()
export class CoverageService {
  async compute(em: EntityManager, loopId: string): Promise<Coverage> {
    return (await this.computeMany(em, [loopId]))[0];
  }

  /** Coverage of many loops with the same four statements (for lists of loops). */
  async computeMany(em: EntityManager, loopIds: readonly string[]): Promise<Coverage[]> {
    const allStages = await em.find(LoopStageEntity, {
      where: { loopId: In([...loopIds]) },
      order: { position: 'ASC' },
    });
    const stageIds = allStages.map((s) => s.id);
    const pins = stageIds.length ? await pinsOfStages(em, stageIds) : [];
    const criteria = stageIds.length ? await criteriaOfStages(em, stageIds) : [];
    const allFocus = allStages.flatMap((s) => s.focusCompetencyIds);
    const competencyIds = [...new Set([...allFocus, ...criteria.map((c) => c.competency_id)])];
    const allCompetencies = competencyIds.length
      ? await em.findBy(CompetencyEntity, { id: In(competencyIds) })
      : [];
    return loopIds.map((loopId) => {
      const stages = allStages.filter((s) => s.loopId === loopId);
      const own = new Set(stages.map((s) => s.id));
      return this.assess(
        stages,
        pins.filter((p) => own.has(p.stage_id)),
        criteria.filter((c) => own.has(c.stage_id)),
        allCompetencies,
      );
    });
  }

  private assess(
    stages: LoopStageEntity[],
    pins: PinRow[],
    criteria: CriterionRow[],
    allCompetencies: CompetencyEntity[],
  ): Coverage {
    const focusIds = stages.flatMap((s) => s.focusCompetencyIds);
    const used = new Set([...focusIds, ...criteria.map((c) => c.competency_id)]);
    const competencies = allCompetencies.filter((c) => used.has(c.id));
    const nameOf = new Map(competencies.map((c) => [c.id, c.name]));

    const cell = new Map<string, { weight: number; criteria: number }>();
    for (const c of criteria) {
      const key = `${c.competency_id}/${c.stage_id}`;
      const current = cell.get(key) ?? { weight: 0, criteria: 0 };
      cell.set(key, { weight: current.weight + Number(c.weight), criteria: current.criteria + 1 });
    }
    const rows: CoverageRow[] = competencies
      .map((competency) => {
        const cells = stages.map((s) => ({
          stageId: s.id,
          ...(cell.get(`${competency.id}/${s.id}`) ?? { weight: 0, criteria: 0 }),
        }));
        return {
          competency: toCompetency(competency),
          cells,
          totalWeight: cells.reduce((sum, c) => sum + c.weight, 0),
        };
      })
      .sort((a, b) => a.competency.name.localeCompare(b.competency.name));

    const findings: CoverageFinding[] = [];
    const add = (
      code: string,
      severity: FindingSeverity,
      path: string,
      message: string,
      ids: { stageId?: string; competencyId?: string; questionId?: string } = {},
    ) =>
      findings.push({
        code,
        severity,
        path,
        message,
        stageId: ids.stageId ?? null,
        competencyId: ids.competencyId ?? null,
        questionId: ids.questionId ?? null,
      });

    const firstStageOfQuestion = new Map<string, number>();
    stages.forEach((stage, i) => {
      const own = pins.filter((p) => p.stage_id === stage.id);
      const interviewerFacing = stage.kind !== StageKind.DEBRIEF;
      if (interviewerFacing && own.length === 0) {
        add(
          'NO_QUESTIONS',
          FindingSeverity.BLOCKING,
          `stages[${i}]`,
          `Stage "${stage.name}" has no questions.`,
          { stageId: stage.id },
        );
      }
      const minutes = own.reduce((sum, p) => sum + p.time_budget_minutes, 0);
      if (minutes > stage.durationMinutes) {
        add(
          'OVER_TIME',
          FindingSeverity.BLOCKING,
          `stages[${i}]`,
          `Stage "${stage.name}" plans ${minutes} minutes of questions in ${stage.durationMinutes}.`,
          { stageId: stage.id },
        );
      }
      own.forEach((pin, j) => {
        const path = `stages[${i}].questions[${j}]`;
        if (pin.status !== QuestionStatus.ACTIVE) {
          add(
            'QUESTION_NOT_ACTIVE',
            FindingSeverity.BLOCKING,
            path,
            `A question in "${stage.name}" is ${pin.status.toLowerCase()}.`,
            { stageId: stage.id, questionId: pin.question_id },
          );
        }
        const seen = firstStageOfQuestion.get(pin.question_id);
        if (seen !== undefined && seen !== i) {
          add(
            'DUPLICATE_QUESTION',
            FindingSeverity.WARNING,
            path,
            `A question of "${stage.name}" is also asked in "${stages[seen].name}".`,
            { stageId: stage.id, questionId: pin.question_id },
          );
        }
        if (seen === undefined) firstStageOfQuestion.set(pin.question_id, i);
      });
      stage.focusCompetencyIds.forEach((competencyId, k) => {
        if (!cell.has(`${competencyId}/${stage.id}`)) {
          add(
            'FOCUS_NOT_ASSESSED',
            FindingSeverity.BLOCKING,
            `stages[${i}].focusCompetencies[${k}]`,
            `"${nameOf.get(competencyId) ?? competencyId}" is a focus of "${stage.name}" but none of its questions assess it.`,
            { stageId: stage.id, competencyId },
          );
        }
      });
    });
    for (const competencyId of new Set(focusIds)) {
      if (!criteria.some((c) => c.competency_id === competencyId)) {
        add(
          'COMPETENCY_NOT_ASSESSED',
          FindingSeverity.WARNING,
          'competencies',
          `"${nameOf.get(competencyId) ?? competencyId}" is assessed in no stage of the loop.`,
          { competencyId },
        );
      }
    }
    return {
      rows,
      findings,
      publishable: !findings.some((f) => f.severity === FindingSeverity.BLOCKING),
    };
  }
}
