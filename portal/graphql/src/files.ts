/**
 * Files go to and from the API over plain HTTP (GraphQL carries no file bodies): verification evidence is uploaded
 * with POST /uploads/verification-evidence and read back with GET /uploads/verification-evidence/<id>; a logo is put
 * with PUT /uploads/organization-logo (DELETE removes it). The portal's
 * server makes these calls with the reader's session cookie, as it does for GraphQL.
 */
import { ApiUnavailableError } from './execute.js';

export interface ApiFiles {
  /** The largest file the API takes (UPLOAD_MAX_BYTES), so a page can state it and refuse a larger one itself. */
  readonly maxBytes: number;
  /** POSTs (or PUTs, or DELETEs) a file body; answers the API's status and JSON body. */
  upload(
    path: string,
    body: Blob,
    contentType: string,
    method?: 'POST' | 'PUT' | 'DELETE',
  ): Promise<{ status: number; body: unknown }>;
  /** GETs a file; the response streams through to the browser. */
  download(path: string): Promise<Response>;
}

export interface ApiFilesOptions {
  fetch: typeof fetch;
  /** The API's origin, e.g. http://127.0.0.1:4000. */
  origin: string;
  /** UPLOAD_MAX_BYTES, as the portal's server read it. */
  maxBytes: number;
  requestId?: string;
  clientAddress?: string;
  userAgent?: string;
  cookie?: string;
  timeoutMs?: number;
}

export function createApiFiles({
  fetch,
  origin,
  maxBytes,
  requestId,
  clientAddress,
  userAgent,
  cookie,
  timeoutMs = 30_000,
}: ApiFilesOptions): ApiFiles {
  const headers = (): Record<string, string> => ({
    ...(requestId ? { 'x-request-id': requestId } : {}),
    ...(clientAddress ? { 'x-forwarded-for': clientAddress } : {}),
    ...(userAgent ? { 'x-forwarded-user-agent': userAgent } : {}),
    ...(cookie ? { cookie } : {}),
  });
  const call = async (path: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetch(`${origin}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new ApiUnavailableError(`The API at ${origin} cannot be reached`, error);
    }
  };
  return {
    maxBytes,
    async upload(path, body, contentType, method = 'POST') {
      const response = await call(path, {
        method,
        headers: { ...headers(), 'content-type': contentType },
        body,
      });
      let parsed: unknown;
      try {
        parsed = await response.json();
      } catch {
        throw new ApiUnavailableError(`The API answered ${response.status} without a JSON body`);
      }
      return { status: response.status, body: parsed };
    },
    download(path) {
      return call(path, { method: 'GET', headers: headers() });
    },
  };
}
