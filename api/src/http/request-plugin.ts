/**
 * The Apollo plugin every GraphQL request goes through: it names the operation for the log, refuses operations over
 * the platform's limits (depth, aliases, cost), sends the public's queries to a read replica, charges the rate limit,
 * counts errors, and sets the caching and rate-limit headers of the answer.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationTypeNode, type FragmentDefinitionNode } from 'graphql';
import { ForbiddenError } from '../common/errors/api-errors.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../common/errors/unavailable.js';
import { limitError, measureOperation } from '../common/graphql/operation-limits.js';
import type { Metrics } from '../common/http/metrics.js';
import type { RateLimiter, RateLimitSubject } from '../common/rate-limit/rate-limiter.js';
import type { Config } from '../config.js';
import type { GraphQLContext } from '../context.js';
import type { ReplicaMonitor } from '../database/replicas.js';
import { readFromReplica } from '../database/sql.js';

/** How long a shared cache may keep the answer to an anonymous GET query. */
const PUBLIC_QUERY_MAX_AGE_SECONDS = 60;

export function requestPlugin({
  config,
  metrics,
  rateLimiter,
  replicas,
}: {
  config: Config;
  metrics: Metrics;
  rateLimiter: RateLimiter;
  replicas: ReplicaMonitor;
}): ApolloServerPlugin<GraphQLContext> {
  /** Charges an operation's cost to the token, the person or the client address; refuses it over the budget. */
  async function chargeRateLimit(context: GraphQLContext, nodes: number): Promise<void> {
    const viewer = context.viewer;
    const subject: RateLimitSubject = !viewer
      ? { kind: 'ANONYMOUS', id: context.http.clientAddress }
      : viewer.via.kind === 'API_TOKEN'
        ? { kind: 'API_TOKEN', id: viewer.via.tokenId }
        : { kind: 'PERSON', id: viewer.userId };
    const decision = await rateLimiter.charge(subject, nodes);
    context.trace.rateLimit = decision;
    if (decision.allowed) return;
    const retryAfter = Math.max(1, Math.ceil((decision.resetAt.getTime() - Date.now()) / 1000));
    throw new GraphQLError(
      `Rate limit exceeded: ${decision.limit} points per ${config.rateLimit.windowSeconds} s; this operation costs ${decision.cost}`,
      {
        extensions: {
          code: 'RATE_LIMITED',
          rateLimit: {
            cost: decision.cost,
            limit: decision.limit,
            remaining: 0,
            resetAt: decision.resetAt.toISOString(),
          },
          http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
        },
      },
    );
  }

  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, operationName, operation, document, request, schema }) {
          contextValue.trace.operationName = operationName ?? undefined;
          if (!operation) return Promise.resolve();
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          // a read-only API token runs queries only
          const via = contextValue.viewer?.via;
          if (
            operation.operation === OperationTypeNode.MUTATION &&
            via?.kind === 'API_TOKEN' &&
            via.scope === 'READ_ONLY'
          ) {
            return Promise.reject(new ForbiddenError('This API token is read-only: mutations need a READ_WRITE token'));
          }
          const measure = measureOperation(schema, operation, fragments, request.variables ?? {});
          contextValue.trace.nodes = measure.nodes;
          const refused = limitError(measure);
          if (refused) return Promise.reject(refused);
          // the public's queries read from a replica; a signed-in person's reads stay on the primary, where their
          // own last change is always visible
          if (operation.operation === OperationTypeNode.QUERY && contextValue.viewer === null && replicas.serving())
            readFromReplica(contextValue.em);
          return chargeRateLimit(contextValue, measure.nodes);
        },
        didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions.code;
            metrics.countError(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
          }
          return Promise.resolve();
        },
        willSendResponse({ contextValue, response, request, errors, operation }) {
          // the database is out of reach: a 503 that says when to try again, not a 500
          if (errors?.some((error) => isDatabaseUnavailable(error.originalError ?? error))) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
          // anonymous GET queries that succeeded may be cached briefly by browsers and CDNs; nothing else is
          const cacheable =
            request.http?.method === 'GET' &&
            contextValue.viewer === null &&
            operation?.operation === OperationTypeNode.QUERY &&
            !errors?.length;
          response.http.headers.set(
            'cache-control',
            cacheable ? `public, max-age=${PUBLIC_QUERY_MAX_AGE_SECONDS}` : 'private, no-store',
          );
          response.http.headers.set('vary', 'Authorization, Cookie, Accept');
          const decision = contextValue.trace.rateLimit;
          if (decision) {
            response.http.headers.set('x-ratelimit-limit', String(decision.limit));
            response.http.headers.set('x-ratelimit-remaining', String(decision.remaining));
            response.http.headers.set('x-ratelimit-used', String(decision.used));
            response.http.headers.set('x-ratelimit-reset', String(Math.ceil(decision.resetAt.getTime() / 1000)));
            if (response.body.kind === 'single') {
              response.body.singleResult.extensions = {
                ...response.body.singleResult.extensions,
                rateLimit: {
                  cost: decision.cost,
                  limit: decision.limit,
                  remaining: decision.remaining,
                  resetAt: decision.resetAt.toISOString(),
                },
              };
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}
