import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadInputError, type FieldProblem } from '../../common/errors.js';
import { defineLoader, type RequestContext } from '../../common/request-context.js';
import type { Recommendation } from '../../scorecards/entities/scorecard.enums.js';
import {
  ATS_CHOICES,
  ATS_SYSTEMS,
  effectiveMapping,
  mapRating,
  mapRecommendation,
  type AtsChoice,
  type AtsSystem,
  type ScaleMapping,
} from './ats-scale.js';
import type { AtsScaleMapping, AtsValue, SetAtsScaleMappingInput } from './ats-scale.models.js';
import { readMappings, saveMapping, type StoredMappings } from './ats-scale.repository.js';

type Stored = StoredMappings;

/** An ATS choice as the API shows it (numbers also as numbers). */
export const toAtsValue = (c: AtsChoice | null): AtsValue | null =>
  c && { value: c.value, label: c.label, score: /^\d+$/.test(c.value) ? Number(c.value) : null };

/** The content a scorecard exports: what `ScorecardAtsExport` is computed from. */
export interface ExportableContent {
  recommendation: Recommendation | null;
  ratings: { stageQuestionId: string; criterionId: string; score: number | null }[];
  competencyRatings: { competencyId: string; score: number }[];
}

/**
 * The tenant's mapping of our rating scale and recommendation to each ATS's values, kept in
 * `tenant_settings.ats_scale_mappings` as the admin's changes only (defaults fill the rest).
 */
@Injectable()
export class AtsScaleService {
  async stored(em: EntityManager): Promise<Stored> {
    return (await readMappings(em)) ?? {};
  }

  /** The stored mapping, read once per request. */
  private storedOnce(ctx: RequestContext): Promise<Stored> {
    return ctx.loader(this.storedLoader).load('tenant');
  }

  private readonly storedLoader = defineLoader<string, Stored>((ctx) => async (keys) => {
    const stored = await this.stored(await ctx.manager());
    return keys.map(() => stored);
  });

  async list(ctx: RequestContext): Promise<AtsScaleMapping[]> {
    const stored = await this.storedOnce(ctx);
    return ATS_SYSTEMS.map((ats) => this.show(ats, effectiveMapping(ats, stored)));
  }

  async set(ctx: RequestContext, input: SetAtsScaleMappingInput): Promise<AtsScaleMapping> {
    const problems: FieldProblem[] = [];
    const choices = ATS_CHOICES[input.ats];
    const check = (
      kind: 'recommendations' | 'ratings',
      entries: { value: string }[] | undefined,
      keyOf: (e: never) => string,
    ) => {
      const seen = new Set<string>();
      entries?.forEach((entry, i) => {
        const key = keyOf(entry as never);
        if (seen.has(key)) {
          problems.push({ path: `input.${kind}.${i}`, message: `maps ${key} a second time` });
        }
        seen.add(key);
        if (!choices[kind].some((c) => c.value === entry.value)) {
          problems.push({
            path: `input.${kind}.${i}.value`,
            message: `is not a ${input.ats} ${kind === 'ratings' ? 'rating' : 'recommendation'}: one of ${choices[kind].map((c) => c.value).join(', ')}`,
          });
        }
      });
    };
    check(
      'recommendations',
      input.recommendations,
      (e: { recommendation: string }) => e.recommendation,
    );
    check('ratings', input.ratings, (e: { level: number }) => String(e.level));
    if (problems.length) throw new BadInputError(problems);
    const own = {
      recommendations: Object.fromEntries(
        (input.recommendations ?? []).map((e) => [e.recommendation, e.value]),
      ),
      ratings: Object.fromEntries((input.ratings ?? []).map((e) => [String(e.level), e.value])),
    };
    const saved = await ctx.write((em) =>
      saveMapping(em, ctx.tenantId, input.ats, JSON.stringify(own), input.reset === true),
    );
    return this.show(input.ats, effectiveMapping(input.ats, saved));
  }

  /** A scorecard's content in `ats`'s values, under the tenant's mapping. */
  async export(ctx: RequestContext, ats: AtsSystem, content: ExportableContent) {
    const mapping = effectiveMapping(ats, await this.storedOnce(ctx));
    return {
      ats,
      recommendation: toAtsValue(mapRecommendation(ats, mapping, content.recommendation)),
      ratings: content.ratings.map((r) => ({
        stageQuestionId: r.stageQuestionId,
        criterionId: r.criterionId,
        rating: toAtsValue(mapRating(ats, mapping, r.score)),
      })),
      competencyRatings: content.competencyRatings.map((r) => ({
        competencyId: r.competencyId,
        rating: toAtsValue(mapRating(ats, mapping, r.score)),
      })),
    };
  }

  private show(ats: AtsSystem, mapping: ScaleMapping): AtsScaleMapping {
    return {
      ats,
      recommendations: Object.entries(mapping.recommendations).map(([recommendation]) => ({
        recommendation: recommendation as Recommendation,
        maps: toAtsValue(mapRecommendation(ats, mapping, recommendation as Recommendation))!,
      })),
      ratings: Object.keys(mapping.ratings)
        .map(Number)
        .sort((a, b) => a - b)
        .map((level) => ({ level, maps: toAtsValue(mapRating(ats, mapping, level))! })),
    };
  }
}
