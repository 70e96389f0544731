/**
 * Registration evidence: a PDF or image an organisation submits for verification. The body is checked by its first
 * bytes (not by the name or the declared type), limited in size, stored on local disk under UPLOAD_DIR by default
 * with its SHA-256 (which is also its file name: the same file twice is stored once), and recorded with who
 * uploaded it for which organisation.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from '@mikro-orm/postgresql';
import { knexRows } from '../../database/sql.js';

export const EVIDENCE_TYPES = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
} as const;
export type EvidenceType = keyof typeof EVIDENCE_TYPES;

/** The type the bytes are, or undefined when they are none of the accepted ones. */
export function sniffEvidenceType(body: Buffer): EvidenceType | undefined {
  for (const [type, magic] of Object.entries(EVIDENCE_TYPES) as [EvidenceType, readonly number[]][]) {
    if (magic.every((byte, i) => body[i] === byte)) return type;
  }
  return undefined;
}

export interface StoredEvidence {
  id: string;
  mediaType: EvidenceType;
  sizeBytes: number;
  sha256: string;
}

export async function storeEvidence(
  knex: Knex,
  uploadDir: string,
  { organizationId, userId, body }: { organizationId: string; userId: string; body: Buffer },
): Promise<StoredEvidence | { problem: string }> {
  const mediaType = sniffEvidenceType(body);
  if (!mediaType) return { problem: 'the file must be a PDF, PNG or JPEG document' };
  const sha256 = createHash('sha256').update(body).digest();
  const key = path.join('verification-evidence', sha256.toString('hex'));
  const file = path.join(uploadDir, key);
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // written beside, then renamed: a reader never sees half a file
  const partial = `${file}.${randomUUID()}.part`;
  await fs.writeFile(partial, body, { mode: 0o600 });
  await fs.rename(partial, file);
  const id = randomUUID();
  await knexRows(
    knex,
    `insert into verification_evidence (id, organization_id, uploaded_by, media_type, size_bytes, sha256, storage_key)
     values (?, ?, ?, ?, ?, ?, ?)`,
    [id, organizationId, userId, mediaType, body.length, sha256, key],
  );
  return { id, mediaType, sizeBytes: body.length, sha256: sha256.toString('hex') };
}
