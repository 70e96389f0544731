import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../../src/config.js';
import { modules } from '../../src/modules/index.js';

const EXAMPLE_QUERIES = modules.flatMap((m) => m.examples ?? []);
import { startTestApi, type TestApi } from '../support/api.js';
import { createOrganizations } from '../support/factories.js';

describe('the GraphiQL explorer at /graphql', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await createOrganizations(api.orm, [{}, {}, {}]);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('serves the page to a browser, with its scripts from the API itself and a strict CSP', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toEqual([
      '/graphiql/react.js',
      '/graphiql/react-dom.js',
      '/graphiql/graphiql.js',
      '/graphiql/init.js',
    ]);
    expect(html).not.toMatch(/https?:\/\//);
    for (const src of [...scripts, '/graphiql/graphiql.css']) {
      const asset = await fetch(`${api.url}${src}`);
      expect({ src, status: asset.status }).toEqual({ src, status: 200 });
      expect((await asset.text()).length).toBeGreaterThan(src.endsWith('init.js') ? 100 : 10_000);
    }
  });

  it('offers example queries that the schema accepts and the API answers', async () => {
    // the committed contract (schema:check keeps it equal to the code), built here: under vitest type-graphql's schema
    // object belongs to another copy of graphql
    const schema = buildSchema(fs.readFileSync(path.join(repositoryRoot, 'schema', 'schema.graphql'), 'utf8'));
    for (const example of EXAMPLE_QUERIES) {
      expect({ title: example.title, errors: validate(schema, parse(example.query)).map((e) => e.message) }).toEqual({
        title: example.title,
        errors: [],
      });
      const response = await api.graphql(example.query, example.variables ?? {});
      expect({ title: example.title, errors: response.body.errors }).toEqual({
        title: example.title,
        errors: undefined,
      });
    }
  });

  it('still answers GraphQL GET queries and non-browser GETs', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
    });
    expect(response.headers.get('content-type')).not.toContain('text/html');
  });
});
