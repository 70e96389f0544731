import { randomUUID } from 'node:crypto';
import { env } from '$env/dynamic/private';
import { ApiUnavailableError, createApiFiles, createExecutor } from '@shabaka/graphql';
import { resolveViewer } from '@shabaka/domain-identity';
import { DEFAULT_LOCALE, direction } from '@shabaka/ui';
import { viewerOnce } from '@shabaka/ui/viewer';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { localeOfPath } from '$lib/locale';
import { uploadMaxBytes } from '../upload-limit.js';
import { apiCookieHeader, relaySetCookies } from '$lib/session-cookies';

/** The API's GraphQL endpoint as this server reaches it (server to server; the browser never calls it directly). */
const API_URL = env.API_URL || 'http://127.0.0.1:4000/graphql';
/** The API as third parties reach it (shown on the open data page). */
const API_ORIGIN = new URL(API_URL).origin;
const API_PUBLIC_URL = env.API_PUBLIC_URL || API_ORIGIN;
/** The largest upload, stated on the pages and checked before the file goes to the API. */
const UPLOAD_MAX_BYTES = uploadMaxBytes(env);

/**
 * The portal's CSP: what needs no knowledge of the pages' scripts and styles (no frames of the portal elsewhere, no
 * plugins, no <base> or form posts to another origin).
 */
const CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

export const handle: Handle = async ({ event, resolve }) => {
  const locale = localeOfPath(event.url.pathname) ?? DEFAULT_LOCALE;
  const requestId = randomUUID();
  event.locals.locale = locale;
  event.locals.requestId = requestId;
  event.locals.apiPublicUrl = API_PUBLIC_URL;
  const cookie = apiCookieHeader(event.cookies);
  const clientAddress = event.getClientAddress();
  const userAgent = event.request.headers.get('user-agent') ?? undefined;
  event.locals.signedIn = cookie !== undefined;
  event.locals.api = createExecutor({
    fetch: event.fetch,
    url: API_URL,
    requestId,
    clientAddress,
    userAgent,
    cookie,
    onSetCookie: (setCookies) => relaySetCookies(event.cookies, setCookies),
  });
  // who is signed in: asked of the API at most once per request, by the layout and the page alike
  event.locals.viewer = viewerOnce(() =>
    cookie === undefined ? Promise.resolve(null) : resolveViewer(event.locals.api),
  );
  event.locals.files = createApiFiles({
    fetch: event.fetch,
    origin: API_ORIGIN,
    maxBytes: UPLOAD_MAX_BYTES,
    requestId,
    clientAddress,
    userAgent,
    cookie,
  });
  const response = await resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('%shabaka.lang%', locale).replace('%shabaka.dir%', direction(locale)),
  });
  response.headers.set('x-request-id', requestId);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  // no other site may show the portal in a frame (clickjacking of its forms), as the API answers DENY
  response.headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
  response.headers.set('x-frame-options', 'DENY');
  return response;
};

export const handleError: HandleServerError = ({ error, event }) => {
  const unavailable = error instanceof ApiUnavailableError;
  console.error(
    JSON.stringify({
      level: 'error',
      requestId: event.locals.requestId,
      path: event.url.pathname,
      error: String(error),
    }),
  );
  // the error page explains an unreachable API in the reader's language instead of a bare "error"
  return { message: unavailable ? 'API_UNAVAILABLE' : 'Internal error', requestId: event.locals.requestId };
};
