/**
 * The probes of graphql-cop (a security auditor for GraphQL endpoints), ported as tests over HTTP, and the limits of
 * operation-limits.ts: each abusive request is refused with a 4xx and a code, never a 500.
 */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

async function post(api: TestApi, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: () =>
      JSON.parse(text) as { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown },
  };
}

describe('operation limits and graphql-cop probes', () => {
  let api: TestApi;
  beforeAll(async () => {
    // far longer than a request takes to reach its first statement (milliseconds), even on a loaded machine: the
    // timeout test must see its statement waiting before the timeout strikes
    api = await startTestApi({ env: { EXECUTION_TIMEOUT_MS: '5000' } });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('refuses 101 aliases (alias overloading) with the limit and the measured value', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ');
    const response = await post(api, { query: `{ ${aliases} }` });
    expect(response.status).toBe(400);
    expect(response.json().errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_ALIASES',
      limit: { name: 'aliases', max: 30, measured: 101 },
    });
  });

  it('refuses a field repeated 500 times (field duplication)', async () => {
    const response = await post(api, { query: `{ ${'__typename '.repeat(500)} }` });
    expect(response.status).toBe(400);
    expect(response.json().errors?.[0]?.extensions?.code).toBe('TOO_MANY_FIELDS');
  });

  it('refuses a circular introspection query, and answers the standard introspection query', async () => {
    const circular = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }`;
    const refused = await post(api, { query: circular });
    // graphql-js's own introspection depth rule refuses it first (the depth limit is measured in operation-limits.spec)
    expect(refused.status).toBe(400);
    expect(refused.json().errors?.[0]?.message).toBe('Maximum introspection depth exceeded');
    const standard = await post(api, { query: getIntrospectionQuery() });
    expect(standard.status).toBe(200);
    expect(standard.json().errors).toBeUndefined();
  });

  it('refuses 10 repeated directives', async () => {
    const response = await post(api, { query: `{ __typename ${'@include(if: true)'.repeat(10)} }` });
    expect(response.status).toBe(400);
    expect(response.text).not.toContain('Internal server error');
  });

  it('refuses 100 unknown directives with one error naming the limit', async () => {
    // given a document with 100 directives the schema does not know
    const response = await post(api, { query: `{ __typename ${'@aa '.repeat(100)} }` });
    // then one refusal says which limit it exceeds, rather than an error per directive
    expect(response.status).toBe(400);
    const errors = response.json().errors ?? [];
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('refuses a batch of 11 operations', async () => {
    const response = await post(
      api,
      Array.from({ length: 11 }, () => ({ query: '{ __typename }' })),
    );
    expect(response.status).toBe(400);
  });

  it('refuses a document over 5,000 tokens with a 400, not a 500', async () => {
    const response = await post(api, { query: `{ ${'__typename '.repeat(5001)} }` });
    expect(response.status).toBe(400);
    expect(response.json().errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a mutation over GET and a url-encoded POST without a preflight header (CSRF)', async () => {
    const get = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('mutation { sessionDelete { userErrors { code } } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(get.status).toBe(405);
    const form = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/CSRF|preflight/i);
  });

  it('does not take automatic persisted queries (any client could register any document)', async () => {
    const response = await post(api, {
      extensions: {
        persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' },
      },
    });
    expect(response.text).toContain('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('answers a plain GET query without cookies, and refuses one that carries cookies without a preflight header', async () => {
    // given a third party's plain GET, as curl sends it
    const plain = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    // then it is answered
    expect(plain.status).toBe(200);
    expect(((await plain.json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
    // and a GET that a browser could send from another site with someone's cookies is refused
    const withCookie = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ viewer { email } }')}`, {
      headers: { cookie: 'shabaka.session_token=anything' },
    });
    expect(withCookie.status).toBe(400);
    expect(await withCookie.text()).toMatch(/CSRF|preflight/i);
  });

  it('answers a query over GET (with a preflight header)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: unknown; extensions: { rateLimit: { cost: number } } };
    expect(body.data).toEqual({ __typename: 'Query' });
    expect(body.extensions.rateLimit.cost).toBe(1);
  });

  it('stops waiting for an operation at the execution timeout with a TIMEOUT error', async () => {
    // given the directory table locked by another transaction, a listing cannot finish
    const knex = api.orm.em.getKnex();
    const release = await new Promise<() => Promise<void>>((resolve, reject) => {
      knex
        .transaction(async (trx) => {
          await trx.raw('lock table organization_search in access exclusive mode');
          await new Promise<void>((done) =>
            resolve(() => {
              done();
              return Promise.resolve();
            }),
          );
        })
        .catch(reject);
    });
    const waiting = async (): Promise<number> => {
      const result = await knex.raw<{ rows: { n: number }[] }>(
        `select count(*)::int as n from pg_stat_activity
         where datname = current_database() and state = 'active' and wait_event_type = 'Lock'`,
      );
      return result.rows[0]!.n;
    };
    try {
      const pending = post(api, { query: '{ organizations(first: 1) { totalCount } }' });
      await expect.poll(waiting).toBe(1);
      const response = await pending;
      expect(response.status).toBe(503);
      expect(response.json().errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT' });
      // and its statement stops waiting in PostgreSQL (cancelled once the answer is out), though the lock is still held
      await expect.poll(waiting).toBe(0);
      await expect
        .poll(() => api.logs.find((line) => line.msg === 'operation stopped at the execution timeout'))
        .toMatchObject({ cancelledStatements: 1 });
    } finally {
      await release();
    }
  });
});

describe('error details in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { NODE_ENV: 'production', AUTH_SECRET: 'p'.repeat(40) } });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('gives no "Did you mean" suggestions', async () => {
    const response = await post(api, { query: '{ organizatons(first: 1) { totalCount } }' });
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/Did you mean/);
  });
});
