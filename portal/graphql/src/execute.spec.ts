import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, ApiUnavailableError, createExecutor, type TypedDocument } from './execute.js';

/** A real HTTP server standing in for the API's transport behaviours (answers, errors, outages). */
let server: http.Server;
let base: string;
const seen: { headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ headers: req.headers, body });
      if (req.url === '/cookie') {
        res.setHeader('set-cookie', ['shabaka.session_token=t.sig; Path=/; HttpOnly; SameSite=Lax', 'other=1; Path=/']);
        res.end(JSON.stringify({ data: { platform: { version: '1.2.3' } } }));
      } else if (req.url === '/ok') res.end(JSON.stringify({ data: { platform: { version: '1.2.3' } } }));
      else if (req.url === '/unavailable')
        res.writeHead(503, { 'retry-after': '5' }).end(
          JSON.stringify({
            errors: [
              { message: 'database out of reach', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } },
            ],
          }),
        );
      else if (req.url === '/errors')
        res.end(JSON.stringify({ errors: [{ message: 'x not found', extensions: { code: 'NOT_FOUND' } }] }));
      else res.writeHead(502).end('<html>bad gateway</html>');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const doc = { toString: () => 'query Platform { platform { version } }' } as TypedDocument<
  { platform: { version: string } },
  Record<string, never>
>;

describe('execute', () => {
  it("relays the reader's session cookie to the API and the API's Set-Cookie headers back", async () => {
    const received: string[][] = [];
    const execute = createExecutor({
      fetch,
      url: `${base}/cookie`,
      cookie: 'shabaka.session_token=abc.def',
      onSetCookie: (cookies) => received.push(cookies),
    });
    await execute(doc);
    expect(seen.at(-1)!.headers.cookie).toBe('shabaka.session_token=abc.def');
    expect(received).toEqual([['shabaka.session_token=t.sig; Path=/; HttpOnly; SameSite=Lax', 'other=1; Path=/']]);
  });

  it('posts the document with its operation name and request id, and returns the data', async () => {
    const execute = createExecutor({ fetch, url: `${base}/ok`, requestId: 'portal-req-1' });
    expect(await execute(doc)).toEqual({
      platform: { version: '1.2.3' },
    });
    const last = seen.at(-1)!;
    expect(last.headers['x-request-id']).toBe('portal-req-1');
    expect(JSON.parse(last.body)).toMatchObject({ operationName: 'Platform', variables: {} });
  });

  it('sends a trusted document by its hash only, and the browser address and user agent for the API', async () => {
    const trusted = Object.assign(
      { toString: () => 'query Platform { platform { version } }' },
      { __meta__: { hash: 'sha256:abc' } },
    ) as TypedDocument<{ platform: { version: string } }, Record<string, never>>;
    const execute = createExecutor({
      fetch,
      url: `${base}/ok`,
      clientAddress: '198.51.100.7',
      userAgent: 'Mozilla/5.0 Chromium/131.0',
    });
    await execute(trusted);
    const last = seen.at(-1)!;
    expect(JSON.parse(last.body)).toEqual({ documentId: 'sha256:abc', variables: {}, operationName: 'Platform' });
    expect(last.headers['x-forwarded-for']).toBe('198.51.100.7');
    expect(last.headers['x-forwarded-user-agent']).toBe('Mozilla/5.0 Chromium/131.0');
  });

  it('turns top-level GraphQL errors into an ApiError with the code', async () => {
    const execute = createExecutor({ fetch, url: `${base}/errors` });
    const error = await execute(doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('NOT_FOUND');
  });

  it("reports the API's own SERVICE_UNAVAILABLE (its database is out of reach) as ApiUnavailableError", async () => {
    await expect(createExecutor({ fetch, url: `${base}/unavailable` })(doc)).rejects.toBeInstanceOf(
      ApiUnavailableError,
    );
  });

  it('reports a non-GraphQL answer or a refused connection as ApiUnavailableError', async () => {
    await expect(createExecutor({ fetch, url: `${base}/proxy` })(doc)).rejects.toBeInstanceOf(ApiUnavailableError);
    await expect(createExecutor({ fetch, url: 'http://127.0.0.1:1/graphql' })(doc)).rejects.toBeInstanceOf(
      ApiUnavailableError,
    );
  });
});
