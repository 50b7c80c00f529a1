import { Node } from '../../common/node.js';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';
import { InterviewLoop, Stage } from '../../loops/models/loop.models.js';
import { User } from '../../tenancy/models/tenancy.models.js';
import { InterviewOrder, InterviewStatus } from '../entities/interview.enums.js';

registerEnumType(InterviewOrder, {
  name: 'InterviewOrder',
  description:
    'START_ASC: the earliest scheduled start first (upcoming interviews, soonest first); ' +
    'START_DESC: the latest first (past interviews, most recent first).',
});

registerEnumType(InterviewStatus, {
  name: 'InterviewStatus',
  description:
    'SCHEDULED until its end passes or a scorecard is submitted, then AWAITING_FEEDBACK; ' +
    'COMPLETE once every assigned interviewer has submitted; CANCELLED by a recruiter.',
});

@ObjectType({ description: 'A person being interviewed.', implements: () => [Node] })
export class Candidate {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Empty once the candidate is anonymised.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Personal data: shown to admins and recruiters only.',
  })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Id in the ATS; unique in the tenant.' })
  atsExternalId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  anonymizedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType()
export class CandidateConnection extends Connection(Candidate, 'Candidate') {}

@ObjectType({
  description: 'A candidate at one stage of a published loop.',
  implements: () => [Node],
})
export class Interview {
  @Field(() => ID)
  id: string;

  @Field(() => InterviewStatus)
  status: InterviewStatus;

  @Field(() => GraphQLISODateTime)
  scheduledStart: Date;

  @Field(() => GraphQLISODateTime)
  scheduledEnd: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Under AFTER_PANEL, scorecards are revealed to the panel at this time at the latest.',
  })
  revealAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    description:
      "When its scorecards are due: the scheduled end plus the tenant's feedbackDueHours.",
  })
  feedbackDueAt: Date;

  @Field(() => String, { nullable: true })
  atsExternalId: string | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => Candidate)
  candidate?: Candidate;

  @Field(() => Stage, {
    nullable: true,
    description: 'Null when the caller may not read its kit (see kit): its questions are the kit.',
  })
  stage?: Stage | null;

  @Field(() => InterviewLoop, {
    nullable: true,
    description: 'Null for callers who may not read the loop (interviewers read their stage).',
  })
  loop?: InterviewLoop | null;

  @Field(() => [User], {
    description:
      'The assigned interviewers, in the order the panel was given (scheduleInterview, assignInterviewers or the ATS).',
  })
  interviewers?: User[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  candidateId: string;
  stageId: string;
  loopId: string;
}

@ObjectType()
export class InterviewConnection extends Connection(Interview, 'Interview') {}
