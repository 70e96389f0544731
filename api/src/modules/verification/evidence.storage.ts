/**
 * Registration evidence files: the body is checked by its first bytes (not by the name or the declared type) and
 * stored on local disk under UPLOAD_DIR with its SHA-256 as its name (the same file twice is stored once), written
 * beside and renamed so that a reader never sees half a file.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceMediaType } from './verification-evidence.entity.js';

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
  const storageKey = path.join('verification-evidence', sha256.toString('hex'));
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
