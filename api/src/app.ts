/**
 * The API's HTTP server: /graphql (Apollo), /healthz, /readyz. Node's own http module serves Apollo through
 * `executeHTTPGraphQLRequest`, so each request gets its own EntityManager fork and loaders, its own request id,
 * one log line, and a place in the in-flight count that graceful shutdown waits for.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { maskErrors } from './common/errors/mask-errors.js';
import type { Logger } from './common/logging/logger.js';
import type { Config } from './config.js';
import { createLoaders, type GraphQLContext, type RequestTrace } from './context.js';
import type { HttpRoutes } from './common/http/routes.js';
import { UnauthenticatedError } from './common/errors/api-errors.js';
import { CLIENT_ADDRESS_HEADER, clientAddress } from './common/http/client-address.js';
import { createMetrics } from './common/http/metrics.js';
import { applyCors, isPublicPath } from './common/http/cors.js';
import { loadTrustedDocuments, resolveTrustedDocument } from './common/graphql/trusted-documents.js';
import { createAuthService, type AuthService } from './modules/accounts/auth.service.js';
import { resolveViewer } from './modules/accounts/viewer.service.js';
import { handleEvidenceDownload, handleEvidenceUpload } from './modules/verification/evidence.upload.js';
import { serveExplorerAsset, serveExplorerPage, wantsExplorer } from './modules/platform/explorer.js';
import { exportRoutes } from './modules/directory/export/export.routes.js';
import { databaseStatus } from './modules/platform/platform.service.js';
import { createSchema } from './schema.js';
import { redisResponseStore, responseCacheNamespace, responseCachePlugin } from './common/graphql/response-cache.js';
import { describe } from './database/database.js';
import { readFromReplica } from './database/sql.js';
import { monitorReplicas } from './database/replicas.js';
import {
  cancelStatements,
  guardStatements,
  statementScope,
  statementsStopped,
  withStatementScope,
} from './database/statement-guard.js';
import { limitError, measureOperation, OPERATION_LIMITS } from './common/graphql/operation-limits.js';
import { GraphQLError, Kind, OperationTypeNode, type FragmentDefinitionNode } from 'graphql';
import {
  postgresStore,
  RateLimiter,
  redisStore,
  withFallback,
  type RateLimitSubject,
} from './common/rate-limit/rate-limiter.js';

/** Largest request body accepted (a GraphQL document with its variables). */
const MAX_BODY_BYTES = 1024 * 1024;
/** How long a shared cache may keep the answer to an anonymous GET query. */
const PUBLIC_QUERY_MAX_AGE_SECONDS = 60;

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

export interface App {
  readonly server: http.Server;
  /** Better Auth and the email outbox of this process. */
  readonly accounts: AuthService;
  /** Resolves with the URL once listening. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops accepting, lets in-flight requests finish (up to the configured timeout), then stops Apollo. */
  stop(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: 'REQUEST_TOO_LARGE' | 'BAD_REQUEST',
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES)
    throw new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`, 'REQUEST_TOO_LARGE');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`, 'REQUEST_TOO_LARGE');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(contentType: string | undefined, raw: string): unknown {
  if (raw === '') return undefined;
  if (contentType?.toLowerCase().startsWith('application/json')) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw new HttpError(400, 'request body is not valid JSON', 'BAD_REQUEST');
    }
  }
  // Apollo answers other content types itself (and its CSRF prevention refuses simple requests)
  return raw;
}

const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that accepts only the legacy `application/json` gets 200 for a document that does not
 * parse, does not validate, or whose variables do not coerce (the errors are in the body); clients of
 * `application/graphql-response+json` get Apollo's 400. Refusals by the platform's limits keep their 4xx.
 */
function legacyStatus(accept: string | undefined, status: number, body: { kind: string; string?: string }): number {
  if (status !== 400 || body.kind !== 'complete' || !accept) return status;
  const types = accept.split(',').map((t) => t.split(';')[0]!.trim().toLowerCase());
  if (!types.includes('application/json') || types.includes('application/graphql-response+json')) return status;
  try {
    const parsed = JSON.parse(body.string ?? '') as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    const codes = (parsed.errors ?? []).map((e) => e.extensions?.code);
    return parsed.data === undefined && codes.length > 0 && codes.every((c) => DOCUMENT_ERRORS.has(String(c)))
      ? 200
      : status;
  } catch {
    return status;
  }
}

/**
 * Headers of every answer: no sniffing, no referrer, never framed; answers that are data get a policy that lets
 * them load and run nothing (the explorer's page sets its own); HTTPS deployments ask browsers to stay on HTTPS.
 */
function setSecurityHeaders(res: ServerResponse, pathname: string, publicUrl: string): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  // files (uploads, the explorer's scripts and styles) keep what their own answer says
  if (!pathname.startsWith('/uploads/') && !pathname.startsWith('/graphiql/'))
    res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  if (publicUrl.startsWith('https:')) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

export async function createApp({
  config,
  orm,
  logger,
}: {
  config: Config;
  orm: MikroORM;
  logger: Logger;
}): Promise<App> {
  const schema = await createSchema();
  const metrics = createMetrics(orm.em.getKnex());
  const trustedDocuments = loadTrustedDocuments(config.trustedDocumentsFile);
  const rateLimiter = new RateLimiter(
    config.redisUrl
      ? withFallback(await redisStore(config.redisUrl), postgresStore(orm.em.getKnex()), (error) =>
          logger.warn({ err: error }, 'rate limits: Redis does not answer, counting in PostgreSQL'),
        )
      : postgresStore(orm.em.getKnex()),
    config.rateLimit,
  );
  const replicas = await monitorReplicas(config.databaseReplicaUrls, {
    maxLagSeconds: config.databaseReplicaMaxLagSeconds,
    logger,
  });
  const responseCache =
    config.redisUrl && config.responseCacheSeconds > 0
      ? responseCachePlugin({
          namespace: responseCacheNamespace(describe(orm.config.get('clientUrl') ?? ''), schema),
          store: await redisResponseStore(config.redisUrl),
          ttlSeconds: config.responseCacheSeconds,
          logger,
          observe: (outcome) => metrics.countCache(outcome),
        })
      : undefined;

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
  const accounts: AuthService = createAuthService({ config, orm, logger });

  const requestLog: ApolloServerPlugin<GraphQLContext> = {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, operationName, operation, document, request, schema: resolved }) {
          contextValue.trace.operationName = operationName ?? undefined;
          if (!operation) return Promise.resolve();
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const measure = measureOperation(resolved, operation, fragments, request.variables ?? {});
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

  // formatError has no context argument: the request id travels with the request's async scope instead
  const requestScope = new AsyncLocalStorage<{ requestId: string }>();
  guardStatements(orm.em.getKnex());
  const currentRequestId = (): string | undefined => requestScope.getStore()?.requestId;
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    csrfPrevention: true,
    // automatic persisted queries would let any client register any document: the portal's trusted documents will be
    // an explicit allow-list instead
    persistedQueries: false,
    // Apollo's own token limit answers 400 (a validation rule's would run after parsing the whole document)
    parseOptions: { maxTokens: OPERATION_LIMITS.tokens },
    // shutdown is ordered by server.ts (HTTP first, then Apollo, the pool, the database)
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    formatError: maskErrors(currentRequestId, ({ error, path }) => {
      // past the deadline the statements were stopped on purpose and nobody reads this answer any more
      if (statementsStopped())
        logger.debug({ err: error, path, requestId: currentRequestId() }, 'work of a timed-out operation stopped');
      else logger.error({ err: error, path, requestId: currentRequestId() }, 'unexpected error in a resolver');
    }),
    plugins: [requestLog, ...(responseCache ? [responseCache.plugin] : []), ApolloServerPluginLandingPageDisabled()],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  let migrationsReady = false;
  async function readiness(): Promise<{ ok: boolean; reason?: string }> {
    try {
      const status = await databaseStatus(orm.em.fork());
      if (status.migrationsPending > 0)
        return { ok: false, reason: `${status.migrationsPending} migration(s) pending` };
      migrationsReady = true;
      return { ok: true };
    } catch (error) {
      logger.warn({ err: error }, 'readiness: database unreachable');
      return { ok: false, reason: migrationsReady ? 'database unreachable' : 'database unreachable or not migrated' };
    }
  }

  /**
   * The request's viewer, and the headers Better Auth reads (with the client address as this server established
   * it); undefined after answering 401 to credentials that are malformed, unknown or revoked.
   */
  async function authenticate(req: IncomingMessage, res: ServerResponse, em: EntityManager) {
    const requestHeaders = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) requestHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const address = clientAddress(req, config.trustedProxies);
    requestHeaders.set(CLIENT_ADDRESS_HEADER, address);
    try {
      return { viewer: await resolveViewer(em.getKnex(), accounts.auth, requestHeaders), requestHeaders, address };
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      res.setHeader('www-authenticate', 'Bearer');
      sendJson(res, 401, { errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
      return undefined;
    }
  }

  async function handleGraphQL(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    requestId: string,
  ): Promise<RequestTrace | undefined> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const posted = req.method === 'POST' ? parseBody(req.headers['content-type'], await readBody(req)) : undefined;
    const resolution = resolveTrustedDocument(posted, trustedDocuments);
    if ('unknownId' in resolution) {
      sendJson(res, 400, {
        errors: [
          {
            message: `documentId ${JSON.stringify(resolution.unknownId.slice(0, 80))} is not a trusted document of this API: send the query`,
            extensions: { code: 'PERSISTED_DOCUMENT_NOT_FOUND', requestId },
          },
        ],
      });
      return undefined;
    }
    const body = resolution.body;
    const em = orm.em.fork();
    const who = await authenticate(req, res, em);
    if (!who) return undefined;
    const { viewer, requestHeaders, address } = who;
    const context: GraphQLContext = {
      em,
      loaders: createLoaders(em),
      viewer,
      accounts,
      http: { headers: requestHeaders, clientAddress: address, setCookies: [] },
      requestId,
      logger: logger.child({ requestId }),
      config,
      trace: {},
    };
    const abort = new AbortController();
    const statements = statementScope(abort.signal);
    const execution = requestScope.run({ requestId }, () =>
      withStatementScope(statements, () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context: () => Promise.resolve(context),
        }),
      ),
    );
    // graphql-js cannot stop an execution: past the deadline the client gets its answer, the statements running are
    // cancelled in PostgreSQL and any further one is refused (statement-guard.ts)
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), config.executionTimeoutMs);
    });
    const response = await Promise.race([execution, deadline]).finally(() => clearTimeout(timer));
    if (response === 'timeout') {
      void execution.catch(() => undefined);
      abort.abort();
      sendJson(res, 503, {
        errors: [
          {
            message: `The operation took longer than ${config.executionTimeoutMs} ms`,
            extensions: { code: 'TIMEOUT', requestId },
          },
        ],
      });
      // the client has its answer; stopping the work costs a connection of its own per statement
      const cancelled = await cancelStatements(statements);
      logger.warn(
        { requestId, operationName: context.trace.operationName, cancelledStatements: cancelled },
        'operation stopped at the execution timeout',
      );
      return context.trace;
    }
    for (const [key, value] of response.headers) {
      // Vary adds up: CORS may have set Origin already
      const earlier = key === 'vary' ? res.getHeader('vary') : undefined;
      res.setHeader(key, earlier ? `${String(earlier)}, ${value}` : value);
    }
    if (context.http.setCookies.length > 0) {
      res.setHeader('set-cookie', context.http.setCookies);
      res.setHeader('cache-control', 'no-store');
    }
    res.statusCode = legacyStatus(req.headers.accept, response.status ?? 200, response.body);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
    context.trace.tokenId = viewer?.via.kind === 'API_TOKEN' ? viewer.via.tokenId : undefined;
    return context.trace;
  }

  const routes: HttpRoutes = { ...exportRoutes(orm, config, replicas) };

  let inFlight = 0;
  let drained: (() => void) | undefined;

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const incomingId = req.headers['x-request-id'];
    const requestId = typeof incomingId === 'string' && REQUEST_ID_PATTERN.test(incomingId) ? incomingId : randomUUID();
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    setSecurityHeaders(res, url.pathname, config.publicUrl);
    inFlight += 1;
    let trace: RequestTrace | undefined;

    const finish = (): void => {
      inFlight -= 1;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      metrics.observeRequest(url.pathname, res.statusCode, durationMs / 1000);
      if (url.pathname !== '/healthz' && url.pathname !== '/readyz') {
        logger.info(
          {
            requestId,
            method: req.method,
            path: url.pathname,
            status: res.statusCode,
            operationName: trace?.operationName,
            nodes: trace?.nodes,
            tokenId: trace?.tokenId,
            durationMs: Math.round(durationMs * 10) / 10,
          },
          'request',
        );
      }
      if (inFlight === 0) drained?.();
    };

    const route = async (): Promise<void> => {
      if (isPublicPath(url.pathname) && applyCors(req, res, config.corsOrigins)) return;
      switch (url.pathname) {
        case '/healthz':
          return sendJson(res, 200, { status: 'ok' });
        case '/readyz': {
          const ready = await readiness();
          return sendJson(
            res,
            ready.ok ? 200 : 503,
            ready.ok ? { status: 'ready' } : { status: 'not ready', reason: ready.reason },
          );
        }
        case '/metrics': {
          res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
          res.end(await metrics.registry.metrics());
          return;
        }
        case '/graphql':
          if (wantsExplorer(req.method, req.headers.accept, url)) return serveExplorerPage(res);
          trace = await handleGraphQL(req, res, url, requestId);
          return;
        case '/uploads/verification-evidence': {
          if (req.method !== 'POST') return sendJson(res, 405, { errors: [{ message: 'use POST' }] });
          const em = orm.em.fork();
          const who = await authenticate(req, res, em);
          if (!who) return;
          return handleEvidenceUpload(req, res, url, { viewer: who.viewer, knex: em.getKnex(), config });
        }
        default: {
          if (url.pathname.startsWith('/graphiql/') && req.method === 'GET') {
            if (serveExplorerAsset(res, url.pathname.slice('/graphiql/'.length))) return;
          }
          const evidence = /^\/uploads\/verification-evidence\/([0-9a-f-]{36})$/.exec(url.pathname);
          if (evidence && (req.method === 'GET' || req.method === 'HEAD')) {
            const em = orm.em.fork();
            const who = await authenticate(req, res, em);
            if (!who) return;
            return handleEvidenceDownload(res, evidence[1]!, { viewer: who.viewer, knex: em.getKnex(), config });
          }
          const route = routes[url.pathname];
          if (route && (req.method === 'GET' || req.method === 'HEAD')) return route(req, res);
          return sendJson(res, 404, {
            error: 'not found',
            paths: ['/graphql', '/healthz', '/readyz', '/metrics', ...Object.keys(routes)],
          });
        }
      }
    };

    route()
      .catch((error: unknown) => {
        if (error instanceof HttpError) {
          if (error.status === 413) {
            // the rest of the body is not worth reading: close the connection once the answer is out
            res.setHeader('connection', 'close');
            res.on('finish', () => req.socket.destroy());
          }
          if (!res.headersSent)
            sendJson(res, error.status, {
              errors: [{ message: error.message, extensions: { code: error.code, requestId } }],
            });
          return;
        }
        logger.error({ err: error, requestId }, 'request failed');
        if (!res.headersSent)
          sendJson(res, 500, {
            errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
          });
        else res.end();
      })
      .finally(finish);
  });
  server.keepAliveTimeout = 5_000;

  return {
    server,
    accounts,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
        });
      });
    },
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        logger.info({ inFlight }, 'waiting for in-flight requests');
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, config.shutdownTimeoutMs).unref()),
        ]);
      }
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      await accounts.close();
      await rateLimiter.close();
      await responseCache?.close();
      await replicas.stop();
    },
  };
}
