import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadInputError, type FieldProblem } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import type { UpdateInterviewGuideInput } from './dto/guide.inputs.js';
import { InterviewGuideEntity } from './entities/interview-guide.entity.js';
import { Seniority } from './entities/taxonomy.enums.js';
import type { InterviewGuide } from './models/guide.models.js';
import type { PackManifest } from './pack/pack.types.js';

export function toGuide(row: InterviewGuideEntity): InterviewGuide {
  return {
    scoringGuide: row.scoringGuide,
    seniorityLevels: row.seniorityLevels,
    interviewerGuidance: row.interviewerGuidance,
    source: row.packName ? `${row.packName}@${row.packVersion ?? ''}` : null,
  };
}

/** The tenant's interview guide: scoring guide, seniority definitions, interviewer guidance. */
@Injectable()
export class InterviewGuideService {
  /** Null until a pack with a guide has been imported. */
  async get(ctx: RequestContext): Promise<InterviewGuide | null> {
    const em = await ctx.manager();
    const row = await em.findOneBy(InterviewGuideEntity, { tenantId: ctx.tenantId });
    return row ? toGuide(row) : null;
  }

  /**
   * An administrator's edit: the parts given replace the stored ones. The guide becomes the
   * tenant's own (no pack source), so a later pack import keeps it, as it keeps edited
   * questions.
   */
  async update(ctx: RequestContext, input: UpdateInterviewGuideInput): Promise<InterviewGuide> {
    return ctx.write(async (em) => {
      const row = await em.findOneBy(InterviewGuideEntity, { tenantId: ctx.tenantId });
      const problems: FieldProblem[] = [];
      if (!row) {
        for (const part of ['scoringGuide', 'seniorityLevels', 'interviewerGuidance'] as const) {
          if (!input[part]) {
            problems.push({
              path: `input.${part}`,
              message: 'is required: the organisation has no interview guide yet',
            });
          }
        }
      }
      const seen = new Set<string>();
      input.seniorityLevels?.forEach((l, i) => {
        if (seen.has(l.seniority)) {
          problems.push({
            path: `input.seniorityLevels[${i}].seniority`,
            message: 'is defined twice',
          });
        }
        seen.add(l.seniority);
      });
      const keys = new Set<string>();
      input.interviewerGuidance?.forEach((section, i) => {
        if (keys.has(section.key)) {
          problems.push({ path: `input.interviewerGuidance[${i}].key`, message: 'is used twice' });
        }
        keys.add(section.key);
      });
      if (problems.length) throw new BadInputError(problems);
      const order = Object.values(Seniority);
      const saved = await em.save(
        em.create(InterviewGuideEntity, {
          tenantId: ctx.tenantId,
          scoringGuide: input.scoringGuide ? { ...input.scoringGuide } : row!.scoringGuide,
          seniorityLevels: input.seniorityLevels
            ? input.seniorityLevels
                .map((l) => ({ seniority: l.seniority, title: l.title, definition: l.definition }))
                .sort((a, b) => order.indexOf(a.seniority) - order.indexOf(b.seniority))
            : row!.seniorityLevels,
          interviewerGuidance: input.interviewerGuidance
            ? input.interviewerGuidance.map((s) => ({
                key: s.key,
                title: s.title,
                points: [...s.points],
              }))
            : row!.interviewerGuidance,
          packName: null,
          packVersion: null,
        }),
      );
      return toGuide(saved);
    });
  }

  /**
   * Pack import: the first pack with a guide provides it; a later version of the same pack
   * replaces it. A guide from another pack, or one the tenant edited (no pack source), is
   * kept (one guide per tenant, first pack wins).
   */
  async adopt(em: EntityManager, tenantId: string, manifest: PackManifest): Promise<void> {
    // Packs written before guides existed (1.x) carry none; nothing to adopt.
    if (!manifest.scoringGuide) return;
    const row = await em.findOneBy(InterviewGuideEntity, { tenantId });
    if (row && row.packName !== manifest.name) return; // null: edited by the tenant
    if (row?.packVersion === manifest.version) return;
    await em.save(
      em.create(InterviewGuideEntity, {
        tenantId,
        scoringGuide: manifest.scoringGuide,
        seniorityLevels: manifest.seniorityLevels.map((l) => ({
          ...l,
          seniority: l.seniority as Seniority,
        })),
        interviewerGuidance: manifest.interviewerGuidance,
        packName: manifest.name,
        packVersion: manifest.version,
      }),
    );
  }
}
