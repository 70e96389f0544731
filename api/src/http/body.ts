/** Request bodies of /graphql: a size limit checked before and while reading, and JSON parsed with a clear refusal. */
import type { IncomingMessage } from 'node:http';

/** Largest request body accepted (a GraphQL document with its variables). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A refusal before GraphQL runs, answered with its status and code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: 'REQUEST_TOO_LARGE' | 'BAD_REQUEST',
  ) {
    super(message);
  }
}

export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `request body over ${limit} bytes`, 'REQUEST_TOO_LARGE');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `request body over ${limit} bytes`, 'REQUEST_TOO_LARGE');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function parseBody(contentType: string | undefined, raw: string): unknown {
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
