/**
 * Organisation logos (issue 13 item 34). An upload is trusted for nothing: its type is recognised by its first bytes
 * (PNG, JPEG or WebP, whatever its name or declared type), its size and its pixels are bounded before it is decoded,
 * and it is decoded and re-encoded by sharp (libvips) into a new WebP of at most 512 × 512 pixels that carries none of
 * the original's metadata (EXIF, GPS position, XMP, ICC comments), nor anything an image viewer would not draw. Only
 * the re-encoded file is stored, under UPLOAD_DIR/organization-logos with its SHA-256 as its name (the same logo is
 * stored once), written beside and renamed so that a reader never sees half a file.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const LOGO_FOLDER = 'organization-logos';

/** The largest logo file accepted (bytes). */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** The largest logo accepted, in pixels per side and in all (a small file can declare a huge image). */
export const LOGO_MAX_SIDE = 4096;
export const LOGO_MAX_PIXELS = 16_000_000;
/** The stored logo fits in this square. */
export const LOGO_STORED_SIDE = 512;

export type LogoSourceType = 'image/png' | 'image/jpeg' | 'image/webp';

/** The type the bytes are, or undefined when they are none of the accepted ones (SVG, GIF, HTML... are refused). */
export function sniffLogoType(body: Buffer): LogoSourceType | undefined {
  const starts = (bytes: number[], at = 0) => bytes.every((byte, i) => body[at + i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF....WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return undefined;
}

export type LogoRefusal = 'FILE_TYPE' | 'FILE_DIMENSIONS' | 'FILE_UNREADABLE';

/** The logo re-encoded as WebP, or why it is refused. */
export async function reencodeLogo(body: Buffer): Promise<{ webp: Buffer } | { refused: LogoRefusal }> {
  const type = sniffLogoType(body);
  if (!type) return { refused: 'FILE_TYPE' };
  const format = type.slice('image/'.length);
  try {
    // the header is read first: its declared size is checked before any pixel is decoded
    const meta = await sharp(body, { limitInputPixels: LOGO_MAX_PIXELS, failOn: 'error' }).metadata();
    // the decoder must agree with the sniffed type (a PNG signature in front of something else is refused)
    if (meta.format !== format) return { refused: 'FILE_TYPE' };
    const width = meta.width ?? 0;
    const height = meta.height ?? 0;
    if (
      width < 1 ||
      height < 1 ||
      width > LOGO_MAX_SIDE ||
      height > LOGO_MAX_SIDE ||
      width * height > LOGO_MAX_PIXELS
    ) {
      return { refused: 'FILE_DIMENSIONS' };
    }
    const webp = await sharp(body, { limitInputPixels: LOGO_MAX_PIXELS, failOn: 'error', animated: false })
      .rotate() // applies the EXIF orientation, which is then dropped with the rest of the metadata
      .resize(LOGO_STORED_SIDE, LOGO_STORED_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 90 })
      .toBuffer();
    return { webp };
  } catch {
    // truncated, corrupt, or over the pixel limit as the decoder counts
    return { refused: 'FILE_UNREADABLE' };
  }
}

/** Writes the re-encoded logo; answers its key (SHA-256, hex). */
export async function writeLogoFile(uploadDir: string, webp: Buffer): Promise<string> {
  const key = createHash('sha256').update(webp).digest('hex');
  const file = logoFilePath(uploadDir, key);
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${randomUUID()}.part`;
  await fs.writeFile(partial, webp, { mode: 0o600 });
  await fs.rename(partial, file);
  return key;
}

export function logoFilePath(uploadDir: string, key: string): string {
  return path.join(uploadDir, LOGO_FOLDER, `${key}.webp`);
}

/** The public address of a stored logo. */
export function logoUrl(publicUrl: string, key: string): string {
  return `${publicUrl}/organization-logos/${key}.webp`;
}

/** Removes a logo file no organisation uses any more (after its change is committed). */
export async function removeLogoFile(uploadDir: string, key: string): Promise<void> {
  await fs.rm(logoFilePath(uploadDir, key), { force: true });
}
