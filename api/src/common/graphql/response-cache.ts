/**
 * The optional response cache for the public (REDIS_URL set, RESPONSE_CACHE_SECONDS > 0): an anonymous query's
 * complete answer is kept in Redis for a short time, shared by every API instance, and served again without running
 * a resolver. Only what anyone may read is kept: anonymous queries answered without an error. Rate limits still
 * charge every request (before the cache is asked). Nothing is invalidated: an answer is at most the TTL old, the
 * same promise HTTP caching already makes (Cache-Control max-age). When Redis fails, requests run as if there were
 * no cache.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { OperationTypeNode, type GraphQLSchema } from 'graphql';
import { createClient } from 'redis';
import type { GraphQLContext } from '../../context.js';
import type { Logger } from '../logging/logger.js';

export interface ResponseCacheStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
}

export async function redisResponseStore(url: string): Promise<ResponseCacheStore> {
  // commands fail at once while Redis is away (instead of queueing), so a request never waits for it
  const client = createClient({ url, disableOfflineQueue: true });
  client.on('error', () => undefined);
  await client.connect();
  return {
    get: (key) => client.get(key),
    async set(key, value, ttlSeconds) {
      await client.set(key, value, { EX: ttlSeconds });
    },
    async close() {
      await client.close().catch(() => client.destroy());
    },
  };
}

export type CacheOutcome = 'hit' | 'miss';

/**
 * The key of a request: a namespace (the database and the contract the answer came from, so that two deployments
 * sharing a Redis, or two versions of the schema, never share answers), then the document, operation name and
 * variables (hashed: the document may be long).
 */
export function responseCacheKey(
  namespace: string,
  query: string,
  operationName: string | undefined,
  variables: unknown,
): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([query, operationName ?? null, variables ?? {}]))
    .digest('base64url');
  return `shabaka:response:${namespace}:${hash}`;
}

/** A short hash of what makes answers differ between deployments: the database's address and the contract. */
export function responseCacheNamespace(database: string, schema: GraphQLSchema): string {
  return createHash('sha256')
    .update(database)
    .update('\0')
    .update(schemaFingerprint(schema))
    .digest('base64url')
    .slice(0, 16);
}

/**
 * Every type with its fields, arguments and enum values, as text. Read through the schema's own methods rather
 * than graphql's printer, which refuses a schema built by another copy of graphql (vitest loads two).
 */
function schemaFingerprint(schema: GraphQLSchema): string {
  type Shape = {
    name: string;
    getFields?: () => Record<
      string,
      { name: string; type: unknown; args?: readonly { name: string; type: unknown }[] }
    >;
    getValues?: () => readonly { name: string }[];
  };
  return Object.values(schema.getTypeMap() as Record<string, Shape>)
    .map((type) => {
      const fields = Object.values(type.getFields?.() ?? {}).map(
        (field) =>
          `${field.name}(${(field.args ?? []).map((arg) => `${arg.name}:${String(arg.type)}`).join(',')}):${String(field.type)}`,
      );
      const values = (type.getValues?.() ?? []).map((value) => value.name);
      return `${type.name}{${[...fields, ...values].join(';')}}`;
    })
    .sort()
    .join('\n');
}

export function responseCachePlugin(options: {
  namespace: string;
  store: ResponseCacheStore;
  ttlSeconds: number;
  logger: Logger;
  observe: (outcome: CacheOutcome) => void;
}): { plugin: ApolloServerPlugin<GraphQLContext>; close(): Promise<void> } {
  const { namespace, store, ttlSeconds, logger, observe } = options;
  const keyOf = ({ contextValue, operation, request }: GraphQLRequestContext<GraphQLContext>): string | undefined => {
    if (contextValue.viewer !== null || operation?.operation !== OperationTypeNode.QUERY || !request.query) return;
    return responseCacheKey(namespace, request.query, request.operationName, request.variables);
  };
  const plugin: ApolloServerPlugin<GraphQLContext> = {
    requestDidStart() {
      let pending: string | undefined;
      return Promise.resolve({
        async responseForOperation(context) {
          const key = keyOf(context);
          if (!key) return null;
          const stored = await store.get(key).catch((error: unknown) => {
            logger.warn({ err: error }, 'response cache unreachable: answering without it');
            return null;
          });
          context.response.http.headers.set('x-response-cache', stored ? 'hit' : 'miss');
          observe(stored ? 'hit' : 'miss');
          if (!stored) {
            pending = key;
            return null;
          }
          return {
            http: { status: 200, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: JSON.parse(stored) as Record<string, unknown> } },
          };
        },
        async willSendResponse({ response }) {
          if (!pending || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          await store.set(pending, JSON.stringify(data), ttlSeconds).catch((error: unknown) => {
            logger.warn({ err: error }, 'response cache unreachable: answer not kept');
          });
        },
      });
    },
  };
  return { plugin, close: () => store.close() };
}
