import { randomUUID } from 'node:crypto';
import { env } from '$env/dynamic/private';
import { createExecutor } from '@shabaka/graphql';
import { DEFAULT_LOCALE, direction } from '@shabaka/ui';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { localeOfPath } from '$lib/locale';

/** The API's GraphQL endpoint as this server reaches it (server to server; the browser never calls it directly). */
const API_URL = env.API_URL || 'http://127.0.0.1:4000/graphql';

export const handle: Handle = async ({ event, resolve }) => {
  const locale = localeOfPath(event.url.pathname) ?? DEFAULT_LOCALE;
  const requestId = randomUUID();
  event.locals.locale = locale;
  event.locals.requestId = requestId;
  event.locals.api = createExecutor({
    fetch: event.fetch,
    url: API_URL,
    requestId,
    clientAddress: event.getClientAddress(),
  });
  const response = await resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('%shabaka.lang%', locale).replace('%shabaka.dir%', direction(locale)),
  });
  response.headers.set('x-request-id', requestId);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  return response;
};

export const handleError: HandleServerError = ({ error, event }) => {
  console.error(
    JSON.stringify({
      level: 'error',
      requestId: event.locals.requestId,
      path: event.url.pathname,
      error: String(error),
    }),
  );
  return { message: 'Internal error', requestId: event.locals.requestId };
};
