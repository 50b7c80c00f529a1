import { Node } from '../../common/node.js';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';
import { Role } from '../../common/role.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a member may do in a tenant.',
  valuesMap: {
    ADMIN: { description: 'Manages members, settings, API keys and everything recruiters can.' },
    RECRUITER: { description: 'Builds the question library and interview loops; schedules.' },
    HIRING_MANAGER: { description: 'Reads kits and the debriefs of their loops.' },
    INTERVIEWER: { description: 'Reads the kits of their interviews and writes scorecards.' },
  },
});

@ObjectType({ description: 'A customer organisation; every other object belongs to one.' })
export class Tenant {
  @Field(() => ID)
  id: string;

  @Field({ description: 'URL-safe unique name, used at sign-in.' })
  slug: string;

  @Field()
  name: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: 'A person. One user may belong to several tenants.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;
}

@ObjectType({ description: "A user's membership in the current tenant.", implements: () => [Node] })
export class Member {
  @Field(() => ID)
  id: string;

  @Field(() => User, {
    description:
      'The person. While the invitation is pending only the address is shown: id is the ' +
      "membership's id and displayName the address.",
  })
  user: User;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'True until the invited person has accepted the invitation.' })
  invitationPending: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class MemberConnection extends Connection(Member, 'Member') {}

@ObjectType({ description: 'The caller: user, tenant and role.' })
export class Viewer {
  @Field(() => User)
  user: User;

  @Field(() => Tenant)
  tenant: Tenant;

  @Field(() => Role)
  role: Role;
}

@ObjectType({ description: 'Result of inviting a member.' })
export class InviteMemberPayload {
  @Field(() => Member)
  member: Member;

  @Field(() => String, {
    nullable: true,
    description: 'Always null: the one-time token is e-mailed to the invited address only.',
    deprecationReason: 'The invitation is e-mailed with its accept link; nobody else sees it.',
  })
  invitationToken: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  invitationExpiresAt: Date | null;
}
