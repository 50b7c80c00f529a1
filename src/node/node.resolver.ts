import { Injectable, type Type } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import {
  ALL_SCOPES,
  AnyMember,
  POLICY_KEY,
  SCOPES_KEY,
  Scopes,
  type Policy,
  type Scope,
} from '../auth/policy.decorator.js';
import { assertAdmitted } from '../auth/policy-check.js';
import { Ctx } from '../common/context.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { Node, NODE_TYPE } from '../common/node.js';
import type { RequestContext } from '../common/request-context.js';
import { CandidateResolver, InterviewResolver } from '../interviews/interviews.resolver.js';
import { LoopResolver } from '../loops/loop.resolver.js';
import { ScorecardResolver } from '../scorecards/scorecards.resolver.js';
import { QuestionResolver } from '../taxonomy/question.resolver.js';
import { TenancyResolver } from '../accounts/tenancy.resolver.js';
import { typesOfIds } from './node.repository.js';

/**
 * The types `node` finds: each is read through its own query (`query` on `resolver`), so the
 * same policy (roles, API-key scopes) and the same access rules (sealed feedback, a hiring
 * manager's loops) apply as when the client asks for it by type.
 */
const NODE_TYPES: { type: string; table: string; resolver: Type; query: string }[] = [
  { type: 'Candidate', table: 'candidates', resolver: CandidateResolver, query: 'candidate' },
  { type: 'Interview', table: 'interviews', resolver: InterviewResolver, query: 'interview' },
  { type: 'Scorecard', table: 'scorecards', resolver: ScorecardResolver, query: 'scorecard' },
  { type: 'InterviewLoop', table: 'interview_loops', resolver: LoopResolver, query: 'loop' },
  { type: 'Question', table: 'questions', resolver: QuestionResolver, query: 'question' },
  {
    type: 'QuestionVersion',
    table: 'question_versions',
    resolver: QuestionResolver,
    query: 'questionVersion',
  },
  { type: 'Member', table: 'memberships', resolver: TenancyResolver, query: 'member' },
];

export const NODE_TYPE_NAMES = NODE_TYPES.map((t) => t.type);
const MAX_NODES = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
@Resolver(() => Node)
export class NodeResolver {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly reflector: Reflector,
  ) {}

  @AnyMember()
  @Scopes(...ALL_SCOPES)
  @Query(() => Node, {
    description:
      `Any object by its global id (its id; types: ${NODE_TYPE_NAMES.join(', ')}), read as its ` +
      'own query reads it: the same roles, API-key scopes and access rules. A malformed id is ' +
      'BAD_USER_INPUT; an id of nothing the tenant has is NOT_FOUND.',
  })
  async node(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    checkIds([id], () => 'id');
    const [found] = await this.find(ctx, [id]);
    return found;
  }

  @AnyMember()
  @Scopes(...ALL_SCOPES)
  @Query(() => [Node], {
    nullable: 'items',
    description:
      `Objects by global id, in the order given (at most ${MAX_NODES}). Each one the caller may ` +
      'not read, or that does not exist, is null with an error at its index.',
  })
  async nodes(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<Promise<unknown>[]> {
    if (ids.length > MAX_NODES) {
      throw new BadInputError([{ path: 'ids', message: `holds at most ${MAX_NODES} ids` }]);
    }
    checkIds(ids, (i) => `ids.${i}`);
    return this.find(ctx, ids);
  }

  /** One statement finds each id's type; each object is then read through its type's query. */
  private async find(ctx: RequestContext, ids: string[]): Promise<Promise<unknown>[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const rows = await typesOfIds(await ctx.manager(), NODE_TYPES, unique);
    const typeOf = new Map(rows.map((r) => [r.id, r.type]));
    return ids.map(async (raw) => {
      const id = raw.toLowerCase();
      const type = NODE_TYPES.find((t) => t.type === typeOf.get(id));
      if (!type) throw new NotFoundError('Object');
      const handler = type.resolver.prototype[type.query];
      const policy = this.reflector.get<Policy | undefined>(POLICY_KEY, handler);
      const scopes = this.reflector.get<Scope[] | undefined>(SCOPES_KEY, handler);
      if (!policy) throw new ForbiddenError();
      try {
        assertAdmitted(ctx.principal, policy, scopes);
      } catch (error) {
        if (error instanceof ForbiddenError) {
          throw new ForbiddenError(`${error.message} (the id is a ${type.type}.)`);
        }
        throw error;
      }
      const resolver = this.moduleRef.get(type.resolver, { strict: false });
      const object = await resolver[type.query](ctx, id);
      return Object.defineProperty(object, NODE_TYPE, { value: type.type, enumerable: false });
    });
  }
}

function checkIds(ids: string[], path: (i: number) => string): void {
  const problems = ids.flatMap((id, i) =>
    UUID.test(id) ? [] : [{ path: path(i), message: 'is not an id of this API (a UUID)' }],
  );
  if (problems.length) throw new BadInputError(problems);
}
