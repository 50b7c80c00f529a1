import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { BadInputError, ForbiddenError } from '../common/errors.js';
import '../common/context.js';
import type { Authenticator } from '../auth/authenticator.service.js';
import { scopeRefusal } from '../integration/api-keys/type-scopes.js';
import {
  effectiveScopes,
  MEMBER_SCOPES,
  Scope,
  scopeList,
  scopeName,
} from '../auth/policy.decorator.js';
import type { AppConfig } from '../config/config.js';
import { rejectPlainly } from './armor-rejection.js';
import {
  formatErrors,
  retryAfterSeconds,
  statusFor,
  type FormattedError,
} from './error-formatter.js';
import { GRAPHQL_RESPONSE_JSON, JSON_MEDIA_TYPE, responseMediaType } from './media-type.js';
import type { SubscriptionGate } from './subscription-gate.js';

export const GRAPHQL_PATH = '/graphql';

const MUTATION_OVER_GET = 'Only queries may be sent with GET; send mutations with POST.';

/**
 * Query-shape limits from graphql-armor; introspection is off in production.
 *
 * Elsewhere the standard introspection query (depth 15, through `ofType` chains) must pass, or
 * GraphiQL and graphql-codegen cannot load the schema: the depth rule skips a `__schema`
 * field, as the cost rule does by default. What could blow up inside `__schema`, lists nested
 * in lists (`types { fields { type { fields … } } }`), is refused by graphql-js's own
 * MaxIntrospectionDepthRule, one of the specifiedRules that Mercurius always runs.
 */
export function validationRules(config: AppConfig): ValidationRule[] {
  const rules = [
    maxDepthRule({
      n: config.GRAPHQL_MAX_DEPTH,
      flattenFragments: true,
      ignoreIntrospection: !config.isProduction,
      ...rejectPlainly,
    }),
    maxAliasesRule({ n: config.GRAPHQL_MAX_ALIASES, ...rejectPlainly }),
    maxDirectivesRule({ n: 10, ...rejectPlainly }),
    costLimitRule({ maxCost: config.GRAPHQL_MAX_COST, ...rejectPlainly }),
  ] as unknown as ValidationRule[];
  if (config.isProduction) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

/**
 * An API key receives only the object types its scopes cover, at every depth of the response
 * (the operation's own scope admits its root field; nested fields reach other types).
 */
async function checkKeyScopes(
  authenticator: Authenticator,
  schema: GraphQLSchema,
  document: DocumentNode,
  req: FastifyRequest,
): Promise<void> {
  if (req.ik?.credentials?.bearer.kind !== 'apiKey') return;
  const principal = await authenticator.principal(req.ik);
  const refused = scopeRefusal(schema, document, effectiveScopes(principal));
  if (!refused) return;
  // What the key's member scopes would admit is missing only the member to act for.
  if (!principal.onBehalfOf && !scopeRefusal(schema, document, principal.scopes ?? [])) {
    throw new BadInputError(
      [{ path: 'On-Behalf-Of', message: 'is required: name the member, by user id or e-mail' }],
      `The scope ${scopeList(MEMBER_SCOPES)} reaches these types only for a member named in the ` +
        'On-Behalf-Of header, on the scorecard operations; to read them otherwise the key needs ' +
        `${scopeName(Scope.SCORECARDS_READ)}.`,
    );
  }
  throw new ForbiddenError(refused);
}

/**
 * Status and `data` of a response with errors (GraphQL over HTTP). Execution ran: 200, or 429
 * or 500 when nothing came back for those reasons. An HTTP-level failure (bad body, media
 * type, method): its own 4xx. A document that does not parse or validate, or variables that do
 * not coerce: 400 without `data`, or 200 when the client chose application/json. Refused
 * before execution otherwise (an API key's scopes): as if executed with `data: null`.
 */
function responseStatus(
  data: unknown,
  errors: FormattedError[],
  requestStatus: number | undefined,
  legacyStatus: boolean,
): { statusCode: number; executed: boolean } {
  const hasData = data !== null && data !== undefined;
  if (data !== undefined) return { statusCode: statusFor(errors, hasData), executed: true };
  if (requestStatus) return { statusCode: requestStatus, executed: false };
  if (errors.every((e) => e.extensions.code === 'BAD_USER_INPUT' && !e.path)) {
    return { statusCode: legacyStatus ? 200 : 400, executed: false };
  }
  return { statusCode: statusFor(errors, false), executed: true };
}

/** 406 when the Accept header names neither GraphQL response media type (nor a wildcard). */
async function refuseUnacceptable(req: FastifyRequest, reply: FastifyReply) {
  if (responseMediaType(req.headers.accept)) return;
  const message = `Accept ${GRAPHQL_RESPONSE_JSON} or ${JSON_MEDIA_TYPE}.`;
  return reply.code(406).send({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}

/**
 * Counting tokens before Mercurius parses stops huge documents early, with a message that says
 * what to change. Returns the document, or null when it does not parse (Mercurius then reports
 * the syntax error where it is).
 */
function parseWithinTokens(source: string, maxTokens: number): DocumentNode | null {
  try {
    return new MaxTokensParserWLexer(source, { n: maxTokens }).parseDocument();
  } catch (error) {
    if (error instanceof GraphQLError && /Token limit/.test(error.message)) {
      throw new GraphQLError(
        `The document has more than ${maxTokens} tokens, the limit: send a smaller query.`,
      );
    }
    return null;
  }
}

/**
 * Mercurius checks that a GET carries a query by looking up the selected operation, and fails
 * with a TypeError when there is none (an unknown operationName, or several operations and
 * none named): answer what POST answers instead.
 */
function requireSelectedOperation(document: DocumentNode, query: unknown): void {
  const name = (query as { operationName?: unknown } | undefined)?.operationName;
  const operationName = typeof name === 'string' && name !== '' ? name : undefined;
  if (getOperationAST(document, operationName)) return;
  throw new GraphQLError(
    operationName
      ? `Unknown operation named "${operationName}".`
      : 'Must provide operation name if query contains multiple operations.',
  );
}

/** The spec allows `"extensions": null`; Mercurius's body schema wants an object or nothing. */
async function allowNullExtensions(req: FastifyRequest) {
  const body = req.body as { extensions?: unknown } | null | undefined;
  if (body && typeof body === 'object' && body.extensions === null) delete body.extensions;
}

/** The negotiated Content-Type on every JSON answer of the route (errors and replays too). */
async function labelMediaType(req: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const media = responseMediaType(req.headers.accept);
  const current = String(reply.getHeader('content-type') ?? '');
  if (media && current.startsWith(JSON_MEDIA_TYPE)) {
    reply.header('content-type', `${media.type}; charset=utf-8`);
  }
  return payload;
}

/**
 * Mercurius runs a subscription document without validating it: the same rules as HTTP
 * (graphql-js's and the query-shape limits) run here, and the first failure refuses it.
 */
function validateSubscription(config: AppConfig, schema: GraphQLSchema, document: DocumentNode) {
  const [error] = validate(schema, document, [...specifiedRules, ...validationRules(config)]);
  if (error) {
    throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

export function graphqlOptions(
  config: AppConfig,
  authenticator: Authenticator,
  gate: SubscriptionGate,
): MercuriusDriverConfig {
  return {
    driver: MercuriusDriver,
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    // Mercurius's GraphiQL page loads React and GraphiQL from a CDN (blank offline): ours,
    // GraphiqlController, serves them from npm packages in development.
    graphiql: false,
    jit: 1,
    allowBatchedQueries: false,
    validationRules: validationRules(config),
    // GraphQL subscriptions over WebSocket on the same path (graphql-ws protocol,
    // `graphql-transport-ws`); see subscription-gate.ts for authentication.
    subscription: {
      onConnect: (data: { payload?: unknown }) => gate.onConnect(data),
      keepAlive: 30_000,
    },
    context: (req: FastifyRequest, reply: FastifyReply) => ({ req, reply }),
    hooks: {
      preParsing: async (_schema, source, context) => {
        const document = parseWithinTokens(source, config.GRAPHQL_MAX_TOKENS);
        if (document && context.reply.request.method === 'GET') {
          requireSelectedOperation(document, context.reply.request.query);
        }
      },
      preExecution: async (schema, document, context) => {
        await checkKeyScopes(authenticator, schema, document, context.reply.request);
      },
      preSubscriptionParsing: async (_schema, source) => {
        parseWithinTokens(source, config.GRAPHQL_MAX_TOKENS);
      },
      preSubscriptionExecution: async (schema, document) => {
        validateSubscription(config, schema, document);
      },
    },
    additionalRouteOptions: {
      preValidation: [refuseUnacceptable, allowNullExtensions],
      onSend: labelMediaType,
    },
    errorFormatter: (execution, context) => {
      const reply = (context as { reply?: FastifyReply }).reply;
      const requestId = String(reply?.request.id ?? '');
      const { errors, requestStatus } = formatErrors(
        execution.errors,
        requestId,
        config.isProduction,
      );
      const retryAfter = retryAfterSeconds(errors);
      if (retryAfter !== undefined) reply?.header('retry-after', String(retryAfter));
      const media = responseMediaType(reply?.request.headers.accept);
      const { statusCode, executed } = responseStatus(
        execution.data,
        errors,
        requestStatus,
        media?.legacyStatus ?? false,
      );
      if (statusCode === 405) {
        // Mercurius refuses only a mutation sent with GET; a 405 names the method that works.
        reply?.header('allow', 'POST');
        for (const error of errors) error.message = MUTATION_OVER_GET;
      }
      // GraphQL: a request that never reached execution has no `data` entry at all.
      const response = executed ? { data: execution.data ?? null, errors } : { errors };
      return { statusCode, response };
    },
  } as MercuriusDriverConfig;
}
