import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Interview } from '../interviews/models/interview.models.js';
import { InterviewChangeKind } from '../integration/webhooks/live-events.js';

registerEnumType(InterviewChangeKind, {
  name: 'InterviewChangeKind',
  description: 'What happened to an interview the subscriber is (or was) on the panel of.',
  valuesMap: {
    SCHEDULED: { description: 'It was scheduled with the subscriber on its panel.' },
    RESCHEDULED: { description: 'It moved to another time.' },
    CANCELLED: { description: 'It was cancelled.' },
    ASSIGNED: { description: 'The subscriber was added to its panel.' },
    UNASSIGNED: { description: 'The subscriber was taken off its panel.' },
    FEEDBACK: {
      description:
        'Its feedback state changed: a scorecard of its panel was submitted or amended, or the ' +
        "subscriber's scorecard passed its due time.",
    },
  },
});

@ObjectType({ description: 'A change to one of the signed-in member’s interviews.' })
export class InterviewChange {
  @Field(() => ID)
  interviewId!: string;

  @Field(() => InterviewChangeKind)
  change!: InterviewChangeKind;

  @Field(() => Interview, {
    nullable: true,
    description:
      'The interview as the subscriber may read it now; null when they no longer may (taken off the panel).',
  })
  interview!: Interview | null;
}
