/**
 * The request's viewer, from its credentials, through the module that authenticates (accounts); credentials that
 * are malformed, unknown or revoked are answered 401 here, before any GraphQL or route runs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../common/auth/viewer.js';
import { UnauthenticatedError } from '../common/errors/api-errors.js';
import {
  CLIENT_ADDRESS_HEADER,
  FORWARDED_USER_AGENT_HEADER,
  clientAddress,
  clientUserAgent,
} from '../common/http/client-address.js';
import { sendJson } from '../common/http/routes.js';
import type { Authenticate } from '../common/module/platform-module.js';
import type { Services } from '../common/module/services.js';

export interface Authenticated {
  viewer: Viewer | null;
  /** The request's headers as Better Auth reads them, with the client address and user agent this server established. */
  headers: Headers;
  clientAddress: string;
}

export function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export function createAuthentication({
  authenticate,
  trustedProxies,
  services,
}: {
  authenticate: Authenticate | undefined;
  trustedProxies: readonly string[];
  services: Services;
}) {
  /** The viewer and headers; undefined after answering 401. */
  return async function authentication(
    req: IncomingMessage,
    res: ServerResponse,
    em: EntityManager,
  ): Promise<Authenticated | undefined> {
    const headers = requestHeaders(req);
    const address = clientAddress(req, trustedProxies);
    headers.set(CLIENT_ADDRESS_HEADER, address);
    const userAgent = clientUserAgent(req, trustedProxies);
    if (userAgent) headers.set('user-agent', userAgent);
    headers.delete(FORWARDED_USER_AGENT_HEADER);
    try {
      const viewer = authenticate ? await authenticate({ headers, em, services }) : null;
      return { viewer, headers, clientAddress: address };
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      res.setHeader('www-authenticate', 'Bearer');
      sendJson(res, 401, { errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
      return undefined;
    }
  };
}

export type Authentication = ReturnType<typeof createAuthentication>;
