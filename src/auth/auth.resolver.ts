import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/context.js';
import type { RequestContext } from '../common/request-context.js';
import { Viewer } from '../tenancy/models/tenancy.models.js';
import { AuthService } from './auth.service.js';
import { RefreshSessionInput, SignInInput } from './dto/auth.inputs.js';
import { AuthPayload } from './models/auth-payload.model.js';
import { AnyMember, Public } from './policy.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Signs in to one tenant. Every failure answers UNAUTHENTICATED alike; repeated ' +
      'failures for one e-mail or address answer RATE_LIMITED.',
  })
  signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput): Promise<AuthPayload> {
    return this.auth.signIn(input, ctx.ip);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Trades a refresh token for new tokens. Each refresh token works once; presenting a ' +
      'used one revokes the whole session.',
  })
  refreshSession(@Args('input') input: RefreshSessionInput): Promise<AuthPayload> {
    return this.auth.refresh(input.refreshToken);
  }

  @AnyMember()
  @Mutation(() => Boolean, { description: "Ends the caller's session and its refresh tokens." })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.auth.signOut(ctx);
  }

  @AnyMember()
  @Query(() => Viewer, { description: 'The caller: user, tenant and role.' })
  me(@Ctx() ctx: RequestContext): Promise<Viewer> {
    return this.auth.viewer(ctx);
  }
}
