import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { InterviewGuideEntity } from './entities/interview-guide.entity.js';
import type { Seniority } from './entities/taxonomy.enums.js';
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
   * Pack import: the first pack with a guide provides it; a later version of the same pack
   * replaces it. A guide from another pack is kept (one guide per tenant, first pack wins).
   */
  async adopt(em: EntityManager, tenantId: string, manifest: PackManifest): Promise<void> {
    // Packs written before guides existed (1.x) carry none; nothing to adopt.
    if (!manifest.scoringGuide) return;
    const row = await em.findOneBy(InterviewGuideEntity, { tenantId });
    if (row && row.packName !== manifest.name) return;
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
