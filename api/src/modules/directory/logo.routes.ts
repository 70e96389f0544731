/**
 * PUT /uploads/organization-logo?organizationId=<Organization id>: the body is the logo (PNG, JPEG or WebP, at most
 * LOGO_MAX_BYTES and LOGO_MAX_SIDE pixels a side), sent by an editor or owner of the organisation with their session
 * cookie or API token (read-write); the platform stores a re-encoded WebP (`logo.storage.ts`) and answers 200 with its
 * public `logoUrl`. DELETE on the same path removes the logo. Both are audited (ORGANIZATION_LOGO_CHANGED,
 * ORGANIZATION_LOGO_REMOVED) and count against the upload rate limits (UPLOAD_RATE_LIMIT_*).
 *
 * GET /organization-logos/<sha256>.webp: the logo, public, as image/webp with nosniff and a year's immutable caching
 * (its name is its content); a key no organisation uses (any more) is 404.
 */
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEventEntity } from '../../common/audit/audit-event.entity.js';
import { hasMemberRole } from '../../common/auth/viewer.js';
import { chargeUpload, readUploadBody, sendUploadRefusal } from '../../common/http/uploads.js';
import { sendJson, sendProblem, type HttpRoute, type RouteExchange } from '../../common/http/routes.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import { sqlRows } from '../../database/sql.js';
import {
  LOGO_MAX_BYTES,
  LOGO_MAX_SIDE,
  logoFilePath,
  logoUrl,
  reencodeLogo,
  removeLogoFile,
  writeLogoFile,
} from './logo.storage.js';

const REFUSALS = {
  FILE_TYPE: 'the logo must be a PNG, JPEG or WebP image',
  FILE_DIMENSIONS: `the logo must be at most ${LOGO_MAX_SIDE} pixels wide and high`,
  FILE_UNREADABLE: 'the logo cannot be read as an image',
} as const;

/** The organisation the request names, when the viewer may edit it; otherwise the refusal is sent. */
function editableOrganization({ res, url, viewer }: RouteExchange): string | undefined {
  if (!viewer) return void sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
  const id = fromGlobalId(url.searchParams.get('organizationId') ?? '');
  if (id?.type !== 'Organization' || !isUuid(id.key)) {
    return void sendProblem(res, 400, 'BAD_USER_INPUT', 'organizationId: is not the id of an organisation', {
      field: 'organizationId',
    });
  }
  if (
    !hasMemberRole(viewer, id.key, 'EDITOR') ||
    (viewer.via.kind === 'API_TOKEN' && viewer.via.scope === 'READ_ONLY')
  ) {
    return void sendProblem(res, 403, 'FORBIDDEN', 'You are not allowed to do this');
  }
  return id.key;
}

/** Sets (or clears) the logo and audits it, in one transaction; answers the key it replaced. */
async function setLogo(
  em: EntityManager,
  organizationId: string,
  key: string | null,
  actorId: string,
  requestId: string,
): Promise<{ previous: string | null } | undefined> {
  return em.transactional(async (tx) => {
    // a guarded update that answers the value it replaces (the row lock orders two changes at once); the profile
    // form's version is left alone: a logo does not make an open form stale
    const [row] = await sqlRows<{ previous: string | null }>(
      tx,
      `update organization o set logo_key = ?, updated_at = now()
       from (select id, logo_key from organization where id = ? for update) old
       where o.id = old.id
       returning old.logo_key as previous`,
      [key, organizationId],
    );
    if (!row) return undefined;
    tx.persist(
      Object.assign(new AuditEventEntity(), {
        actorId,
        action: key ? 'ORGANIZATION_LOGO_CHANGED' : 'ORGANIZATION_LOGO_REMOVED',
        subjectType: 'Organization',
        subjectId: organizationId,
        fromState: row.previous,
        toState: key,
        requestId,
      }),
    );
    return { previous: row.previous };
  });
}

/** The old file goes once no organisation names it (the same logo may be another's). */
async function dropUnused(em: EntityManager, uploadDir: string, key: string | null): Promise<void> {
  if (!key) return;
  const [used] = await sqlRows(em, 'select 1 from organization where logo_key = ? limit 1', [key]);
  if (!used) await removeLogoFile(uploadDir, key);
}

export const logoUploadRoute: HttpRoute = {
  methods: ['PUT', 'DELETE'],
  path: '/uploads/organization-logo',
  authenticate: true,
  async handle(exchange) {
    const { req, res, em, config, viewer, requestId } = exchange;
    const organizationId = editableOrganization(exchange);
    if (!organizationId || !viewer) return;
    if (req.method === 'DELETE') {
      const changed = await setLogo(em, organizationId, null, viewer.userId, requestId);
      if (!changed) return sendProblem(res, 404, 'NOT_FOUND', 'Organization not found');
      await dropUnused(em, config.uploadDir, changed.previous);
      return sendJson(res, 200, { logoUrl: null });
    }
    if (!(await chargeUpload(em, res, config.uploadLimits, viewer.userId, organizationId))) return;
    const body = await readUploadBody(req, res, Math.min(LOGO_MAX_BYTES, config.uploadMaxBytes));
    if (!body) return;
    const encoded = await reencodeLogo(body);
    if ('refused' in encoded) {
      const status = encoded.refused === 'FILE_TYPE' ? 415 : 422;
      return sendUploadRefusal(res, status, encoded.refused, REFUSALS[encoded.refused], {
        ...(encoded.refused === 'FILE_TYPE' ? { accepted: ['image/png', 'image/jpeg', 'image/webp'] } : {}),
        ...(encoded.refused === 'FILE_DIMENSIONS' ? { maxSide: LOGO_MAX_SIDE } : {}),
      });
    }
    const key = await writeLogoFile(config.uploadDir, encoded.webp);
    const changed = await setLogo(em, organizationId, key, viewer.userId, requestId);
    if (!changed) {
      await dropUnused(em, config.uploadDir, key);
      return sendProblem(res, 404, 'NOT_FOUND', 'Organization not found');
    }
    if (changed.previous !== key) await dropUnused(em, config.uploadDir, changed.previous);
    sendJson(res, 200, { logoUrl: logoUrl(config.publicUrl, key), sizeBytes: encoded.webp.length });
  },
};

export const logoDownloadRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/organization-logos\/([0-9a-f]{64})\.webp$/,
  describe: '/organization-logos/<sha256>.webp',
  public: true,
  async handle({ req, res, params, em, config }) {
    const key = params[0]!;
    const [used] = await sqlRows(em, 'select 1 from organization where logo_key = ? limit 1', [key]);
    if (!used) return sendProblem(res, 404, 'NOT_FOUND', 'Logo not found');
    const file = logoFilePath(config.uploadDir, key);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat?.isFile()) return sendProblem(res, 404, 'NOT_FOUND', 'Logo not found');
    // an image, not a data answer: nothing in it may run, and other sites may show it (the public directory's logos)
    res.removeHeader('content-security-policy');
    res.writeHead(200, {
      'content-type': 'image/webp',
      'content-length': String(stat.size),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cross-origin-resource-policy': 'cross-origin',
      // its name is its content: a new logo has a new address
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${key}"`,
    });
    if (req.method === 'HEAD') return void res.end();
    await pipeline(createReadStream(file), res);
  },
};
