import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { ForbiddenError } from '../common/errors.js';
import '../common/context.js';
import type { ApiKeyService } from '../integration/api-keys/api-key.service.js';
import { typesBeyondScopes } from '../integration/api-keys/type-scopes.js';
import type { AppConfig } from '../config/config.js';
import { formatError, statusFor } from './error-formatter.js';

export const GRAPHQL_PATH = '/graphql';

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
    }),
    maxAliasesRule({ n: config.GRAPHQL_MAX_ALIASES }),
    maxDirectivesRule({ n: 10 }),
    costLimitRule({ maxCost: config.GRAPHQL_MAX_COST }),
  ] as unknown as ValidationRule[];
  if (config.isProduction) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

/**
 * An API key receives only the object types its scopes cover, at every depth of the response
 * (the operation's own scope admits its root field; nested fields reach other types).
 */
async function checkKeyScopes(
  apiKeys: ApiKeyService,
  schema: GraphQLSchema,
  document: DocumentNode,
  req: FastifyRequest,
): Promise<void> {
  if (!req.ik || !(await apiKeys.authenticateBearer(req.ik, req.headers.authorization))) return;
  const refused = typesBeyondScopes(schema, document, req.ik.principal.scopes ?? []);
  if (refused.length) {
    throw new ForbiddenError(`This API key's scopes do not cover ${refused.join(', ')}.`);
  }
}

export function graphqlOptions(config: AppConfig, apiKeys: ApiKeyService): MercuriusDriverConfig {
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
    context: (req: FastifyRequest, reply: FastifyReply) => ({ req, reply }),
    hooks: {
      preParsing: async (_schema, source) => {
        // Counting tokens before parsing stops huge documents early.
        new MaxTokensParserWLexer(source, { n: config.GRAPHQL_MAX_TOKENS }).parseDocument();
      },
      preExecution: async (schema, document, context) => {
        await checkKeyScopes(apiKeys, schema, document, context.reply.request);
      },
    },
    errorFormatter: (execution, context) => {
      const requestId = String((context as { reply?: FastifyReply }).reply?.request.id ?? '');
      const flat = execution.errors.flatMap((error) => {
        const nested = (error.originalError as { errors?: unknown } | undefined)?.errors;
        return Array.isArray(nested) ? (nested as GraphQLError[]) : [error];
      });
      const errors = flat.map((error) => formatError(error, requestId, config.isProduction));
      const hasData = execution.data !== null && execution.data !== undefined;
      // A request-level failure keeps its own status (413 for a body over the limit...).
      const requestStatus = flat
        .map((e) => (e.originalError as { statusCode?: unknown } | undefined)?.statusCode)
        .find((n): n is number => typeof n === 'number' && n >= 400 && n < 500);
      return {
        statusCode: !hasData && requestStatus ? requestStatus : statusFor(errors, hasData),
        response: { data: execution.data ?? null, errors },
      };
    },
  } as MercuriusDriverConfig;
}
