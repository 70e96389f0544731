/**
 * Every HTTP request: a request id, the security headers, CORS on the public paths, then /healthz, /readyz,
 * /metrics, /graphql (or its explorer), the explorer's files, and the routes the modules contribute; one log line
 * per request and a place in the in-flight count that graceful shutdown waits for.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../common/errors/unavailable.js';
import { applyCors } from '../common/http/cors.js';
import type { Metrics } from '../common/http/metrics.js';
import { sendJson, type HttpRoute } from '../common/http/routes.js';
import type { Logger } from '../common/logging/logger.js';
import type { ExplorerExample } from '../common/module/platform-module.js';
import type { Services } from '../common/module/services.js';
import type { Config } from '../config.js';
import type { RequestTrace } from '../context.js';
import type { Authentication } from './authentication.js';
import { HttpError } from './body.js';
import { serveExplorerAsset, serveExplorerPage, wantsExplorer } from './explorer.js';
import type { GraphQLHandler } from './graphql-handler.js';
import { setSecurityHeaders } from './security-headers.js';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Who reads /metrics: with METRICS_TOKEN set, whoever sends it as a Bearer token; without it, anyone outside
 * production (development and tests) and nobody in production (the path answers 404 there, as if absent).
 */
function metricsAccess(authorization: string | undefined, config: Config): 'allowed' | 'token' | 'hidden' {
  if (!config.metricsToken) return config.nodeEnv === 'production' ? 'hidden' : 'allowed';
  const sent = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1] ?? '';
  const expected = Buffer.from(config.metricsToken);
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'allowed' : 'token';
}

export interface Readiness {
  ok: boolean;
  reason?: string;
}

export interface Router {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Requests not yet answered. */
  readonly inFlight: number;
  /** Resolves when no request is in flight. */
  drained(): Promise<void>;
}

/** The route of a path and method; `allowed` lists the methods of the path when none is this one. */
function matchRoute(
  routes: readonly HttpRoute[],
  method: string,
  pathname: string,
): { route: HttpRoute; params: string[] } | { allowed: string[] } | undefined {
  const allowed: string[] = [];
  for (const route of routes) {
    const match =
      typeof route.path === 'string' ? (route.path === pathname ? [pathname] : null) : route.path.exec(pathname);
    if (!match || match[0] !== pathname) continue;
    if (route.methods.includes(method as HttpRoute['methods'][number])) return { route, params: match.slice(1) };
    allowed.push(...route.methods);
  }
  return allowed.length > 0 ? { allowed } : undefined;
}

export function createRouter({
  config,
  orm,
  logger,
  services,
  metrics,
  routes,
  examples,
  authentication,
  graphql,
  readiness,
}: {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  services: Services;
  metrics: Metrics;
  routes: readonly HttpRoute[];
  examples: readonly ExplorerExample[];
  authentication: Authentication;
  graphql: GraphQLHandler;
  readiness: () => Promise<Readiness>;
}): Router {
  let inFlight = 0;
  let waiting: (() => void)[] = [];
  const paths = ['/graphql', '/healthz', '/readyz', '/metrics', ...routes.map((r) => r.describe ?? String(r.path))];
  const isPublic = (pathname: string): boolean =>
    pathname === '/graphql' ||
    routes.some((r) => r.public && (typeof r.path === 'string' ? r.path === pathname : r.path.test(pathname)));

  async function route(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    requestId: string,
    signal: AbortSignal,
  ): Promise<RequestTrace | undefined> {
    if (isPublic(url.pathname) && applyCors(req, res, config.corsOrigins)) return undefined;
    switch (url.pathname) {
      case '/healthz':
        return void sendJson(res, 200, { status: 'ok' });
      case '/readyz': {
        const ready = await readiness();
        return void sendJson(
          res,
          ready.ok ? 200 : 503,
          ready.ok ? { status: 'ready' } : { status: 'not ready', reason: ready.reason },
        );
      }
      case '/metrics': {
        const access = metricsAccess(req.headers.authorization, config);
        if (access !== 'allowed') {
          if (access === 'token') res.setHeader('www-authenticate', 'Bearer');
          return void sendJson(res, access === 'token' ? 401 : 404, {
            error: access === 'token' ? 'send METRICS_TOKEN as a Bearer token' : 'not found',
          });
        }
        res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
        res.end(await metrics.registry.metrics());
        return undefined;
      }
      case '/graphql':
        if (wantsExplorer(req.method, req.headers.accept, url)) return void serveExplorerPage(res);
        return await graphql(req, res, url, requestId);
    }
    if (url.pathname.startsWith('/graphiql/') && req.method === 'GET') {
      if (serveExplorerAsset(res, url.pathname.slice('/graphiql/'.length), examples)) return undefined;
    }
    const found = matchRoute(routes, req.method ?? 'GET', url.pathname);
    if (!found) return void sendJson(res, 404, { error: 'not found', paths });
    if ('allowed' in found) {
      res.setHeader('allow', found.allowed.join(', '));
      return void sendJson(res, 405, { errors: [{ message: `use ${found.allowed.join(' or ')}` }] });
    }
    const em = orm.em.fork();
    const who = found.route.authenticate ? await authentication(req, res, em) : { viewer: null };
    if (!who) return undefined;
    await found.route.handle({
      req,
      res,
      url,
      params: found.params,
      requestId,
      em,
      viewer: who.viewer,
      services,
      config,
      logger: logger.child({ requestId }),
      signal,
    });
    return undefined;
  }

  return {
    get inFlight() {
      return inFlight;
    },
    drained() {
      return inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
    handle(req, res) {
      const started = process.hrtime.bigint();
      const incomingId = req.headers['x-request-id'];
      const requestId =
        typeof incomingId === 'string' && REQUEST_ID_PATTERN.test(incomingId) ? incomingId : randomUUID();
      res.setHeader('x-request-id', requestId);
      const url = new URL(req.url ?? '/', 'http://localhost');
      setSecurityHeaders(res, config.publicUrl);
      inFlight += 1;
      // a client that goes away before its answer is complete: its work is stopped and what it holds released
      const abort = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) abort.abort();
      });
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
        if (inFlight === 0) {
          for (const resolve of waiting) resolve();
          waiting = [];
        }
      };

      route(req, res, url, requestId, abort.signal)
        .then((result) => {
          trace = result;
        })
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
          if (isDatabaseUnavailable(error)) {
            logger.warn({ err: error, requestId }, 'request failed: database unavailable');
            if (res.headersSent) return void res.destroy();
            res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
            return sendJson(res, 503, {
              errors: [
                {
                  message: 'The platform cannot reach its database right now: try again in a few seconds',
                  extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS, requestId },
                },
              ],
            });
          }
          logger.error({ err: error, requestId }, 'request failed');
          if (!res.headersSent)
            sendJson(res, 500, {
              errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
            });
          else res.end();
        })
        .finally(finish);
    },
  };
}
