/**
 * POST /uploads/verification-evidence?organizationId=<Organization id>: the body is the file (PDF, PNG or JPEG, at
 * most UPLOAD_MAX_BYTES), sent by an editor or owner of the organisation with their session cookie or API token.
 * Answers 201 with the evidence id that organizationVerificationSubmit takes (a staged upload: the file travels over
 * plain HTTP, the decision through GraphQL). Limits (UPLOAD_RATE_LIMIT_*, UPLOAD_QUOTA_*): uploads per window per
 * person and per organisation (429 RATE_LIMITED with Retry-After, counted like the API's rate limits, before the body
 * is read), and bytes uploaded but not yet submitted per person and per organisation (413 QUOTA_EXCEEDED).
 *
 * GET /uploads/verification-evidence/<evidenceId>: the file, for the organisation's members and the officers who
 * decide; anyone else gets the same 404 as for an unknown id (nothing tells them it exists).
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { hasMemberRole, isOfficer } from '../../common/auth/viewer.js';
import { sendJson, sendProblem, type HttpRoute } from '../../common/http/routes.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { postgresStore, RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import type { Config } from '../../config.js';
import {
  evidenceFileName,
  evidenceFilePath,
  lockUploadQuota,
  pendingUploadBytes,
  sniffEvidenceType,
  writeEvidenceFile,
} from './evidence.storage.js';
import { VerificationEvidenceEntity } from './verification-evidence.entity.js';

/** How much of an oversize body is read (and dropped) to answer 413 before the connection is cut instead. */
const DRAIN_BYTES = 64 * 1024 * 1024;

export const evidenceUploadRoute: HttpRoute = {
  methods: ['POST'],
  path: '/uploads/verification-evidence',
  authenticate: true,
  async handle({ req, res, url, viewer, em, config }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const id = fromGlobalId(url.searchParams.get('organizationId') ?? '');
    if (id?.type !== 'Organization' || !isUuid(id.key)) {
      return sendProblem(res, 400, 'BAD_USER_INPUT', 'organizationId: is not the id of an organisation', {
        field: 'organizationId',
      });
    }
    if (!hasMemberRole(viewer, id.key, 'EDITOR'))
      return sendProblem(res, 403, 'FORBIDDEN', 'You are not allowed to do this');
    const limits = config.uploadLimits;
    const refusal = await chargeUpload(em, limits, viewer.userId, id.key);
    if (refusal) {
      res.setHeader('retry-after', String(refusal.retryAfterSeconds));
      return sendProblem(res, 429, 'RATE_LIMITED', refusal.message, {
        rateLimit: { limit: refusal.limit, remaining: 0, resetAt: refusal.resetAt.toISOString() },
      });
    }
    const limit = config.uploadMaxBytes;
    const tooLarge = () =>
      sendProblem(res, 413, 'BAD_USER_INPUT', `the file is larger than ${limit} bytes`, { field: 'body' });
    if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge();
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
      return tooLarge();
    }
    if (size === 0)
      return sendProblem(res, 400, 'BAD_USER_INPUT', 'the body is empty: send the file', { field: 'body' });
    const body = Buffer.concat(chunks);
    const mediaType = sniffEvidenceType(body);
    if (!mediaType) {
      return sendProblem(res, 415, 'BAD_USER_INPUT', 'the file must be a PDF, PNG or JPEG document', { field: 'body' });
    }
    const organizationId = id.key;
    const stored = await em.transactional(async (tx) => {
      // uploads at once are counted one after the other
      await lockUploadQuota(tx, organizationId, viewer.userId);
      const pending = await pendingUploadBytes(tx, organizationId, viewer.userId);
      const over =
        pending.organization + body.length > limits.quotaOrganizationBytes
          ? `the organisation's uploads not yet submitted would exceed ${limits.quotaOrganizationBytes} bytes`
          : pending.person + body.length > limits.quotaPersonBytes
            ? `your uploads not yet submitted would exceed ${limits.quotaPersonBytes} bytes`
            : undefined;
      if (over) return { over };
      const file = await writeEvidenceFile(config.uploadDir, body);
      const evidence = tx.create(VerificationEvidenceEntity, {
        organizationId,
        uploadedBy: viewer.userId,
        mediaType,
        sizeBytes: body.length,
        sha256: file.sha256,
        storageKey: file.storageKey,
      });
      return { evidence, file };
    });
    if ('over' in stored) {
      return sendProblem(
        res,
        413,
        'QUOTA_EXCEEDED',
        `${stored.over}: submit the evidence uploaded, or wait until files never submitted are removed (after ${limits.orphanHours} hours)`,
        { field: 'body' },
      );
    }
    const { evidence, file } = stored;
    sendJson(res, 201, {
      evidenceId: evidence.id,
      mediaType,
      sizeBytes: evidence.sizeBytes,
      sha256: file.sha256.toString('hex'),
    });
  },
};

/** Charges one upload to the person and to the organisation; says why when either is over its rate. */
async function chargeUpload(
  em: EntityManager,
  limits: Config['uploadLimits'],
  userId: string,
  organizationId: string,
): Promise<{ message: string; limit: number; resetAt: Date; retryAfterSeconds: number } | undefined> {
  // the API's rate limiter and its shared counters (PostgreSQL), on budgets of their own
  const store = postgresStore(em.getKnex());
  const budgets = { windowSeconds: limits.windowSeconds, apiToken: 0, anonymous: 0 };
  for (const [who, id, limit] of [
    ['you', `upload:${userId}`, limits.perPerson],
    ['the organisation', `upload-organization:${organizationId}`, limits.perOrganization],
  ] as const) {
    const decision = await new RateLimiter(store, { ...budgets, person: limit }).charge({ kind: 'PERSON', id }, 1);
    if (!decision.allowed) {
      return {
        message: `Upload rate exceeded: ${who} may upload ${limit} files per ${limits.windowSeconds} s`,
        limit,
        resetAt: decision.resetAt,
        retryAfterSeconds: Math.max(1, Math.ceil((decision.resetAt.getTime() - Date.now()) / 1000)),
      };
    }
  }
  return undefined;
}

export const evidenceDownloadRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/uploads\/verification-evidence\/([0-9a-f-]{36})$/,
  describe: '/uploads/verification-evidence/<id>',
  authenticate: true,
  async handle({ res, params, viewer, em, config }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const evidenceId = params[0]!;
    // the pattern lets through what only looks like a uuid: the database would refuse it
    const evidence = isUuid(evidenceId) ? await em.findOne(VerificationEvidenceEntity, { id: evidenceId }) : null;
    if (!evidence || !(isOfficer(viewer) || hasMemberRole(viewer, evidence.organizationId, 'VIEWER'))) {
      return sendProblem(res, 404, 'NOT_FOUND', 'Evidence not found');
    }
    // a file, not a data answer: the browser's viewer for it must not be held by the API's data-only policy
    res.removeHeader('content-security-policy');
    res.writeHead(200, {
      'content-type': evidence.mediaType,
      'content-length': String(evidence.sizeBytes),
      'content-disposition': `attachment; filename="${evidenceFileName(evidenceId, evidence.mediaType)}"`,
      'cache-control': 'private, no-store',
    });
    await pipeline(createReadStream(evidenceFilePath(config.uploadDir, evidence.storageKey)), res);
  },
};
