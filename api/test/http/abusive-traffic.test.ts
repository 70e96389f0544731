/**
 * The "done when": abusive queries (depth 50, 1,000 aliases, a 10 MB document, a cost far over the limit)
 * are refused with clear errors, before any resolver reads the database, while normal traffic sent at the same
 * time is answered in full. How fast the refusals are is a benchmark's business (`pnpm bench`), not a test's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { createOrganizations } from '../support/factories.js';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(api: TestApi, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** `__type { fields { type { fields { type ... } } } }`: `depth` levels of valid fields. */
function deepQuery(depth: number): string {
  let selection = 'name';
  for (let level = 2; level < depth; level += 1)
    selection = level % 2 ? `type { ${selection} }` : `fields { ${selection} }`;
  return `{ __type(name: "Organization") { ${selection} } }`;
}

/**
 * Today's contract has no cycle outside introspection and no connection inside another, so the deepest and the
 * costliest documents a client can write are these: introspection nested 50 deep (graphql-js's introspection rule
 * refuses it during validation, before QUERY_TOO_DEEP would), and one connection repeated (the count cannot know
 * that execution will merge the copies). operation-limits.spec.ts measures nested connections on a schema that has
 * them.
 */
const ABUSES: Record<string, { body: string; status: number; code: string; message?: RegExp }> = {
  'depth 50': {
    body: JSON.stringify({ query: deepQuery(50) }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Maximum introspection depth exceeded/,
  },
  '1,000 aliases': {
    body: JSON.stringify({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    status: 400,
    code: 'TOO_MANY_ALIASES',
  },
  'a 10 MB document': {
    body: JSON.stringify({ query: `{ __typename ${' '.repeat(10 * 1024 * 1024)}}` }),
    status: 413,
    code: 'REQUEST_TOO_LARGE',
  },
  'a cost far over the limit (15,000 objects)': {
    body: JSON.stringify({
      query: `query($n: Int!) { ${'organizations(first: $n) { totalCount } '.repeat(150)}}`,
      variables: { n: 100 },
    }),
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
};

const NORMAL = JSON.stringify({ query: '{ organizations(first: 5) { totalCount edges { node { slug } } } }' });

describe('abusive traffic', () => {
  let api: TestApi;
  beforeAll(async () => {
    // generous budgets: this test is about the operation limits, not the rate limits
    api = await startTestApi({ env: { RATE_LIMIT_ANONYMOUS_POINTS: '1000000' } });
    await createOrganizations(
      api.orm,
      Array.from({ length: 12 }, (_, i) => ({ nameEn: `Steady ${i}` })),
    );
  });
  afterAll(async () => {
    await api.stop();
  });

  for (const [name, abuse] of Object.entries(ABUSES)) {
    it(`refuses ${name} with ${abuse.code}, before a resolver reads the database`, async () => {
      const { result, sql } = await api.statements(() => post(api, abuse.body));
      expect(result.status).toBe(abuse.status);
      expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: abuse.code });
      if (abuse.message) expect(result.body.errors?.[0]?.message).toMatch(abuse.message);
      expect(result.body.data ?? null).toBeNull();
      expect(sql.filter((statement) => /\borganization/.test(statement))).toEqual([]);
      if (abuse.code.startsWith('QUERY_TOO') || abuse.code.startsWith('TOO_MANY')) {
        const { max, measured } = result.body.errors![0]!.extensions!.limit as { max: number; measured: number };
        expect(measured).toBeGreaterThan(max);
      }
    });
  }

  it('answers normal queries in full while the abusive ones arrive at the same time', async () => {
    const requests = Array.from({ length: 5 }, () => [
      ...Object.values(ABUSES).map((abuse) => post(api, abuse.body).then((answer) => ({ abuse, answer }))),
      post(api, NORMAL).then((answer) => ({ abuse: undefined, answer })),
    ]).flat();
    const answers = await Promise.all(requests);
    const normal = answers.filter(({ abuse }) => !abuse);
    expect(normal).toHaveLength(5);
    for (const { answer } of normal) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toMatchObject({ organizations: { totalCount: 12 } });
    }
    for (const { abuse, answer } of answers.filter(({ abuse }) => abuse)) {
      expect(answer.status).toBe(abuse!.status);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe(abuse!.code);
    }
  });
});
