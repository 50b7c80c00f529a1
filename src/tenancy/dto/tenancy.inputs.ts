import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination.js';
import { Role } from '../../common/role.js';

/** A tenant's slug: URL-safe, 1-40 characters. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export const PASSWORD_RULE = { min: 12, max: 256 };

@InputType()
export class NewAdminInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field({ description: `At least ${PASSWORD_RULE.min} characters.` })
  @IsString()
  @Length(PASSWORD_RULE.min, PASSWORD_RULE.max)
  password: string;

  @Field()
  @IsString()
  @Length(1, 120)
  displayName: string;
}

@InputType()
export class CreateTenantInput {
  @Field()
  @IsString()
  @Length(1, 120)
  name: string;

  @Field({ description: 'Lowercase letters, digits and dashes; 1 to 40 characters.' })
  @Matches(SLUG_PATTERN, { message: 'must be lowercase letters, digits and inner dashes (1-40)' })
  slug: string;

  @Field(() => NewAdminInput, { description: 'The first admin of the tenant.' })
  @ValidateNested()
  @Type(() => NewAdminInput)
  admin: NewAdminInput;
}

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field({
    nullable: true,
    description:
      'Name of a person without an account, shown once they accept; defaults to the e-mail.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(10, 512)
  token: string;

  @Field({ description: 'A new password, or the existing one if the user already has one.' })
  @IsString()
  @Length(PASSWORD_RULE.min, PASSWORD_RULE.max)
  password: string;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field({
    nullable: true,
    description:
      "Part of the name or e-mail, case-insensitive (a pending invitation's by its e-mail only).",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;

  @Field(() => [Role], { nullable: true, description: 'Only members with one of these roles.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(Role, { each: true })
  roles?: Role[];

  @Field({
    nullable: true,
    description: 'True: only invitations not yet accepted; false: only members who have joined.',
  })
  @IsOptional()
  @IsBoolean()
  invitationPending?: boolean;
}
