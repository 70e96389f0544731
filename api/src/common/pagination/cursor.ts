import { BadUserInputError } from '../errors/api-errors.js';

/**
 * Opaque cursors: base64url of a small JSON object. `kind` ties a cursor to the ordering that made it, so a cursor
 * from another ordering (or a hand-made one) is refused with a clear error instead of giving a wrong page.
 */
export function encodeCursor(kind: string, payload: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify({ k: kind, ...payload }), 'utf8').toString('base64url');
}

export function decodeCursor(argument: string, cursor: string, kind: string): Record<string, unknown> {
  let decoded: unknown;
  try {
    if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('shape');
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError(argument, 'is not a cursor returned by this API');
  }
  if (typeof decoded !== 'object' || decoded === null || (decoded as { k?: unknown }).k !== kind) {
    throw new BadUserInputError(argument, 'belongs to another ordering or list: start again from the first page');
  }
  return decoded as Record<string, unknown>;
}

/** The kind a cursor claims, without checking it (undefined when it is not a cursor of this API). */
export function cursorKind(cursor: string): string | undefined {
  try {
    if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const kind = typeof decoded === 'object' && decoded !== null ? (decoded as { k?: unknown }).k : undefined;
    return typeof kind === 'string' ? kind : undefined;
  } catch {
    return undefined;
  }
}
