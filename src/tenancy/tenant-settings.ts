import { Injectable } from '@nestjs/common';
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { FeedbackVisibility, TenantSettingsEntity } from './entities/tenant-settings.entity.js';

registerEnumType(FeedbackVisibility, {
  name: 'FeedbackVisibility',
  description:
    'When an interviewer may read other submitted scorecards on a candidate. Admins and ' +
    "recruiters always may; the loop's hiring managers may unless they still owe a scorecard " +
    'on that candidate; nobody but the author ever reads a draft.',
  valuesMap: {
    AFTER_OWN_SUBMIT: {
      description: 'Once every scorecard of theirs on the candidate is submitted.',
    },
    AFTER_PANEL: {
      description:
        "Once every interviewer of that interview has submitted, or the interview's revealAt has passed.",
    },
    ALWAYS: { description: 'At once, as soon as a scorecard is submitted.' },
    NEVER: { description: 'Never: only admins, recruiters and hiring managers read them.' },
  },
});

@ObjectType({ description: "The tenant's settings." })
export class TenantSettings {
  @Field(() => FeedbackVisibility)
  feedbackVisibility: FeedbackVisibility;

  @Field(() => Int, {
    description: "Hours after an interview's scheduled end when its scorecards are due.",
  })
  feedbackDueHours: number;

  @Field(() => Int, {
    description:
      "Minutes after an interview's scheduled end when the first feedback reminder goes to each interviewer who has not submitted.",
  })
  feedbackReminderDelayMinutes: number;

  @Field(() => Int, { description: 'Hours between later feedback reminders.' })
  feedbackReminderIntervalHours: number;

  @Field(() => Int, {
    description:
      'At most this many feedback reminders per scorecard (0: none). Reminders stop once the scorecard is submitted or the interview cancelled.',
  })
  feedbackReminderLimit: number;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateTenantSettingsInput {
  @Field(() => FeedbackVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(FeedbackVisibility)
  feedbackVisibility?: FeedbackVisibility;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  feedbackDueHours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60 * 24 * 7)
  feedbackReminderDelayMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 14)
  feedbackReminderIntervalHours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  feedbackReminderLimit?: number;
}

export const DEFAULT_SETTINGS: TenantSettings = {
  feedbackVisibility: FeedbackVisibility.AFTER_OWN_SUBMIT,
  feedbackDueHours: 24,
  feedbackReminderDelayMinutes: 60,
  feedbackReminderIntervalHours: 24,
  feedbackReminderLimit: 3,
};

@Injectable()
export class TenantSettingsService {
  async read(em: EntityManager, tenantId: string): Promise<TenantSettings> {
    const row = await em.findOneBy(TenantSettingsEntity, { tenantId });
    return row
      ? {
          feedbackVisibility: row.feedbackVisibility,
          feedbackDueHours: row.feedbackDueHours,
          feedbackReminderDelayMinutes: row.feedbackReminderDelayMinutes,
          feedbackReminderIntervalHours: row.feedbackReminderIntervalHours,
          feedbackReminderLimit: row.feedbackReminderLimit,
        }
      : { ...DEFAULT_SETTINGS };
  }

  async get(ctx: RequestContext): Promise<TenantSettings> {
    return this.read(await ctx.manager(), ctx.tenantId);
  }

  async update(ctx: RequestContext, input: UpdateTenantSettingsInput): Promise<TenantSettings> {
    return ctx.write(async (em) => {
      const next = { ...(await this.read(em, ctx.tenantId)) };
      if (input.feedbackVisibility !== undefined)
        next.feedbackVisibility = input.feedbackVisibility;
      for (const key of [
        'feedbackDueHours',
        'feedbackReminderDelayMinutes',
        'feedbackReminderIntervalHours',
        'feedbackReminderLimit',
      ] as const) {
        if (input[key] !== undefined) next[key] = input[key];
      }
      await em.upsert(TenantSettingsEntity, { tenantId: ctx.tenantId, ...next }, ['tenantId']);
      return next;
    });
  }
}
