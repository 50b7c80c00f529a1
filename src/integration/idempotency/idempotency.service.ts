import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import { Authenticator } from '../../auth/authenticator.service.js';
import { BadInputError, ConflictError, type AppError } from '../../common/errors.js';
import type { RequestContext } from '../../common/request-context.js';
import {
  claimKey,
  expireKeys,
  readKey,
  releaseKey,
  storeResponse,
} from './idempotency.repository.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a key is remembered at least. */
export const IDEMPOTENCY_TTL_HOURS = 24;
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/** What the pre-handler decided for one request. */
export type IdempotencyDecision =
  | { kind: 'none' }
  | { kind: 'owner'; tenantId: string; actorId: string; key: string; keepBody: boolean }
  | { kind: 'replay'; statusCode: number; body: string }
  | { kind: 'error'; statusCode: number; error: AppError };

interface GraphqlBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/**
 * Mutations whose answer carries a secret shown once (a key, a token, a signing secret): a
 * repeat is refused rather than replayed, so no secret is ever stored with the response.
 */
export const SECRET_BEARING = new Set([
  'createApiKey',
  'createWebhookEndpoint',
  'rotateWebhookSecret',
  'signIn',
  'refreshSession',
  'acceptInvitation',
  'createTenant',
]);

/** The root fields of the mutation the body runs, or null when it runs no mutation. */
function mutationFields(body: GraphqlBody): string[] | null {
  if (typeof body.query !== 'string') return null;
  try {
    const operations = parse(body.query).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    );
    const chosen =
      operations.length === 1
        ? operations[0]
        : operations.find((o) => o.name?.value === body.operationName);
    if (chosen?.operation !== OperationTypeNode.MUTATION) return null;
    return chosen.selectionSet.selections.flatMap((x) =>
      x.kind === 'Field' ? [x.name.value] : [],
    );
  } catch {
    return null; // GraphQL reports the syntax error itself
  }
}

/**
 * `Idempotency-Key` on mutations. The key is claimed by inserting its row in the request's
 * own transaction: a concurrent duplicate waits on that row, then finds it committed (and
 * replays) or rolled back (and runs). The response is stored in the same transaction, just
 * before the commit, so "ran" and "remembered" cannot part. Keys are scoped to their sender
 * (member or API key) and kept at least 24 hours.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly authenticator: Authenticator) {}

  async begin(
    ctx: RequestContext,
    headers: Record<string, string | string[] | undefined>,
    body: unknown,
  ): Promise<IdempotencyDecision> {
    const raw = headers[IDEMPOTENCY_HEADER];
    if (raw === undefined || !body || typeof body !== 'object') return { kind: 'none' };
    const fields = mutationFields(body as GraphqlBody);
    if (!fields) return { kind: 'none' };
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!KEY_SHAPE.test(key)) {
      return {
        kind: 'error',
        statusCode: 400,
        error: new BadInputError([
          { path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
        ]),
      };
    }
    if (!(await this.authenticated(ctx))) return { kind: 'none' };
    const { tenantId } = ctx.principal;
    const actorId = ctx.principal.keyId ?? ctx.principal.userId;
    const { query, variables, operationName } = body as GraphqlBody;
    const hash = createHash('sha256')
      // The acting member is part of the request: the same body for another member is another
      // request (added only when named, so earlier keys keep their hashes).
      .update(
        JSON.stringify([
          query,
          variables ?? null,
          operationName ?? null,
          ...(ctx.principal.onBehalfOf ? [ctx.principal.onBehalfOf] : []),
        ]),
      )
      .digest();
    const em = await ctx.manager();
    // Forget the tenant's keys past their time (the index leads with tenant_id).
    await expireKeys(em, IDEMPOTENCY_TTL_HOURS);
    if (await claimKey(em, { tenantId, actorId, key, hash })) {
      const keepBody = !fields.some((field) => SECRET_BEARING.has(field));
      return { kind: 'owner', tenantId, actorId, key, keepBody };
    }
    const stored = await readKey(em, actorId, key);
    if (!stored.request_hash.equals(hash)) {
      return {
        kind: 'error',
        statusCode: 409,
        error: new ConflictError('This Idempotency-Key was used with a different request.', {
          path: 'Idempotency-Key',
        }),
      };
    }
    if (stored.response_body === null) {
      return {
        kind: 'error',
        statusCode: 409,
        error: new ConflictError(
          'This request already ran with this Idempotency-Key; its answer held a secret that is shown only once.',
          { path: 'Idempotency-Key' },
        ),
      };
    }
    return { kind: 'replay', statusCode: stored.status_code ?? 200, body: stored.response_body };
  }

  /**
   * Stores the owner's response in its transaction, right before the commit. A response with
   * errors is not remembered: the key is released, and a retry runs again.
   */
  async record(
    ctx: RequestContext,
    decision: IdempotencyDecision,
    statusCode: number,
    payload: string,
  ): Promise<void> {
    // A failed mutation rolls the whole transaction back, the claim with it.
    if (decision.kind !== 'owner' || statusCode >= 400 || ctx.rolledBack) return;
    const em = await ctx.manager();
    let failed = true;
    try {
      failed = Boolean((JSON.parse(payload) as { errors?: unknown[] }).errors?.length);
    } catch {
      // not JSON: not a GraphQL answer worth keeping
    }
    if (failed) {
      await releaseKey(em, decision.actorId, decision.key);
      return;
    }
    await storeResponse(
      em,
      decision.actorId,
      decision.key,
      statusCode,
      decision.keepBody ? payload : null,
    );
  }

  /**
   * Whether the request has a caller: the request's one authentication, which the guard reads
   * too (and answers with its error, UNAUTHENTICATED or another, when there is none).
   */
  private async authenticated(ctx: RequestContext): Promise<boolean> {
    try {
      await this.authenticator.principal(ctx);
      return true;
    } catch {
      return false;
    }
  }
}
