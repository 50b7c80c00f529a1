import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
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
import { formatErrors, retryAfterSeconds, statusFor } from './error-formatter.js';

export const GRAPHQL_PATH = '/graphql';

const MUTATION_OVER_GET = 'Only queries may be sent with GET; send mutations with POST.';

/** Query-shape limits from graphql-armor; introspection is off in production. */
export function validationRules(config: AppConfig): ValidationRule[] {
  const rules = [
    maxDepthRule({
      n: config.GRAPHQL_MAX_DEPTH,
      flattenFragments: true,
      ignoreIntrospection: false,
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
    graphiql: config.NODE_ENV === 'development',
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
      const reply = (context as { reply?: FastifyReply }).reply;
      const requestId = String(reply?.request.id ?? '');
      const { errors, requestStatus } = formatErrors(
        execution.errors,
        requestId,
        config.isProduction,
      );
      const retryAfter = retryAfterSeconds(errors);
      if (retryAfter !== undefined) reply?.header('retry-after', String(retryAfter));
      const hasData = execution.data !== null && execution.data !== undefined;
      // A request-level failure keeps its own status (413 for a body over the limit...).
      const statusCode = !hasData && requestStatus ? requestStatus : statusFor(errors, hasData);
      if (statusCode === 405) {
        // Mercurius refuses only a mutation sent with GET; a 405 names the method that works.
        reply?.header('allow', 'POST');
        for (const error of errors) error.message = MUTATION_OVER_GET;
      }
      return { statusCode, response: { data: execution.data ?? null, errors } };
    },
  } as MercuriusDriverConfig;
}
