/**
 * POST /uploads/grant-attachment?applicationId=<GrantApplication id>&documentCode=<code>: the body is the file for
 * one of the documents the call requires (a PDF, PNG or JPEG, at most UPLOAD_MAX_BYTES), sent by an editor or owner
 * of the lead or of a co-applicant while the application is a draft; it replaces an earlier one for the same code.
 * Answers 201 with its size and SHA-256; the shared refusals of `common/http/uploads.ts` (rate limits, 413, 415), and
 * 422 with the grants error code when the rules refuse it.
 *
 * GET /uploads/grant-attachment/<attachment uuid>: the file, for whoever sees the application (its consortium's
 * people and officers); anyone else gets 404.
 *
 * POST /uploads/grant-guidelines?callId=<GrantCall id>: an officer attaches the call's guidelines document (a PDF).
 * GET /uploads/grant-guidelines/<call uuid>: the document, public once the call is published (drafts: officers).
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { isOfficer } from '../../../common/auth/viewer.js';
import { storedFilePath, sniffFileType, writeStoredFile } from '../../../common/files/stored-files.js';
import { sendJson, sendProblem, type HttpRoute } from '../../../common/http/routes.js';
import { chargeUpload, readUploadBody, sendUploadRefusal } from '../../../common/http/uploads.js';
import { fromGlobalId, isUuid } from '../../../common/relay/global-id.js';
import type { GrantError } from '../grants.errors.js';
import { GrantCallEntity } from '../grants.entities.js';
import { GrantApplicationAttachmentEntity, GrantCallGuidelinesDocumentEntity } from './attachment.entities.js';
import { canReadAttachments, GrantAttachmentService } from './attachment.service.js';

const ACCEPTED = ['application/pdf', 'image/png', 'image/jpeg'] as const;
const EXTENSION = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

const uuidOf = (raw: string, type: string): string | null => {
  const global = fromGlobalId(raw);
  const key = global?.type === type ? global.key : raw;
  return isUuid(key) ? key : null;
};

const refused = (res: Parameters<HttpRoute['handle']>[0]['res'], errors: GrantError[], fallback: string) => {
  const error = errors[0]!;
  const field = error.field?.at(-1) ?? fallback;
  sendProblem(res, 422, 'BAD_USER_INPUT', `${field}: ${error.message}`, { field, reason: error.code });
};

export const grantAttachmentUploadRoute: HttpRoute = {
  methods: ['POST'],
  path: '/uploads/grant-attachment',
  authenticate: true,
  async handle({ req, res, url, viewer, em, config, requestId }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const applicationId = uuidOf(url.searchParams.get('applicationId') ?? '', 'GrantApplication');
    if (!applicationId) {
      return sendProblem(res, 400, 'BAD_USER_INPUT', 'applicationId: is not the id of an application', {
        field: 'applicationId',
      });
    }
    const documentCode = (url.searchParams.get('documentCode') ?? '').trim();
    if (!documentCode || documentCode.length > 60) {
      return sendProblem(res, 400, 'BAD_USER_INPUT', 'documentCode: name the required document', {
        field: 'documentCode',
      });
    }
    // the second budget is the application's: its consortium's people share it
    if (!(await chargeUpload(em, res, config.uploadLimits, viewer.userId, applicationId))) return;
    const body = await readUploadBody(req, res, config.uploadMaxBytes);
    if (!body) return;
    const mediaType = sniffFileType(body, ACCEPTED);
    if (!mediaType) {
      return sendUploadRefusal(res, 415, 'FILE_TYPE', 'an attachment must be a PDF, PNG or JPEG file', {
        accepted: [...ACCEPTED],
      });
    }
    const file = await writeStoredFile(config.uploadDir, 'grant-attachments', body);
    const result = await new GrantAttachmentService(em).attach(
      applicationId,
      documentCode,
      { storageKey: file.storageKey, sizeBytes: body.length, mediaType },
      { viewer, requestId },
    );
    if ('errors' in result) return refused(res, result.errors, 'applicationId');
    sendJson(res, 201, {
      attachmentId: result.ok.id,
      documentCode,
      sizeBytes: body.length,
      sha256: file.sha256.toString('hex'),
    });
  },
};

export const grantAttachmentDownloadRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/uploads\/grant-attachment\/([0-9a-f-]{36})$/,
  describe: '/uploads/grant-attachment/<attachment uuid>',
  authenticate: true,
  async handle({ res, params, viewer, em, config }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const id = params[0]!;
    const row = isUuid(id) ? await em.findOne(GrantApplicationAttachmentEntity, { id }) : null;
    if (!row || !(await canReadAttachments(em, viewer, row.applicationId))) {
      return sendProblem(res, 404, 'NOT_FOUND', 'Attachment not found');
    }
    // a file, not a data answer: the browser's viewer for it must not be held by the API's data-only policy
    res.removeHeader('content-security-policy');
    res.writeHead(200, {
      'content-type': row.mediaType,
      'content-length': String(row.sizeBytes),
      'content-disposition': `attachment; filename="${row.documentCode.replace(/[^\w-]/g, '_')}.${EXTENSION[row.mediaType]}"`,
      'cache-control': 'private, no-store',
    });
    await pipeline(createReadStream(storedFilePath(config.uploadDir, row.storageKey)), res);
  },
};

export const grantGuidelinesUploadRoute: HttpRoute = {
  methods: ['POST'],
  path: '/uploads/grant-guidelines',
  authenticate: true,
  async handle({ req, res, url, viewer, em, config, requestId }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    if (!isOfficer(viewer)) return sendProblem(res, 403, 'FORBIDDEN', 'Officers only');
    const callId = uuidOf(url.searchParams.get('callId') ?? '', 'GrantCall');
    if (!callId) {
      return sendProblem(res, 400, 'BAD_USER_INPUT', 'callId: is not the id of a call', { field: 'callId' });
    }
    if (!(await chargeUpload(em, res, config.uploadLimits, viewer.userId, callId))) return;
    const body = await readUploadBody(req, res, config.uploadMaxBytes);
    if (!body) return;
    if (!sniffFileType(body, ['application/pdf'])) {
      return sendUploadRefusal(res, 415, 'FILE_TYPE', 'the guidelines must be a PDF document', {
        accepted: ['application/pdf'],
      });
    }
    const file = await writeStoredFile(config.uploadDir, 'grant-guidelines', body);
    const result = await new GrantAttachmentService(em).attachGuidelines(
      callId,
      { storageKey: file.storageKey, sizeBytes: body.length },
      { viewer, requestId },
    );
    if ('errors' in result) return refused(res, result.errors, 'callId');
    sendJson(res, 201, { callId, sizeBytes: body.length, sha256: file.sha256.toString('hex') });
  },
};

export const grantGuidelinesDownloadRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/uploads\/grant-guidelines\/([0-9a-f-]{36})$/,
  describe: '/uploads/grant-guidelines/<call uuid>',
  authenticate: true,
  async handle({ res, params, viewer, em, config }) {
    const id = params[0]!;
    const call = isUuid(id) ? await em.findOne(GrantCallEntity, { id }) : null;
    const row = call ? await em.findOne(GrantCallGuidelinesDocumentEntity, { callId: id }) : null;
    if (!call || !row || (call.status === 'DRAFT' && !isOfficer(viewer))) {
      return sendProblem(res, 404, 'NOT_FOUND', 'Guidelines not found');
    }
    res.removeHeader('content-security-policy');
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': String(row.sizeBytes),
      'content-disposition': `attachment; filename="call-guidelines-${id}.pdf"`,
      'cache-control': call.status === 'DRAFT' ? 'private, no-store' : 'public, max-age=300',
    });
    await pipeline(createReadStream(storedFilePath(config.uploadDir, row.storageKey)), res);
  },
};

export const grantAttachmentRoutes = [
  grantAttachmentUploadRoute,
  grantAttachmentDownloadRoute,
  grantGuidelinesUploadRoute,
  grantGuidelinesDownloadRoute,
];
