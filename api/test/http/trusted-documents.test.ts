import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

describe('trusted documents (the portal sends hashes)', () => {
  let api: TestApi;
  let documents: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    documents = JSON.parse(fs.readFileSync(api.config.trustedDocumentsFile, 'utf8')) as Record<string, string>;
  });
  afterAll(async () => {
    await api.stop();
  });

  const post = (body: unknown) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it("knows every operation of the portal's allow-list by its hash", async () => {
    expect(Object.keys(documents).length).toBeGreaterThan(0);
    for (const [documentId, document] of Object.entries(documents)) {
      // given no variables: every document is found; queries without required variables (lists included) also run
      const response = await post({ documentId, variables: {} });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect({ document, found: !codes.includes('PERSISTED_DOCUMENT_NOT_FOUND') }).toEqual({ document, found: true });
      if (document.startsWith('query') && !/:\s*\[?[A-Za-z]+!?\]?!/.test(document.slice(0, document.indexOf('{')))) {
        // queries without required variables run (officers' queries answer that a sign-in is needed)
        expect({ document, status: response.status, codes: codes.filter((c) => c !== 'UNAUTHENTICATED') }).toEqual({
          document,
          status: 200,
          codes: [],
        });
      }
    }
  });

  it('refuses an unknown hash with a code, and still answers third parties who send the document', async () => {
    const unknown = await post({ documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PERSISTED_DOCUMENT_NOT_FOUND',
    );
    const document = await post({ query: '{ platform { version } }' });
    expect(document.status).toBe(200);
  });
});
