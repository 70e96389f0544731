/**
 * Registration evidence files: the body is checked by its first bytes (not by the name or the declared type) and
 * stored on local disk under UPLOAD_DIR with its SHA-256 as its name (the same file twice is stored once), written
 * beside and renamed so that a reader never sees half a file.
 *
 * An upload is "pending" until its organisation submits evidence for verification after it (the audit log's
 * VERIFICATION_SUBMITTED event): pending bytes count against the quotas of the uploader and of the organisation, and a
 * pending upload older than UPLOAD_ORPHAN_HOURS is removed by `pnpm uploads:cleanup` (row and file).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sniffFileType, storedFilePath, writeStoredFile, type StoredFile } from '../../common/files/stored-files.js';
import { sqlRows } from '../../database/sql.js';
import { EVIDENCE_MEDIA_TYPES, type EvidenceMediaType } from './verification-evidence.entity.js';

const EVIDENCE_FOLDER = 'verification-evidence';

/** SQL: the evidence `e` was not followed by a submission of its organisation. */
const PENDING = `not exists (
  select 1 from audit_event a
  where a.subject_id = e.organization_id and a.action = 'VERIFICATION_SUBMITTED' and a.occurred_at >= e.created_at
)`;

const EVIDENCE_TYPES: readonly EvidenceMediaType[] = EVIDENCE_MEDIA_TYPES;

/** The type the bytes are, or undefined when they are none of the accepted ones. */
export function sniffEvidenceType(body: Buffer): EvidenceMediaType | undefined {
  return sniffFileType(body, EVIDENCE_TYPES);
}

export type { StoredFile };

export function writeEvidenceFile(uploadDir: string, body: Buffer): Promise<StoredFile> {
  return writeStoredFile(uploadDir, EVIDENCE_FOLDER, body);
}

export const evidenceFilePath = storedFilePath;

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
