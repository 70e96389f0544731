/**
 * Registration evidence files: the body is checked by its first bytes (not by the name or the declared type) and
 * stored on local disk under UPLOAD_DIR with its SHA-256 as its name (the same file twice is stored once), written
 * beside and renamed so that a reader never sees half a file.
 *
 * An upload is "pending" until its organisation submits evidence for verification after it (the audit log's
 * VERIFICATION_SUBMITTED event): pending bytes count against the quotas of the uploader and of the organisation, and a
 * pending upload older than UPLOAD_ORPHAN_HOURS is removed by `pnpm uploads:cleanup` (row and file).
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../../database/sql.js';
import type { EvidenceMediaType } from './verification-evidence.entity.js';

const EVIDENCE_FOLDER = 'verification-evidence';

/** SQL: the evidence `e` was not followed by a submission of its organisation. */
const PENDING = `not exists (
  select 1 from audit_event a
  where a.subject_id = e.organization_id and a.action = 'VERIFICATION_SUBMITTED' and a.occurred_at >= e.created_at
)`;

export const EVIDENCE_SIGNATURES: Record<EvidenceMediaType, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The type the bytes are, or undefined when they are none of the accepted ones. */
export function sniffEvidenceType(body: Buffer): EvidenceMediaType | undefined {
  for (const [type, magic] of Object.entries(EVIDENCE_SIGNATURES) as [EvidenceMediaType, readonly number[]][]) {
    if (magic.every((byte, i) => body[i] === byte)) return type;
  }
  return undefined;
}

export interface StoredFile {
  sha256: Buffer;
  storageKey: string;
}

export async function writeEvidenceFile(uploadDir: string, body: Buffer): Promise<StoredFile> {
  const sha256 = createHash('sha256').update(body).digest();
  const storageKey = path.join(EVIDENCE_FOLDER, sha256.toString('hex'));
  const file = path.join(uploadDir, storageKey);
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${randomUUID()}.part`;
  await fs.writeFile(partial, body, { mode: 0o600 });
  await fs.rename(partial, file);
  return { sha256, storageKey };
}

export function evidenceFilePath(uploadDir: string, storageKey: string): string {
  return path.join(uploadDir, storageKey);
}

export function evidenceFileName(id: string, mediaType: EvidenceMediaType): string {
  const extension = mediaType === 'application/pdf' ? 'pdf' : mediaType === 'image/png' ? 'png' : 'jpg';
  return `evidence-${id}.${extension}`;
}

/**
 * Takes the upload quota locks of an organisation and a person for the transaction of `em` (always in this order, so
 * two uploads never wait on each other crosswise): uploads at once are counted one after the other.
 */
export async function lockUploadQuota(em: EntityManager, organizationId: string, userId: string): Promise<void> {
  // advisory locks: there is no row to lock before the first upload
  await sqlRows(em, 'select pg_advisory_xact_lock(hashtext(?)), pg_advisory_xact_lock(hashtext(?))', [
    `evidence-quota:organization:${organizationId}`,
    `evidence-quota:person:${userId}`,
  ]);
}

/** Bytes uploaded and not yet submitted, by the organisation's members and by the person. */
export async function pendingUploadBytes(
  em: EntityManager,
  organizationId: string,
  userId: string,
): Promise<{ organization: number; person: number }> {
  // an aggregate over a condition on the audit log: one statement
  const [row] = await sqlRows<{ organization: string; person: string }>(
    em,
    `select coalesce(sum(e.size_bytes) filter (where e.organization_id = ?), 0) as organization,
            coalesce(sum(e.size_bytes) filter (where e.uploaded_by = ?), 0) as person
     from verification_evidence e
     where (e.organization_id = ? or e.uploaded_by = ?) and ${PENDING}`,
    [organizationId, userId, organizationId, userId],
  );
  return { organization: Number(row?.organization ?? 0), person: Number(row?.person ?? 0) };
}

/**
 * Removes the evidence never submitted that was uploaded before `cutoff` (its rows), then every file of the evidence
 * folder written before `cutoff` that no row names any more (those rows' files, and those of uploads refused or
 * interrupted after the file was written). The same content uploaded again is written again (a new modification
 * time), so it is never taken for an old file.
 */
export async function removeOrphanedEvidence(
  em: EntityManager,
  uploadDir: string,
  cutoff: Date,
): Promise<{ rows: number; files: number }> {
  // a bulk delete on a condition over the audit log: one statement
  const removed = await sqlRows<{ storage_key: string }>(
    em,
    `delete from verification_evidence e where e.created_at < ? and ${PENDING} returning e.storage_key`,
    [cutoff],
  );
  const folder = path.join(uploadDir, EVIDENCE_FOLDER);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const kept = new Set(
    (
      await sqlRows<{ storage_key: string }>(
        em,
        'select distinct storage_key from verification_evidence where storage_key = any(?)',
        [names.map((name) => path.join(EVIDENCE_FOLDER, name))],
      )
    ).map((row) => row.storage_key),
  );
  let files = 0;
  for (const name of names) {
    const file = path.join(folder, name);
    if (kept.has(path.join(EVIDENCE_FOLDER, name))) continue;
    // a file written since the cutoff may be an upload under way (its row is not there yet): it stays
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat?.isFile() || stat.mtime >= cutoff) continue;
    await fs.rm(file, { force: true });
    files += 1;
  }
  return { rows: removed.length, files };
}
