/**
 * Files people upload, on local disk under UPLOAD_DIR: checked by their first bytes (never by the name or the
 * declared type), stored in a folder per use with their SHA-256 as their name (the same file twice is stored once),
 * written beside and renamed so that a reader never sees half a file.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export type StoredMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

export const FILE_SIGNATURES: Record<StoredMediaType, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The type the bytes are among those accepted, or undefined. */
export function sniffFileType<T extends StoredMediaType>(body: Buffer, accepted: readonly T[]): T | undefined {
  return accepted.find((type) => FILE_SIGNATURES[type].every((byte, i) => body[i] === byte));
}

export interface StoredFile {
  sha256: Buffer;
  storageKey: string;
}

/** Writes the bytes under UPLOAD_DIR/<folder>/<sha256 hex>; its key, relative to UPLOAD_DIR. */
export async function writeStoredFile(uploadDir: string, folder: string, body: Buffer): Promise<StoredFile> {
  const sha256 = createHash('sha256').update(body).digest();
  const storageKey = path.join(folder, sha256.toString('hex'));
  const file = path.join(uploadDir, storageKey);
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${randomUUID()}.part`;
  await fs.writeFile(partial, body, { mode: 0o600 });
  await fs.rename(partial, file);
  return { sha256, storageKey };
}

export function storedFilePath(uploadDir: string, storageKey: string): string {
  return path.join(uploadDir, storageKey);
}
