import { Injectable } from '@nestjs/common';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { NotificationPreferencesEntity } from './entities/notification-preferences.entity.js';

@ObjectType({
  description:
    "The caller's choices about mail that is not essential, in this tenant. Essential mail is " +
    'always sent: invitations, interviews assigned, moved or cancelled (they carry calendar ' +
    "entries), and feedback reminders, which follow the tenant's policy (an admin sets how " +
    'many, or none) rather than each interviewer: a reminder one could mute would miss the very ' +
    'people it is for.',
})
export class NotificationPreferences {
  @Field({
    description:
      "Mail when every scorecard of an interview in a loop one manages is in (the loop's hiring managers).",
  })
  feedbackComplete: boolean;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateNotificationPreferencesInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  feedbackComplete?: boolean;
}

export const DEFAULT_PREFERENCES: NotificationPreferences = { feedbackComplete: true };

@Injectable()
export class NotificationPreferencesService {
  private async read(em: EntityManager, tenantId: string, userId: string) {
    const row = await em.findOneBy(NotificationPreferencesEntity, { tenantId, userId });
    return row ? { feedbackComplete: row.feedbackComplete } : { ...DEFAULT_PREFERENCES };
  }

  async get(ctx: RequestContext): Promise<NotificationPreferences> {
    return this.read(await ctx.manager(), ctx.tenantId, ctx.principal.userId);
  }

  async update(
    ctx: RequestContext,
    input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferences> {
    return ctx.write(async (em) => {
      const next = await this.read(em, ctx.tenantId, ctx.principal.userId);
      if (input.feedbackComplete !== undefined) next.feedbackComplete = input.feedbackComplete;
      await em.upsert(
        NotificationPreferencesEntity,
        { tenantId: ctx.tenantId, userId: ctx.principal.userId, ...next },
        ['tenantId', 'userId'],
      );
      return next;
    });
  }
}
