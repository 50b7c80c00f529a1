import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type ImportedRefs,
  PackImportService,
  type PackImportStep,
} from '../taxonomy/pack/pack-import.service.js';
import type { LoadedPack } from '../taxonomy/pack/pack.types.js';
import { InterviewLoopEntity } from './entities/interview-loop.entity.js';
import { LoopStageEntity } from './entities/loop-stage.entity.js';
import { LoopStatus, StageKind } from './entities/loop.enums.js';
import { StageQuestionEntity } from './entities/stage-question.entity.js';
import { firstAdminId, importedTemplateKeys } from './loop.repository.js';

/**
 * Creates a pack's loop templates on import: draft loops flagged as templates, with stages,
 * focus competencies and questions pinned to the versions just imported. Each template is
 * created once per tenant (matched by `<pack>/<key>`); after that the tenant owns it and a
 * re-import leaves it alone, like a diverged question. The pack validator has already proved
 * that each template passes the coverage check.
 */
@Injectable()
export class LoopTemplateImporter implements PackImportStep, OnModuleInit {
  constructor(private readonly packs: PackImportService) {}

  onModuleInit(): void {
    this.packs.addStep(this);
  }

  async run(
    em: EntityManager,
    tenantId: string,
    pack: LoadedPack,
    refs: ImportedRefs,
  ): Promise<number> {
    const templates = pack.manifest.loopTemplates ?? [];
    if (!templates.length) return 0;
    const existing = await importedTemplateKeys(em);
    const missing = templates.filter((t) => !existing.has(`${pack.manifest.name}/${t.key}`));
    if (!missing.length) return 0;
    // Templates imported without a person behind them (CLI, DEFAULT_PACKS) go to the first admin.
    const ownerId = refs.actorId ?? (await firstAdminId(em));
    // A tenant with no admin yet (never the case through the API) gets its templates later.
    if (!ownerId) return 0;
    const minutes = new Map(pack.questions.map((q) => [q.key, q.estimatedMinutes]));
    for (const template of missing) {
      const loop = await em.save(
        em.create(InterviewLoopEntity, {
          tenantId,
          name: template.name,
          roleTitle: template.roleTitle,
          description: template.description,
          ownerId,
          status: LoopStatus.DRAFT,
          isTemplate: true,
          packTemplate: `${pack.manifest.name}/${template.key}`,
        }),
      );
      for (const [position, stage] of template.stages.entries()) {
        const row = await em.save(
          em.create(LoopStageEntity, {
            tenantId,
            loopId: loop.id,
            position,
            name: stage.name,
            kind: stage.kind as StageKind,
            durationMinutes: stage.durationMinutes,
            instructions: stage.instructions,
            focusCompetencyIds: stage.focusCompetencies.map((k) => refs.competencyIds.get(k)!),
          }),
        );
        if (stage.questions.length) {
          await em.insert(
            StageQuestionEntity,
            stage.questions.map((key, i) => ({
              tenantId,
              stageId: row.id,
              position: i,
              questionVersionId: refs.versionIds.get(key)!,
              timeBudgetMinutes: minutes.get(key)!,
              required: true,
            })),
          );
        }
      }
    }
    return missing.length;
  }
}
