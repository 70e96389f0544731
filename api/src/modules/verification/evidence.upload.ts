/**
 * POST /uploads/verification-evidence?organizationId=<Organization id>: the body is the file (PDF, PNG or JPEG,
 * at most UPLOAD_MAX_BYTES), sent by an editor or owner of the organisation with their session cookie or API token.
 * Answers 201 with the evidence id that organizationVerificationSubmit takes (a staged upload: the file travels
 * over plain HTTP, the decision through GraphQL).
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Knex } from '@mikro-orm/postgresql';
import { hasMemberRole, isOfficer, type Viewer } from '../../common/auth/viewer.js';
import { knexRows } from '../../database/sql.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import type { Config } from '../../config.js';
import { storeEvidence } from './evidence.service.js';

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, code: string, message: string, field?: string): void {
  answer(res, status, { errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
}

export async function handleEvidenceUpload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { viewer, knex, config }: { viewer: Viewer | null; knex: Knex; config: Config },
): Promise<void> {
  if (!viewer) return problem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
  const id = fromGlobalId(url.searchParams.get('organizationId') ?? '');
  if (id?.type !== 'Organization' || !isUuid(id.key)) {
    return problem(res, 400, 'BAD_USER_INPUT', 'organizationId: is not the id of an organisation', 'organizationId');
  }
  if (!hasMemberRole(viewer, id.key, 'EDITOR')) {
    return problem(res, 403, 'FORBIDDEN', 'You are not allowed to do this');
  }
  const limit = config.uploadMaxBytes;
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    return problem(res, 413, 'BAD_USER_INPUT', `the file is larger than ${limit} bytes`, 'body');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.destroy();
      return problem(res, 413, 'BAD_USER_INPUT', `the file is larger than ${limit} bytes`, 'body');
    }
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return problem(res, 400, 'BAD_USER_INPUT', 'the body is empty: send the file', 'body');
  const stored = await storeEvidence(knex, config.uploadDir, {
    organizationId: id.key,
    userId: viewer.userId,
    body: Buffer.concat(chunks),
  });
  if ('problem' in stored) return problem(res, 415, 'BAD_USER_INPUT', stored.problem, 'body');
  answer(res, 201, {
    evidenceId: stored.id,
    mediaType: stored.mediaType,
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
  });
}

/**
 * GET /uploads/verification-evidence/<evidenceId>: the file, for the organisation's members and the officers who
 * decide; anyone else gets the same 404 as for an unknown id (nothing tells them it exists).
 */
export async function handleEvidenceDownload(
  res: ServerResponse,
  evidenceId: string,
  { viewer, knex, config }: { viewer: Viewer | null; knex: Knex; config: Config },
): Promise<void> {
  if (!viewer) return problem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
  const [row] = await knexRows<{
    organization_id: string;
    media_type: string;
    size_bytes: number;
    storage_key: string;
  }>(knex, 'select organization_id, media_type, size_bytes, storage_key from verification_evidence where id = ?', [
    evidenceId,
  ]);
  if (!row || !(isOfficer(viewer) || hasMemberRole(viewer, row.organization_id, 'VIEWER'))) {
    return problem(res, 404, 'NOT_FOUND', 'Evidence not found');
  }
  res.writeHead(200, {
    'content-type': row.media_type,
    'content-length': String(row.size_bytes),
    'content-disposition': `attachment; filename="evidence-${evidenceId}${row.media_type === 'application/pdf' ? '.pdf' : row.media_type === 'image/png' ? '.png' : '.jpg'}"`,
    'cache-control': 'private, no-store',
  });
  await pipeline(createReadStream(path.join(config.uploadDir, row.storage_key)), res);
}
