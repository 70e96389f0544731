/**
 * CORS for the public surface (/graphql and /exports/*), from CORS_ORIGINS: `*` (the default) lets any web page
 * read the API without credentials (anonymously or with an API token in Authorization); a list of origins lets
 * those pages, and only those, also send the session cookie (a portal on a sibling domain); `none` sends no CORS
 * header at all. Cookies never go with `*`: browsers refuse credentials for a wildcard.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type CorsOrigins = '*' | 'none' | readonly string[];

const ALLOWED_METHODS = 'GET, POST';
const ALLOWED_HEADERS = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id';
/** What a page may read of an answer besides the simple headers: the request id, the rate limit, the cache. */
const EXPOSED_HEADERS =
  'x-request-id, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-used, x-ratelimit-reset, retry-after, x-response-cache';

export function isPublicPath(pathname: string): boolean {
  return pathname === '/graphql' || pathname.startsWith('/exports/');
}

/**
 * Sets the CORS headers of an answer to `req`. A preflight (OPTIONS with Access-Control-Request-Method) is answered
 * here: 204 for an allowed origin, 403 for another; returns true when it was.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: CorsOrigins): boolean {
  const origin = req.headers.origin;
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (origins !== '*') res.setHeader('vary', 'Origin');
  const allowed =
    origin !== undefined && origins !== 'none' && (origins === '*' || origins.includes(origin.toLowerCase()));
  if (allowed) {
    res.setHeader('access-control-allow-origin', origins === '*' ? '*' : origin);
    if (origins !== '*') res.setHeader('access-control-allow-credentials', 'true');
    res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  }
  if (!preflight) return false;
  if (!allowed) {
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ errors: [{ message: 'this origin may not call the API from a browser' }] }));
    return true;
  }
  res.writeHead(204, {
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
