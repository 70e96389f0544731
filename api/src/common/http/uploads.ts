/**
 * What every file upload route shares (verification evidence, organisation logos): reading a bounded body, the
 * upload rate limits, and refusals that say why with a code a client translates (`extensions.reason`, with the
 * numbers the sentence needs), not only with the API's English message.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { postgresStore, RateLimiter } from '../rate-limit/rate-limiter.js';
import type { Config } from '../../config.js';
import { sendProblem } from './routes.js';

/**
 * Why an upload was refused: FILE_EMPTY (no body), FILE_TOO_LARGE (`maxBytes`), FILE_TYPE (not one of `accepted`),
 * FILE_DIMENSIONS (an image over `maxSide` pixels a side), FILE_UNREADABLE (the image cannot be decoded),
 * QUOTA_EXCEEDED (`quotaBytes`, `orphanHours`), RATE_LIMITED (`limit` files per `windowSeconds`).
 */
export type UploadRefusalReason =
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE'
  | 'FILE_DIMENSIONS'
  | 'FILE_UNREADABLE'
  | 'QUOTA_EXCEEDED'
  | 'RATE_LIMITED';

/** A refused upload: the HTTP status, the API's error code, the reason a client translates and its parameters. */
export function sendUploadRefusal(
  res: ServerResponse,
  status: number,
  reason: UploadRefusalReason,
  message: string,
  params: Record<string, unknown> = {},
): void {
  const code = reason === 'QUOTA_EXCEEDED' || reason === 'RATE_LIMITED' ? reason : 'BAD_USER_INPUT';
  sendProblem(res, status, code, message, { field: 'body', reason, ...params });
}

/** How much of an oversize body is read (and dropped) to answer 413 before the connection is cut instead. */
const DRAIN_BYTES = 64 * 1024 * 1024;

/** The body, at most `limit` bytes; undefined when the answer (413, 400) was sent instead. */
export async function readUploadBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
): Promise<Buffer | undefined> {
  const tooLarge = () =>
    sendUploadRefusal(res, 413, 'FILE_TOO_LARGE', `the file is larger than ${limit} bytes`, { maxBytes: limit });
  if (Number(req.headers['content-length'] ?? 0) > limit) return void tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // past the limit the rest is read and dropped, so that the client (which sends before it reads) gets the 413
    // and not a reset; a client that goes on far beyond is cut off
    if (size > limit + DRAIN_BYTES) return void req.destroy();
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) {
    res.setHeader('connection', 'close');
    return void tooLarge();
  }
  if (size === 0) return void sendUploadRefusal(res, 400, 'FILE_EMPTY', 'the body is empty: send the file');
  return Buffer.concat(chunks);
}

/**
 * Charges one upload to the person and to the organisation (UPLOAD_RATE_LIMIT_*, shared by every kind of upload);
 * answers 429 RATE_LIMITED with Retry-After and false when either is over its rate.
 */
export async function chargeUpload(
  em: EntityManager,
  res: ServerResponse,
  limits: Config['uploadLimits'],
  userId: string,
  organizationId: string,
): Promise<boolean> {
  // the API's rate limiter and its shared counters (PostgreSQL), on budgets of their own
  const store = postgresStore(em.getKnex());
  const budgets = { windowSeconds: limits.windowSeconds, apiToken: 0, anonymous: 0 };
  for (const [who, id, limit] of [
    ['you', `upload:${userId}`, limits.perPerson],
    ['the organisation', `upload-organization:${organizationId}`, limits.perOrganization],
  ] as const) {
    const decision = await new RateLimiter(store, { ...budgets, person: limit }).charge({ kind: 'PERSON', id }, 1);
    if (!decision.allowed) {
      const retryAfterSeconds = Math.max(1, Math.ceil((decision.resetAt.getTime() - Date.now()) / 1000));
      res.setHeader('retry-after', String(retryAfterSeconds));
      sendUploadRefusal(
        res,
        429,
        'RATE_LIMITED',
        `Upload rate exceeded: ${who} may upload ${limit} files per ${limits.windowSeconds} s`,
        {
          limit,
          windowSeconds: limits.windowSeconds,
          retryAfterSeconds,
          rateLimit: { limit, remaining: 0, resetAt: decision.resetAt.toISOString() },
        },
      );
      return false;
    }
  }
  return true;
}
