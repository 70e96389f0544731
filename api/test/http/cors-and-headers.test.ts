/**
 * CORS (CORS_ORIGINS) on the public surface, and the security headers of every answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

const QUERY = JSON.stringify({ query: '{ __typename }' });

function preflight(api: TestApi, origin: string, path = '/graphql'): Promise<Response> {
  return fetch(`${api.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
}

function post(api: TestApi, origin: string): Promise<Response> {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: QUERY,
  });
}

describe('CORS open to every page (the default)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { PUBLIC_URL: 'https://api.shabaka.example' } });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('answers a preflight for any origin, without credentials', async () => {
    const response = await preflight(api, 'https://data.example.org');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets a page read the answer, its rate limit and request id', async () => {
    const response = await post(api, 'https://data.example.org');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('x-ratelimit-remaining');
    expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const exported = await fetch(`${api.url}/exports/organizations.csv`, { headers: { origin: 'https://x.example' } });
    expect(exported.headers.get('access-control-allow-origin')).toBe('*');
    await exported.arrayBuffer();
  });

  it('sends the security headers, HSTS included behind an https PUBLIC_URL', async () => {
    const response = await post(api, 'https://data.example.org');
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
    });
    const health = await fetch(`${api.url}/healthz`);
    expect(health.headers.get('referrer-policy')).toBe('no-referrer');
    // the explorer's page keeps its own policy, which lets its scripts run
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    await page.text();
  });
});

describe('CORS for listed origins', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { CORS_ORIGINS: 'https://portal.shabaka.example, https://partner.example.org' } });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('lets the listed origins call with credentials, and no other', async () => {
    const listed = await preflight(api, 'https://portal.shabaka.example');
    expect(listed.status).toBe(204);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://portal.shabaka.example');
    expect(listed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(listed.headers.get('vary')).toContain('Origin');

    const other = await preflight(api, 'https://evil.example');
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const read = await post(api, 'https://evil.example');
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    expect(read.headers.get('vary')).toContain('Origin');
  });

  it('leaves requests without an Origin (servers, scripts) as they were', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: QUERY,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
