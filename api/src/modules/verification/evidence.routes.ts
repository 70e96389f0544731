/**
 * POST /uploads/verification-evidence?organizationId=<Organization id>: the body is the file (PDF, PNG or JPEG, at
 * most UPLOAD_MAX_BYTES), sent by an editor or owner of the organisation with their session cookie or API token.
 * Answers 201 with the evidence id that organizationVerificationSubmit takes (a staged upload: the file travels over
 * plain HTTP, the decision through GraphQL). Limits (UPLOAD_RATE_LIMIT_*, UPLOAD_QUOTA_*): uploads per window per
 * person and per organisation (429 RATE_LIMITED with Retry-After, counted like the API's rate limits, before the body
 * is read), and bytes uploaded but not yet submitted per person and per organisation (413 QUOTA_EXCEEDED). Every
 * refusal carries `extensions.reason` (`common/http/uploads.ts`) for clients to word in their language.
 *
 * GET /uploads/verification-evidence/<evidenceId>: the file (inline, to be shown in the page), for the organisation's members and the officers who
 * decide; anyone else gets the same 404 as for an unknown id (nothing tells them it exists).
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { hasMemberRole, isOfficer } from '../../common/auth/viewer.js';
import { sendJson, sendProblem, type HttpRoute } from '../../common/http/routes.js';
import { chargeUpload, readUploadBody, sendUploadRefusal } from '../../common/http/uploads.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import {
  evidenceFileName,
  evidenceFilePath,
  lockUploadQuota,
  pendingUploadBytes,
  sniffEvidenceType,
  writeEvidenceFile,
} from './evidence.storage.js';
import { VerificationEvidenceEntity } from './verification-evidence.entity.js';

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
    if (!(await chargeUpload(em, res, limits, viewer.userId, id.key))) return;
    const body = await readUploadBody(req, res, config.uploadMaxBytes);
    if (!body) return;
    const mediaType = sniffEvidenceType(body);
    if (!mediaType) {
      return sendUploadRefusal(res, 415, 'FILE_TYPE', 'the file must be a PDF, PNG or JPEG document', {
        accepted: ['application/pdf', 'image/png', 'image/jpeg'],
      });
    }
    const organizationId = id.key;
    const stored = await em.transactional(async (tx) => {
      // uploads at once are counted one after the other
      await lockUploadQuota(tx, organizationId, viewer.userId);
      const pending = await pendingUploadBytes(tx, organizationId, viewer.userId);
      const over =
        pending.organization + body.length > limits.quotaOrganizationBytes
          ? {
              message: `the organisation's uploads not yet submitted would exceed ${limits.quotaOrganizationBytes} bytes`,
              quotaBytes: limits.quotaOrganizationBytes,
            }
          : pending.person + body.length > limits.quotaPersonBytes
            ? {
                message: `your uploads not yet submitted would exceed ${limits.quotaPersonBytes} bytes`,
                quotaBytes: limits.quotaPersonBytes,
              }
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
    if ('over' in stored && stored.over) {
      return sendUploadRefusal(
        res,
        413,
        'QUOTA_EXCEEDED',
        `${stored.over.message}: submit the evidence uploaded, or wait until files never submitted are removed (after ${limits.orphanHours} hours)`,
        { quotaBytes: stored.over.quotaBytes, orphanHours: limits.orphanHours },
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
      // shown in the page (officers read it beside the decision); the file name serves "save as"
      'content-disposition': `inline; filename="${evidenceFileName(evidenceId, evidence.mediaType)}"`,
      'cache-control': 'private, no-store',
    });
    await pipeline(createReadStream(evidenceFilePath(config.uploadDir, evidence.storageKey)), res);
  },
};
