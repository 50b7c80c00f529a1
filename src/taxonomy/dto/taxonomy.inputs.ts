/** Inputs of the library around the questions: categories, competencies, the rating scale. */
import { Field, ID, InputType, PartialType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NullClears } from '../../common/validation.pipe.js';
export const KEY_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const KEY_MESSAGE = 'must be lowercase letters, digits and inner dashes';

@InputType()
export class CreateCategoryInput {
  @Field()
  @IsString()
  @Length(1, 120)
  name: string;

  @Field({
    nullable: true,
    description:
      'Lowercase and dashes; unique among siblings. On create, defaults to the name in kebab-case.',
  })
  @IsOptional()
  @Matches(KEY_PATTERN, { message: KEY_MESSAGE })
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'Parent category; none for a root.' })
  @IsOptional()
  @NullClears()
  @IsUUID()
  parentId?: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateCategoryInput extends PartialType(
  PickType(CreateCategoryInput, ['name', 'slug', 'description'] as const),
) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class MoveCategoryInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ID, { nullable: true, description: 'New parent; null makes it a root.' })
  @IsOptional()
  @NullClears()
  @IsUUID()
  parentId?: string | null;
}

@InputType()
export class CreateCompetencyInput {
  @Field({
    nullable: true,
    description: 'Lowercase and dashes; unique in the tenant. Defaults to the name in kebab-case.',
  })
  @IsOptional()
  @Matches(KEY_PATTERN, { message: KEY_MESSAGE })
  key?: string;

  @Field()
  @IsString()
  @Length(1, 120)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateCompetencyInput extends PartialType(
  PickType(CreateCompetencyInput, ['name', 'description'] as const),
) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class RatingLevelInput {
  @Field()
  @IsString()
  @Length(1, 60)
  label: string;

  @Field({ nullable: true, description: 'Empty when omitted.' })
  @IsString()
  @MaxLength(500)
  description: string = '';
}

@InputType()
export class UpdateRatingScaleInput {
  @Field(() => [RatingLevelInput], {
    description: 'Lowest first. A different number of levels makes a new scale version.',
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RatingLevelInput)
  levels: RatingLevelInput[];
}
