/**
 * Trusted documents: the portal's operations, hashed by graphql-codegen (persisted-documents.json, "sha256:<hex>" ->
 * document), are an explicit allow-list the API loads at start. The portal sends `documentId` (the hash) instead of
 * the document; the API puts the document back before Apollo sees the request. Third parties keep sending documents,
 * within the public limits. Unlike automatic persisted queries (off), nobody can add a document from outside.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export type TrustedDocuments = ReadonlyMap<string, string>;

export function loadTrustedDocuments(file: string): TrustedDocuments {
  if (!fs.existsSync(file)) return new Map();
  const entries = Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>);
  for (const [id, document] of entries) {
    // the list is generated, but a hand edit that breaks the pairing would serve one document under another's id
    const expected = `sha256:${createHash('sha256').update(document, 'utf8').digest('hex')}`;
    if (id !== expected) throw new Error(`${file}: ${id} is not the SHA-256 of its document (run pnpm codegen)`);
  }
  return new Map(entries);
}

export type Resolution = { body: unknown } | { unknownId: string };

/** A POST body with `documentId` and no `query` gets its document from the allow-list. */
export function resolveTrustedDocument(body: unknown, documents: TrustedDocuments): Resolution {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { body };
  const request = body as { documentId?: unknown; query?: unknown };
  if (typeof request.documentId !== 'string' || request.query !== undefined) return { body };
  const document = documents.get(request.documentId);
  if (!document) return { unknownId: request.documentId };
  const { documentId: _id, ...rest } = request;
  return { body: { ...rest, query: document } };
}
