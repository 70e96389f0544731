/**
 * The consultations' files and export:
 * - POST /uploads/consultation-documents?consultationId=<Consultation id>&language=ar|en: the draft in one language
 *   (a PDF, at most UPLOAD_MAX_BYTES), sent by one of its owning team; it replaces the one before (201 with its id).
 * - POST /uploads/consultation-evidence?organizationId=<Organization id>: evidence for a contribution (PDF, PNG or
 *   JPEG), sent by an editor or owner of the organisation; answers the id `consultationContributionCreate` takes.
 *   Both count against the upload rate limits (UPLOAD_RATE_LIMIT_*) like the platform's other uploads.
 * - GET /uploads/consultation-files/<id>: a document of a published consultation or the evidence of a contribution
 *   is public (organisations' public positions); evidence not attached yet, for the organisation's members; anyone
 *   else gets the same 404 as for an unknown id.
 * - GET /exports/consultations/<uuid>/contributions.csv: every contribution, for the owning team (through the common
 *   CSV writer, formulas neutralised).
 */
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { audit } from '../../common/audit/audit.js';
import { hasMemberRole } from '../../common/auth/viewer.js';
import { csvDocument } from '../../common/csv/csv-writer.js';
import { sendJson, sendProblem, type HttpRoute } from '../../common/http/routes.js';
import { chargeUpload, readUploadBody, sendUploadRefusal } from '../../common/http/uploads.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import { isConsultationOwner } from './consultation.service.js';
import {
  ConsultationContributionEntity,
  ConsultationEntity,
  ConsultationFileEntity,
  type ConsultationFileMediaType,
} from './participation.entities.js';
import { CONTRIBUTION_CSV_HEADER, ParticipationRepository } from './participation.repository.js';

const FOLDER = 'consultation-files';

const SIGNATURES: Record<ConsultationFileMediaType, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The type the bytes are (by their first bytes, not the declared type), among those accepted. */
function sniff(body: Buffer, accepted: readonly ConsultationFileMediaType[]): ConsultationFileMediaType | undefined {
  return accepted.find((type) => SIGNATURES[type].every((byte, i) => body[i] === byte));
}

/** Stored under UPLOAD_DIR by its SHA-256, written beside and renamed so that a reader never sees half a file. */
async function store(uploadDir: string, body: Buffer): Promise<{ sha256: Buffer; storageKey: string }> {
  const sha256 = createHash('sha256').update(body).digest();
  const storageKey = path.join(FOLDER, sha256.toString('hex'));
  const file = path.join(uploadDir, storageKey);
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${randomUUID()}.part`;
  await fs.writeFile(partial, body, { mode: 0o600 });
  await fs.rename(partial, file);
  return { sha256, storageKey };
}

const uuidOf = (value: string | null, type: string): string | undefined => {
  const id = fromGlobalId(value ?? '');
  if (id?.type === type && isUuid(id.key)) return id.key;
  return value && isUuid(value) ? value : undefined;
};

export const consultationDocumentUploadRoute: HttpRoute = {
  methods: ['POST'],
  path: '/uploads/consultation-documents',
  authenticate: true,
  async handle({ req, res, url, viewer, em, config, requestId }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const consultationId = uuidOf(url.searchParams.get('consultationId'), 'Consultation');
    const language = url.searchParams.get('language');
    if (!consultationId) {
      return sendProblem(res, 400, 'BAD_USER_INPUT', 'consultationId: is not the id of a consultation', {
        field: 'consultationId',
      });
    }
    if (language !== 'ar' && language !== 'en') {
      return sendProblem(res, 400, 'BAD_USER_INPUT', 'language: is ar or en', { field: 'language' });
    }
    if (!(await isConsultationOwner(em, consultationId, viewer.userId))) {
      return sendProblem(res, 403, 'FORBIDDEN', 'You are not allowed to do this');
    }
    if (!(await chargeUpload(em, res, config.uploadLimits, viewer.userId, consultationId))) return;
    const body = await readUploadBody(req, res, config.uploadMaxBytes);
    if (!body) return;
    const mediaType = sniff(body, ['application/pdf']);
    if (!mediaType) {
      return sendUploadRefusal(res, 415, 'FILE_TYPE', 'the document must be a PDF', { accepted: ['application/pdf'] });
    }
    const stored = await store(config.uploadDir, body);
    const file = await em.transactional(async (tx) => {
      const consultation = await tx.findOneOrFail(ConsultationEntity, { id: consultationId });
      const row = tx.create(ConsultationFileEntity, {
        consultationId,
        uploadedBy: viewer.userId,
        mediaType,
        sizeBytes: body.length,
        ...stored,
      });
      if (language === 'ar') consultation.documentArId = row.id;
      else consultation.documentEnId = row.id;
      audit(tx, {
        actorId: viewer.userId,
        action: 'CONSULTATION_DOCUMENT_UPLOADED',
        subjectType: 'Consultation',
        subjectId: consultationId,
        to: language,
        requestId,
      });
      return row;
    });
    sendJson(res, 201, { fileId: file.id, url: `/uploads/consultation-files/${file.id}`, sizeBytes: file.sizeBytes });
  },
};

export const consultationEvidenceUploadRoute: HttpRoute = {
  methods: ['POST'],
  path: '/uploads/consultation-evidence',
  authenticate: true,
  async handle({ req, res, url, viewer, em, config }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const organizationId = uuidOf(url.searchParams.get('organizationId'), 'Organization');
    if (!organizationId) {
      return sendProblem(res, 400, 'BAD_USER_INPUT', 'organizationId: is not the id of an organisation', {
        field: 'organizationId',
      });
    }
    if (!hasMemberRole(viewer, organizationId, 'EDITOR')) {
      return sendProblem(res, 403, 'FORBIDDEN', 'You are not allowed to do this');
    }
    if (!(await chargeUpload(em, res, config.uploadLimits, viewer.userId, organizationId))) return;
    const body = await readUploadBody(req, res, config.uploadMaxBytes);
    if (!body) return;
    const mediaType = sniff(body, ['application/pdf', 'image/png', 'image/jpeg']);
    if (!mediaType) {
      return sendUploadRefusal(res, 415, 'FILE_TYPE', 'the evidence must be a PDF, PNG or JPEG document', {
        accepted: ['application/pdf', 'image/png', 'image/jpeg'],
      });
    }
    const stored = await store(config.uploadDir, body);
    const file = em.create(ConsultationFileEntity, {
      organizationId,
      uploadedBy: viewer.userId,
      mediaType,
      sizeBytes: body.length,
      ...stored,
    });
    await em.flush();
    sendJson(res, 201, { evidenceId: file.id, mediaType, sizeBytes: file.sizeBytes });
  },
};

export const consultationFileRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/uploads\/consultation-files\/([0-9a-f-]{36})$/,
  describe: '/uploads/consultation-files/<id>',
  authenticate: true,
  public: true,
  async handle({ res, params, viewer, em, config }) {
    const id = params[0]!;
    const file = isUuid(id) ? await em.findOne(ConsultationFileEntity, { id }) : null;
    let visible = false;
    if (file?.consultationId) {
      const consultation = await em.findOne(ConsultationEntity, { id: file.consultationId });
      visible =
        consultation !== null &&
        (consultation.status !== 'DRAFT' ||
          (viewer !== null && (await isConsultationOwner(em, consultation.id, viewer.userId))));
    } else if (file?.organizationId) {
      visible =
        (await em.count(ConsultationContributionEntity, { evidenceFileId: file.id })) > 0 ||
        hasMemberRole(viewer, file.organizationId, 'VIEWER');
    }
    if (!file || !visible) return sendProblem(res, 404, 'NOT_FOUND', 'File not found');
    res.removeHeader('content-security-policy');
    const extension = file.mediaType === 'application/pdf' ? 'pdf' : file.mediaType === 'image/png' ? 'png' : 'jpg';
    res.writeHead(200, {
      'content-type': file.mediaType,
      'content-length': String(file.sizeBytes),
      'content-disposition': `inline; filename="consultation-${file.id}.${extension}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    await pipeline(createReadStream(path.join(config.uploadDir, file.storageKey)), res);
  },
};

export const contributionsCsvRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/exports\/consultations\/([0-9a-f-]{36})\/contributions\.csv$/,
  describe: '/exports/consultations/<uuid>/contributions.csv',
  authenticate: true,
  async handle({ req, res, params, viewer, em, signal }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const consultationId = params[0]!;
    const consultation = isUuid(consultationId) ? await em.findOne(ConsultationEntity, { id: consultationId }) : null;
    if (!consultation) return sendProblem(res, 404, 'NOT_FOUND', 'Consultation not found');
    if (!(await isConsultationOwner(em, consultation.id, viewer.userId))) {
      return sendProblem(res, 403, 'FORBIDDEN', 'You are not allowed to do this');
    }
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="consultation-${consultationId}-contributions.csv"`,
      'cache-control': 'private, no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    const chunks = csvDocument(
      CONTRIBUTION_CSV_HEADER,
      new ParticipationRepository(em).contributionRecords(consultationId),
    );
    for await (const chunk of chunks) {
      if (signal.aborted) return void res.destroy();
      if (!res.write(chunk)) {
        try {
          await once(res, 'drain', { signal });
        } catch {
          return void res.destroy();
        }
      }
    }
    res.end();
  },
};

export const participationRoutes = [
  consultationDocumentUploadRoute,
  consultationEvidenceUploadRoute,
  consultationFileRoute,
  contributionsCsvRoute,
];
