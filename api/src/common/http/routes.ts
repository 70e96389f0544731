/**
 * Plain HTTP endpoints beside /graphql (exports, uploads), contributed by modules. The router matches them by path
 * and method, authenticates when a route asks for it, and hands the route one exchange.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Viewer } from '../auth/viewer.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from '../module/services.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

export interface RouteExchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  /** The groups the path pattern captured (none for an exact path). */
  readonly params: readonly string[];
  readonly requestId: string;
  /** An EntityManager fork of this request's own. */
  readonly em: EntityManager;
  /** Who is asking (always null unless the route authenticates). */
  readonly viewer: Viewer | null;
  readonly services: Services;
  readonly config: Config;
  readonly logger: Logger;
  /** Aborted when the client goes away before the answer is complete: stop the work and release what it holds. */
  readonly signal: AbortSignal;
}

export interface HttpRoute {
  readonly methods: readonly HttpMethod[];
  /** An exact path, or a pattern whose groups become `params`. */
  readonly path: string | RegExp;
  /** Shown in the 404 answer's list of paths. */
  readonly describe?: string;
  /** The route reads the viewer: bad credentials are refused with 401 before it runs. */
  readonly authenticate?: boolean;
  /** Anyone's web page may call it (the API's CORS rules apply, as for /graphql). */
  readonly public?: boolean;
  handle(exchange: RouteExchange): Promise<void>;
}

/** A JSON answer that no cache keeps. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/** A refusal in the shape of a GraphQL error, so clients read every API error the same way. */
export function sendProblem(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] });
}
