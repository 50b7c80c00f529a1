import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Recommendation } from '../../scorecards/entities/scorecard.enums.js';
import { ATS_CHOICES, AtsSystem } from './ats-scale.js';

const listed = (ats: AtsSystem, kind: 'recommendations' | 'ratings') =>
  ATS_CHOICES[ats][kind].map((c) => `${c.value} (${c.label})`).join(', ');

registerEnumType(AtsSystem, {
  name: 'AtsSystem',
  description:
    'An applicant tracking system whose scorecard values the API speaks (see atsScaleMappings).',
  valuesMap: {
    GREENHOUSE: {
      description: `Greenhouse: recommendations ${listed(AtsSystem.GREENHOUSE, 'recommendations')}; attribute ratings also mixed.`,
    },
    LEVER: { description: `Lever: ${listed(AtsSystem.LEVER, 'recommendations')}.` },
    ASHBY: { description: `Ashby: scores ${listed(AtsSystem.ASHBY, 'recommendations')}.` },
  },
});

@ObjectType({ description: "A value in an ATS's terms." })
export class AtsValue {
  @Field({
    description: "What the ATS's API takes, e.g. strong_yes (Greenhouse) or 4 (Lever, Ashby).",
  })
  value: string;

  @Field({ description: 'How the ATS shows it, e.g. "Strong Hire".' })
  label: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The value as a number (Lever, Ashby); null for Greenhouse.',
  })
  score: number | null;
}

@ObjectType({ description: 'One criterion rating in the ATS’s values.' })
export class AtsCriterionValue {
  @Field(() => ID)
  stageQuestionId: string;

  @Field(() => ID)
  criterionId: string;

  @Field(() => AtsValue, {
    nullable: true,
    description: 'Null when not assessed or the level is not mapped.',
  })
  rating: AtsValue | null;
}

@ObjectType({ description: 'One competency rating in the ATS’s values.' })
export class AtsCompetencyValue {
  @Field(() => ID)
  competencyId: string;

  @Field(() => AtsValue, { nullable: true, description: 'Null when the level is not mapped.' })
  rating: AtsValue | null;
}

@ObjectType({
  description:
    "A scorecard's recommendation and ratings in one ATS's values, under the tenant's mapping (atsScaleMappings).",
})
export class ScorecardAtsExport {
  @Field(() => AtsSystem)
  ats: AtsSystem;

  @Field(() => AtsValue, { nullable: true, description: 'Null while the scorecard has none.' })
  recommendation: AtsValue | null;

  @Field(() => [AtsCriterionValue])
  ratings: AtsCriterionValue[];

  @Field(() => [AtsCompetencyValue])
  competencyRatings: AtsCompetencyValue[];
}

@ObjectType({ description: 'Our recommendation and the ATS value it exports as.' })
export class RecommendationMapping {
  @Field(() => Recommendation)
  recommendation: Recommendation;

  @Field(() => AtsValue)
  maps: AtsValue;
}

@ObjectType({ description: 'A level of our rating scale and the ATS value it exports as.' })
export class RatingMapping {
  @Field(() => Int)
  level: number;

  @Field(() => AtsValue)
  maps: AtsValue;
}

@ObjectType({
  description: "The tenant's mapping for one ATS: defaults, with the admin's changes.",
})
export class AtsScaleMapping {
  @Field(() => AtsSystem)
  ats: AtsSystem;

  @Field(() => [RecommendationMapping])
  recommendations: RecommendationMapping[];

  @Field(() => [RatingMapping], { description: 'By level; a level not listed exports as null.' })
  ratings: RatingMapping[];
}

@InputType()
export class RecommendationMappingInput {
  @Field(() => Recommendation)
  @IsEnum(Recommendation)
  recommendation: Recommendation;

  @Field({ description: "The ATS's value (AtsValue.value), e.g. definitely_not or 1." })
  @IsString()
  @Length(1, 40)
  value: string;
}

@InputType()
export class RatingMappingInput {
  @Field(() => Int, { description: 'A level of the rating scale (1 to 10).' })
  @IsInt()
  @Min(1)
  @Max(10)
  level: number;

  @Field({ description: "The ATS's value (AtsValue.value), e.g. mixed or 2." })
  @IsString()
  @Length(1, 40)
  value: string;
}

@InputType({
  description: 'Only the entries given change; reset returns this ATS to the defaults first.',
})
export class SetAtsScaleMappingInput {
  @Field(() => AtsSystem)
  @IsEnum(AtsSystem)
  ats: AtsSystem;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Start from the defaults (forget earlier changes).',
  })
  @IsOptional()
  @IsBoolean()
  reset?: boolean;

  @Field(() => [RecommendationMappingInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => RecommendationMappingInput)
  recommendations?: RecommendationMappingInput[];

  @Field(() => [RatingMappingInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RatingMappingInput)
  ratings?: RatingMappingInput[];
}
