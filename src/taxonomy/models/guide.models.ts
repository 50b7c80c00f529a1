import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Seniority } from '../entities/taxonomy.enums.js';

@ObjectType({
  description:
    'What a 3 ("Yes") answer looks like for one seniority the question is tagged with; ' +
    'the rubric anchors are read against it.',
})
export class LevelExpectation {
  @Field(() => Seniority)
  seniority: Seniority;

  @Field({ description: 'The observable bar for a "Yes" at this seniority.' })
  expectation: string;
}

@ObjectType({
  description:
    'A worked example for calibration: a short account of what an answer at this score sounds like.',
})
export class ExampleAnswer {
  @Field(() => Int, { description: 'The rating-scale value the example illustrates.' })
  score: number;

  @Field({ description: 'The example answer, paraphrased.' })
  answer: string;
}

@ObjectType({
  description:
    "The tenant's scoring guide: how criterion scores combine into a question score, the veto " +
    'rule, what "not assessed" does, and how a question weighs in the debrief.',
})
export class ScoringGuide {
  @Field({ description: 'How the criterion scores of one question combine into its score.' })
  combination: string;

  @Field({ description: 'The veto rule: which single low score outweighs the average, if any.' })
  veto: string;

  @Field({ description: 'What a criterion marked "not assessed" does to the question score.' })
  notAssessed: string;

  @Field({ description: 'How a question score weighs in the debrief and the recommendation.' })
  debrief: string;
}

@ObjectType({ description: 'What one seniority level means for this tenant.' })
export class SeniorityLevelDefinition {
  @Field(() => Seniority)
  seniority: Seniority;

  @Field({ description: 'Short name of the level, e.g. "Senior engineer".' })
  title: string;

  @Field({ description: 'The scope, autonomy and impact expected at this level.' })
  definition: string;
}

@ObjectType({
  description:
    'One section of interviewer guidance: structured-interview practice, bias warnings, ' +
    'off-limits topics or note taking.',
})
export class GuidanceSection {
  @Field({ description: 'Stable machine name, e.g. "structured-practice", "bias", "off-limits".' })
  key: string;

  @Field()
  title: string;

  @Field(() => [String], { description: 'The points an interviewer should follow, in order.' })
  points: string[];
}

@ObjectType({
  description:
    "The tenant's interview guide, shipped with a pack and owned by the tenant after import; " +
    'every interviewer kit includes it.',
})
export class InterviewGuide {
  @Field(() => ScoringGuide)
  scoringGuide: ScoringGuide;

  @Field(() => [SeniorityLevelDefinition], {
    description: 'Definitions of the seniority levels questions are tagged with, junior first.',
  })
  seniorityLevels: SeniorityLevelDefinition[];

  @Field(() => [GuidanceSection])
  interviewerGuidance: GuidanceSection[];

  @Field(() => String, {
    nullable: true,
    description:
      'The pack (name@version) the guide came from; null once the tenant edited it ' +
      '(updateInterviewGuide).',
  })
  source: string | null;
}
