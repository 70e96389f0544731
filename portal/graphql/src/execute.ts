/**
 * The one way the portal talks to the API: a typed document from the generated client, sent with SvelteKit's
 * `event.fetch` from a load function or form action. Failures come back as typed errors so pages can show a
 * designed state (API down, not found) in the reader's language.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** A document as the client preset generates it (`documentMode: string`): the query text with its types. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export interface ApiErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; requestId?: string; [key: string]: unknown };
}

/** The API could not be reached or answered with something that is not GraphQL (down, timeout, proxy error). */
export class ApiUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'ApiUnavailableError';
  }
}

/** The API answered with top-level errors (not-found, forbidden, bad input, internal). */
export class ApiError extends Error {
  constructor(readonly errors: ApiErrorEntry[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

type Variables<TVariables> =
  TVariables extends Record<string, never> ? [variables?: TVariables] : [variables: TVariables];

export type Execute = <TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...variables: Variables<TVariables>
) => Promise<TResult>;

export interface ExecutorOptions {
  /** SvelteKit's `event.fetch` (or the global fetch outside SvelteKit). */
  fetch: typeof fetch;
  /** The API's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Sent as x-request-id so the API's log lines join the portal's. */
  requestId?: string;
  /** Milliseconds before a request counts as unavailable. */
  timeoutMs?: number;
  /** The browser's address, sent as X-Forwarded-For: the API throttles and rate-limits per client, not per portal. */
  clientAddress?: string;
  /** The browser's User-Agent, relayed so that the sessions it opens are labelled with it, not with the portal's. */
  userAgent?: string;
  /** The reader's session cookie for the API (`name=value`), relayed by the portal's server. */
  cookie?: string;
  /** Receives the API's Set-Cookie headers (sign-in, sign-out), for the portal's server to relay to the browser. */
  onSetCookie?: (setCookies: string[]) => void;
}

function operationName(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
}

export function createExecutor({
  fetch,
  url,
  requestId,
  timeoutMs = 10_000,
  clientAddress,
  userAgent,
  cookie,
  onSetCookie,
}: ExecutorOptions): Execute {
  return async (document, ...[variables]) => {
    const query = document.toString();
    const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
    const documentId = typeof hash === 'string' ? hash : undefined;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(requestId ? { 'x-request-id': requestId } : {}),
          ...(clientAddress ? { 'x-forwarded-for': clientAddress } : {}),
          ...(userAgent ? { 'x-forwarded-user-agent': userAgent } : {}),
          ...(cookie ? { cookie } : {}),
        },
        // a trusted document goes by its hash (the API holds the allow-list); anything else as text
        body: JSON.stringify({
          ...(documentId ? { documentId } : { query }),
          variables: variables ?? {},
          operationName: operationName(query),
        }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ApiUnavailableError(`The API at ${url} cannot be reached`, error);
    }
    const setCookies = response.headers.getSetCookie();
    if (setCookies.length > 0) onSetCookie?.(setCookies);
    let body: { data?: unknown; errors?: ApiErrorEntry[] };
    try {
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new ApiUnavailableError(`The API answered ${response.status} without a GraphQL body`, error);
    }
    // the API is up but its database is not: the same designed "service unavailable" state as an API that is down
    if (body.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
      throw new ApiUnavailableError(`The API answered ${response.status}: ${body.errors[0]!.message}`);
    }
    if (body.errors?.length) throw new ApiError(body.errors);
    if (body.data === undefined || body.data === null) {
      throw new ApiUnavailableError(`The API answered ${response.status} without data`);
    }
    return body.data as never;
  };
}
