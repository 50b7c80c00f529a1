import { Injectable } from '@nestjs/common';
import { accessError, Permission } from '../access/access.js';
import type { ForbiddenError, NotFoundError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { RatingScaleService } from '../taxonomy/rating-scale.service.js';
import type { InterviewGuide } from '../taxonomy/models/guide.models.js';
import type { InterviewKit } from './models/loop.models.js';
import { loadKits } from './kit.repository.js';

/**
 * The interviewer kit: the hottest read. One statement (kit.repository.ts) builds the kits of
 * any number of stages, whatever their number of questions.
 */
@Injectable()
export class KitService {
  constructor(private readonly scales: RatingScaleService) {}

  /** One stage's kit; NOT_FOUND or FORBIDDEN as the caller deserves. */
  async load(ctx: RequestContext, stageId: string): Promise<InterviewKit> {
    const [kit] = await this.loadMany(ctx, [stageId]);
    if (kit instanceof Error) throw kit;
    return kit;
  }

  /**
   * The kits of several stages in the same statement; each entry is the kit, or the
   * NotFoundError / ForbiddenError for that stage.
   */
  async loadMany(
    ctx: RequestContext,
    stageIds: readonly string[],
  ): Promise<(InterviewKit | NotFoundError | ForbiddenError)[]> {
    const em = await ctx.manager();
    const rows = await loadKits(em, stageIds, ctx.principal);
    // A tenant with no scale yet gets the default one, created on this first need.
    const unscaled = rows.find((row) => row.kit && !row.kit.scale);
    const fallback = unscaled ? await this.scales.current(em, ctx.tenantId) : null;
    return stageIds.map((stageId) => {
      const row = rows.find((r) => r.id === stageId);
      const refused = accessError(
        Permission.KIT_READ,
        ctx.principal,
        row && { allowed: row.readable && !!row.kit },
      );
      if (refused) return refused;
      const kit = row!.kit!;
      const scale = kit.scale ?? {
        id: fallback!.id,
        version: fallback!.version,
        levels: fallback!.levels,
      };
      return { ...kit, scale };
    });
  }
}

/** The tenant's guide as kit sections: scoring, seniority levels, interviewer guidance. */
function guideToMarkdown(guide: InterviewGuide): string[] {
  const g = guide.scoringGuide;
  return [
    `## Scoring guide\n\n${list([
      `**Question score:** ${g.combination}`,
      `**Veto:** ${g.veto}`,
      `**Not assessed:** ${g.notAssessed}`,
      `**In the debrief:** ${g.debrief}`,
    ])}`,
    `## Seniority levels\n\n${list(guide.seniorityLevels.map((l) => `**${l.title}** (${l.seniority}): ${l.definition}`))}`,
    ...guide.interviewerGuidance.map((section) => `## ${section.title}\n\n${list(section.points)}`),
  ];
}

const list = (items: string[]) => items.map((i) => `- ${i}`).join('\n');

/** The kit as Markdown, for printing: the same content as the GraphQL kit. */
export function kitToMarkdown(kit: InterviewKit): string {
  const parts = [
    `# ${kit.stageName} (${kit.durationMinutes} min)`,
    `**Loop:** ${kit.loopName} · **Role:** ${kit.roleTitle} · **Kind:** ${kit.kind}`,
  ];
  if (kit.focusCompetencies.length) {
    parts.push(`**Focus:** ${kit.focusCompetencies.map((c) => c.name).join(', ')}`);
  }
  if (kit.instructions) parts.push(`## Instructions\n\n${kit.instructions}`);
  parts.push(
    `## Rating scale\n\n${kit.scale.levels.map((l) => `- **${l.value} ${l.label}**: ${l.description}`).join('\n')}`,
  );
  if (kit.guide) parts.push(...guideToMarkdown(kit.guide));
  for (const q of kit.questions) {
    const section = [
      `## ${q.position + 1}. ${q.prompt}`,
      `*${q.timeBudgetMinutes} min · ${q.required ? 'required' : 'optional'} · ${q.answerFormat} · version ${q.versionNumber}*`,
      `**What it assesses:** ${q.purpose}`,
    ];
    if (q.guidance) section.push(`**Guidance:** ${q.guidance}`);
    if (q.followUps.length) section.push(`**Follow-ups**\n\n${list(q.followUps)}`);
    if (q.strongSignals.length) section.push(`**Strong signals**\n\n${list(q.strongSignals)}`);
    if (q.redFlags.length) section.push(`**Red flags**\n\n${list(q.redFlags)}`);
    if (q.levelExpectations.length) {
      section.push(
        `**What a 3 (Yes) looks like**\n\n${list(q.levelExpectations.map((e) => `${e.seniority}: ${e.expectation}`))}`,
      );
    }
    if (q.exampleAnswers.length) {
      section.push(
        `**Worked examples**\n\n${list(q.exampleAnswers.map((e) => `Scored ${e.score}: ${e.answer}`))}`,
      );
    }
    if (q.answerFormat === 'STAR') {
      section.push(
        '*STAR notes: record the Situation, Task, Action (what they did themselves) and Result.*',
      );
    }
    if (!q.rated) {
      section.push('*Interviewer preparation: not rated. Be ready to answer it honestly.*');
    }
    for (const c of q.criteria) {
      section.push(
        `### ${c.title} (${c.competency.name}, weight ${c.weight})\n\n${c.description ? `${c.description}\n\n` : ''}` +
          `| Level | Anchor |\n| --- | --- |\n` +
          c.anchors
            .map((a) => `| ${a.level} ${a.label} | ${a.text.replace(/\|/g, '\\|')} |`)
            .join('\n'),
      );
    }
    parts.push(section.join('\n\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
