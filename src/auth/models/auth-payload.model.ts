import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Viewer } from '../../tenancy/models/tenancy.models.js';

@ObjectType({ description: 'Tokens for a signed-in session.' })
export class AuthPayload {
  @Field({ description: 'Short-lived JWT; send as `Authorization: Bearer <token>`.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt: Date;

  @Field({ description: 'One-time token for refreshSession; store it securely.' })
  refreshToken: string;

  @Field(() => GraphQLISODateTime)
  refreshTokenExpiresAt: Date;

  @Field(() => Viewer)
  viewer: Viewer;
}
