import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestPerson, signIn } from '../support/accounts.js';

describe('/metrics and HTTP caching', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('exposes request counts, latency, GraphQL errors and the database pool to Prometheus', async () => {
    await api.graphql('{ __typename }');
    await api.graphql('{ organization(id: "bm9wZQ") { slug } }');
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/shabaka_http_requests_total\{path="\/graphql",status="2xx"\} [1-9]/);
    expect(text).toMatch(/shabaka_http_request_duration_seconds_bucket\{le="0\.1",path="\/graphql"\}/);
    expect(text).toMatch(/shabaka_graphql_errors_total\{code="[A-Z_]+"\} [1-9]/);
    expect(text).toMatch(/shabaka_db_pool_connections\{state="idle"\} \d+/);
    expect(text).toContain('shabaka_process_cpu_seconds_total');
  });

  it('lets shared caches keep anonymous GET queries for a minute, and nothing else', async () => {
    const get = (headers: Record<string, string> = {}) =>
      fetch(`${api.url}/graphql?query=${encodeURIComponent('{ governorates { code } }')}`, {
        headers: { 'apollo-require-preflight': 'true', ...headers },
      });
    const anonymous = await get();
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=60');
    expect(anonymous.headers.get('vary')).toContain('Cookie');
    const person = await createTestPerson(api);
    const cookie = await signIn(api, person.email, person.password);
    expect((await get({ cookie })).headers.get('cache-control')).toBe('private, no-store');
    const post = await api.graphql('{ governorates { code } }');
    expect(post.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('/metrics access', () => {
  const token = 'metrics-token-for-the-test-only-0123456789';

  it('needs METRICS_TOKEN as a Bearer token when it is set', async () => {
    // given an API with a metrics token
    const api = await startTestApi({ env: { METRICS_TOKEN: token } });
    try {
      // then Prometheus with the token reads it, and nobody else
      expect((await fetch(`${api.url}/metrics`)).status).toBe(401);
      const wrong = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${token}x` } });
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
      const right = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('shabaka_http_requests_total');
    } finally {
      await api.stop();
    }
  });

  it('is not served in production without a token', async () => {
    // given a production API without METRICS_TOKEN
    const api = await startTestApi({
      env: { NODE_ENV: 'production', AUTH_SECRET: 'a-production-secret-of-at-least-32-chars', LOG_LEVEL: 'silent' },
    });
    try {
      // then /metrics answers as if it did not exist
      expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    } finally {
      await api.stop();
    }
  });
});
