import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { RatingScaleEntity, type ScaleLevel } from './entities/rating-scale.entity.js';
import type { RatingLevelInput } from './dto/taxonomy.inputs.js';

export const DEFAULT_SCALE: ScaleLevel[] = [
  { value: 1, label: 'Strong no', description: 'Clear evidence against hiring on this point.' },
  { value: 2, label: 'No', description: 'Below the bar for the role and level.' },
  { value: 3, label: 'Yes', description: 'Meets the bar for the role and level.' },
  { value: 4, label: 'Strong yes', description: 'Clearly above the bar; a standout.' },
];

@Injectable()
export class RatingScaleService {
  /** The tenant's current scale, created with the 4-level default on first need. */
  async current(em: EntityManager, tenantId: string): Promise<RatingScaleEntity> {
    const found = await em.findOne(RatingScaleEntity, { where: {}, order: { version: 'DESC' } });
    if (found) return found;
    return em.save(em.create(RatingScaleEntity, { tenantId, version: 1, levels: DEFAULT_SCALE }));
  }

  async currentFor(ctx: RequestContext): Promise<RatingScaleEntity> {
    return ctx.write((em) => this.current(em, ctx.tenantId));
  }

  /**
   * Labels and descriptions change in place; a different number of levels makes a new version
   * so that rubrics written against the old one keep meaning what they said.
   */
  async update(ctx: RequestContext, levels: RatingLevelInput[]): Promise<RatingScaleEntity> {
    return ctx.write(async (em) => {
      const scale = await this.current(em, ctx.tenantId);
      const next = levels.map((l, i) => ({
        value: i + 1,
        label: l.label,
        description: l.description,
      }));
      if (next.length === scale.levels.length) {
        scale.levels = next;
        return em.save(scale);
      }
      return em.save(
        em.create(RatingScaleEntity, {
          tenantId: ctx.tenantId,
          version: scale.version + 1,
          levels: next,
        }),
      );
    });
  }
}
