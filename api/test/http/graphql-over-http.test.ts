/**
 * The GraphQL-over-HTTP specification, checked by the graphql-http package's server audits against the running API.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('passes every MUST and SHOULD audit', async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: () => `${api.url}/graphql`, fetchFn: fetch })) {
      if (!audit.name.startsWith('MUST') && !audit.name.startsWith('SHOULD')) continue;
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it('passes the MAY audits of GET requests too (a plain GET query without cookies is answered)', async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: () => `${api.url}/graphql`, fetchFn: fetch })) {
      if (!audit.name.startsWith('MAY') || !audit.name.includes('GET')) continue;
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});
