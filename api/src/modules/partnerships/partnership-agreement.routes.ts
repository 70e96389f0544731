/**
 * POST /uploads/partnership-agreement?partnershipId=<Partnership id>: the body is the signed agreement (a PDF, at most
 * UPLOAD_MAX_BYTES), sent by an editor or owner of one of the partnership's member parties with their session cookie
 * or API token, while the partnership is proposed or active; it replaces any earlier one. Answers 201 with its size
 * and SHA-256; the same refusals as the other uploads (`common/http/uploads.ts`: rate limits per person and per
 * partnership, 413 too large, 415 not a PDF), and 422 with the partnerships error code when the rules refuse it.
 *
 * GET /uploads/partnership-agreement/<partnership uuid>: the file, for the members' people and officers; anyone else
 * gets the same 404 as for a partnership without one (an agreement may carry signatures and names: never public).
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { isOfficer } from '../../common/auth/viewer.js';
import { storedFilePath, sniffFileType, writeStoredFile } from '../../common/files/stored-files.js';
import { sendJson, sendProblem, type HttpRoute } from '../../common/http/routes.js';
import { chargeUpload, readUploadBody, sendUploadRefusal } from '../../common/http/uploads.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import { ListingService } from './listing.service.js';
import { PartnershipEntity, PartnershipMemberEntity } from './partnership.entities.js';
import { memberParty, PartnershipService } from './partnership.service.js';

const FOLDER = 'partnership-agreements';

export const agreementUploadRoute: HttpRoute = {
  methods: ['POST'],
  path: '/uploads/partnership-agreement',
  authenticate: true,
  async handle({ req, res, url, viewer, em, config, requestId }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const raw = url.searchParams.get('partnershipId') ?? '';
    const global = fromGlobalId(raw);
    const partnershipId = global?.type === 'Partnership' ? global.key : raw;
    if (!isUuid(partnershipId)) {
      return sendProblem(res, 400, 'BAD_USER_INPUT', 'partnershipId: is not the id of a partnership', {
        field: 'partnershipId',
      });
    }
    // the second budget is the partnership's: its members' people share it
    if (!(await chargeUpload(em, res, config.uploadLimits, viewer.userId, partnershipId))) return;
    const body = await readUploadBody(req, res, config.uploadMaxBytes);
    if (!body) return;
    if (!sniffFileType(body, ['application/pdf'])) {
      return sendUploadRefusal(res, 415, 'FILE_TYPE', 'the agreement must be a PDF document', {
        accepted: ['application/pdf'],
      });
    }
    const file = await writeStoredFile(config.uploadDir, FOLDER, body);
    const result = await new PartnershipService(em).attachAgreement(
      partnershipId,
      { storageKey: file.storageKey, sizeBytes: body.length },
      { viewer, requestId },
    );
    if ('errors' in result) {
      const error = result.errors[0]!;
      const field = error.field?.at(-1) ?? 'partnershipId';
      return sendProblem(res, 422, 'BAD_USER_INPUT', `${field}: ${error.message}`, { field, reason: error.code });
    }
    sendJson(res, 201, {
      partnershipId: result.ok.id,
      sizeBytes: body.length,
      sha256: file.sha256.toString('hex'),
    });
  },
};

export const agreementDownloadRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/uploads\/partnership-agreement\/([0-9a-f-]{36})$/,
  describe: '/uploads/partnership-agreement/<partnership uuid>',
  authenticate: true,
  async handle({ res, params, viewer, em, config }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const id = params[0]!;
    const partnership = isUuid(id) ? await em.findOne(PartnershipEntity, { id }) : null;
    let allowed = partnership?.agreementDocumentKey != null && isOfficer(viewer);
    if (partnership?.agreementDocumentKey && !allowed) {
      const listings = new ListingService(em);
      for (const member of await em.find(PartnershipMemberEntity, { partnershipId: id })) {
        if (await listings.isMember(viewer, memberParty(member))) allowed = true;
      }
    }
    if (!partnership?.agreementDocumentKey || !allowed) {
      return sendProblem(res, 404, 'NOT_FOUND', 'Agreement not found');
    }
    // a file, not a data answer: the browser's viewer for it must not be held by the API's data-only policy
    res.removeHeader('content-security-policy');
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': String(partnership.agreementDocumentBytes),
      'content-disposition': `attachment; filename="partnership-agreement-${id}.pdf"`,
      'cache-control': 'private, no-store',
    });
    await pipeline(createReadStream(storedFilePath(config.uploadDir, partnership.agreementDocumentKey)), res);
  },
};
