/**
 * The optional response cache in Redis (REDIS_URL, RESPONSE_CACHE_SECONDS): the public's query answers are served
 * again without running a resolver; nothing personal and no error is ever kept; rate limits still count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPerson, signIn } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { createOrganizations } from '../support/factories.js';

const REDIS = { REDIS_URL: 'redis://127.0.0.1:6379/0', RESPONSE_CACHE_SECONDS: '60' };
const COUNT = 'query Count($search: String) { organizations(search: $search) { totalCount } }';

interface Count {
  organizations: { totalCount: number };
}

describe('response cache', () => {
  let api: TestApi;
  let other: TestApi;
  beforeAll(async () => {
    [api, other] = await Promise.all([startTestApi({ env: REDIS }), startTestApi({ env: REDIS })]);
  });
  afterAll(async () => {
    await Promise.all([api.stop(), other.stop()]);
  });

  it("serves the public's answer again without running it, until its time is up", async () => {
    await createOrganizations(api.orm, [{ nameEn: 'Cached Society' }]);
    const variables = { search: 'Cached Society' };
    const first = await api.graphql<Count>(COUNT, variables);
    expect(first.headers.get('x-response-cache')).toBe('miss');
    expect(first.body.data?.organizations.totalCount).toBe(1);

    await createOrganizations(api.orm, [{ nameEn: 'Cached Society Two' }]);
    const { result: second, sql } = await api.statements(() => api.graphql<Count>(COUNT, variables));
    expect(second.headers.get('x-response-cache')).toBe('hit');
    expect(second.body.data).toEqual(first.body.data);
    expect(sql.filter((statement) => statement.includes('organization'))).toEqual([]);

    // the rate limit counts the request all the same
    const remaining = (response: typeof first) =>
      (response.body as { extensions: { rateLimit: { remaining: number } } }).extensions.rateLimit.remaining;
    expect(remaining(second)).toBe(remaining(first) - 1);

    // another operation name or other variables are other answers
    const fresh = await api.graphql<Count>(COUNT, { search: 'Cached Society Two' });
    expect(fresh.headers.get('x-response-cache')).toBe('miss');
    expect(fresh.body.data?.organizations.totalCount).toBe(1);
  });

  it('keeps nothing for a signed-in person, nor an answer with errors', async () => {
    const person = await createTestPerson(api, { name: 'Signed In' });
    const cookie = await signIn(api, person.email, person.password);
    const variables = { search: 'Personal' };
    await createOrganizations(api.orm, [{ nameEn: 'Personal One' }]);
    const signedIn = await api.graphql<Count>(COUNT, variables, { headers: { cookie } });
    expect(signedIn.headers.get('x-response-cache')).toBeNull();
    await createOrganizations(api.orm, [{ nameEn: 'Personal Two' }]);
    const again = await api.graphql<Count>(COUNT, variables, { headers: { cookie } });
    expect(again.body.data?.organizations.totalCount).toBe(2);

    const failing = 'query Bad { organizations(first: 101) { totalCount } }';
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await api.graphql(failing);
      expect(response.headers.get('x-response-cache')).toBe('miss');
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('never shares answers between two deployments on one Redis (each has its own database)', async () => {
    await createOrganizations(other.orm, [{ nameEn: 'Elsewhere' }, { nameEn: 'Elsewhere Again' }]);
    await createOrganizations(api.orm, [{ nameEn: 'Elsewhere' }]);
    const variables = { search: 'Elsewhere' };
    expect((await api.graphql<Count>(COUNT, variables)).body.data?.organizations.totalCount).toBe(1);
    const there = await other.graphql<Count>(COUNT, variables);
    expect(there.headers.get('x-response-cache')).toBe('miss');
    expect(there.body.data?.organizations.totalCount).toBe(2);
  });

  it('counts hits and misses for Prometheus', async () => {
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).toMatch(/shabaka_response_cache_total\{outcome="hit"\} [1-9]/);
    expect(text).toMatch(/shabaka_response_cache_total\{outcome="miss"\} [1-9]/);
  });
});
