import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { toCompetency } from '../taxonomy/competency.service.js';
import { CompetencyEntity } from '../taxonomy/entities/competency.entity.js';
import { RatingScaleService } from '../taxonomy/rating-scale.service.js';
import { Role } from '../tenancy/entities/membership.entity.js';
import type { ScaleLevel } from '../taxonomy/entities/rating-scale.entity.js';
import type { InterviewKit, KitQuestion } from './models/loop.models.js';
import { In } from 'typeorm';

interface StageRow {
  id: string;
  name: string;
  kind: InterviewKit['kind'];
  duration_minutes: number;
  instructions: string;
  focus_competency_ids: string[];
  loop_id: string;
  loop_name: string;
  role_title: string;
  is_manager: boolean;
}

/**
 * The interviewer kit: the hottest read. A fixed number of statements (stage with loop, pinned
 * versions, criteria, competencies, scales) for any number of questions.
 */
@Injectable()
export class KitService {
  constructor(private readonly scales: RatingScaleService) {}

  async load(ctx: RequestContext, stageId: string): Promise<InterviewKit> {
    const em = await ctx.manager();
    const [stage]: StageRow[] = await em.query(
      `SELECT s.id, s.name, s.kind, s.duration_minutes, s.instructions, s.focus_competency_ids,
              l.id AS loop_id, l.name AS loop_name, l.role_title,
              EXISTS (SELECT 1 FROM loop_hiring_managers h
                       WHERE h.tenant_id = l.tenant_id AND h.loop_id = l.id AND h.user_id = $2) AS is_manager
         FROM loop_stages s JOIN interview_loops l ON l.tenant_id = s.tenant_id AND l.id = s.loop_id
        WHERE s.id = $1`,
      [stageId, ctx.principal.userId],
    );
    if (!stage) throw new NotFoundError('Stage');
    if (ctx.principal.role === Role.HIRING_MANAGER && !stage.is_manager) {
      throw new ForbiddenError('Only the hiring managers of this loop read its kits.');
    }
    const questions: (Record<string, unknown> & { version_id: string; scale_id: string })[] =
      await em.query(
        `SELECT p.position, p.time_budget_minutes, p.required, v.id AS version_id, v.question_id,
                v.number, v.prompt, v.purpose, v.guidance, v.follow_ups, v.strong_signals,
                v.red_flags, v.answer_format, v.scale_id
           FROM stage_questions p
           JOIN question_versions v ON v.tenant_id = p.tenant_id AND v.id = p.question_version_id
          WHERE p.stage_id = $1 ORDER BY p.position`,
        [stageId],
      );
    const versionIds = questions.map((q) => q.version_id);
    const criteria: {
      question_version_id: string;
      title: string;
      description: string;
      weight: string;
      competency_id: string;
      anchors: string[];
    }[] = versionIds.length
      ? await em.query(
          `SELECT question_version_id, title, description, weight, competency_id, anchors
             FROM rubric_criteria WHERE question_version_id = ANY($1) ORDER BY position`,
          [versionIds],
        )
      : [];
    const competencyIds = [
      ...new Set([...criteria.map((c) => c.competency_id), ...stage.focus_competency_ids]),
    ];
    const competencies = competencyIds.length
      ? await em.findBy(CompetencyEntity, { id: In(competencyIds) })
      : [];
    const competency = new Map(competencies.map((c) => [c.id, toCompetency(c)]));
    const current = await this.scales.current(em, ctx.tenantId);
    const scaleIds = [...new Set(questions.map((q) => q.scale_id))].filter(
      (id) => id !== current.id,
    );
    const scales = new Map<string, ScaleLevel[]>([[current.id, current.levels]]);
    if (scaleIds.length) {
      const rows: { id: string; levels: ScaleLevel[] }[] = await em.query(
        'SELECT id, levels FROM rating_scales WHERE id = ANY($1)',
        [scaleIds],
      );
      for (const row of rows) scales.set(row.id, row.levels);
    }
    const kitQuestions: KitQuestion[] = questions.map((q) => ({
      position: q.position as number,
      questionId: q.question_id as string,
      questionVersionId: q.version_id,
      versionNumber: q.number as number,
      timeBudgetMinutes: q.time_budget_minutes as number,
      required: q.required as boolean,
      prompt: q.prompt as string,
      purpose: q.purpose as string,
      guidance: q.guidance as string,
      followUps: q.follow_ups as string[],
      strongSignals: q.strong_signals as string[],
      redFlags: q.red_flags as string[],
      answerFormat: q.answer_format as KitQuestion['answerFormat'],
      criteria: criteria
        .filter((c) => c.question_version_id === q.version_id)
        .map((c) => ({
          title: c.title,
          description: c.description,
          weight: Number(c.weight),
          competency: competency.get(c.competency_id)!,
          anchors: c.anchors.map((text, i) => ({
            level: i + 1,
            label: scales.get(q.scale_id)?.[i]?.label ?? `Level ${i + 1}`,
            text,
          })),
        })),
    }));
    return {
      stageId: stage.id,
      stageName: stage.name,
      kind: stage.kind,
      durationMinutes: stage.duration_minutes,
      instructions: stage.instructions,
      loopId: stage.loop_id,
      loopName: stage.loop_name,
      roleTitle: stage.role_title,
      focusCompetencies: stage.focus_competency_ids
        .map((id) => competency.get(id)!)
        .filter(Boolean),
      scale: { id: current.id, version: current.version, levels: current.levels },
      questions: kitQuestions,
    };
  }
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
