import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';
import { SLUG_PATTERN } from '../../tenancy/dto/tenancy.inputs.js';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @Length(1, 512)
  password: string;

  @Field({ description: 'Slug of the tenant to sign in to.' })
  @Matches(SLUG_PATTERN, { message: 'must be a tenant slug' })
  tenant: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString()
  @Length(10, 512)
  refreshToken: string;
}
