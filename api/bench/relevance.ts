/**
 * `pnpm bench relevance`: the relevance set (src/modules/directory/seed/relevance-set.ts) over the 300 demo
 * organisations, through the API over HTTP, with what a reader expects beside what the search found (recall: the
 * share of the expected found; precision: the share of the found expected). For comparison, the same searches
 * with PostgreSQL's Snowball Arabic stemmer (`arabic` configuration) over the raw names and missions, the other
 * way to match attached clitics. Written to bench/results/relevance.md.
 *
 * Database `shabaka_bench_relevance` on the server DATABASE_URL names (else the embedded one) is created, migrated
 * and filled with the demo organisations the first time.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createLogger } from '../src/common/logging/logger.js';
import { loadConfig, repositoryRoot } from '../src/config.js';
import { openDatabase } from '../src/database/database.js';
import { provisionDatabase } from '../src/database/provision.js';
import { insertOrganizations } from '../src/modules/directory/organization.bulk.js';
import { DEMO_ORGANIZATIONS, DEMO_SEED } from '../src/modules/directory/seed/demo-seed.js';
import { generateOrganization } from '../src/modules/directory/seed/organization-generator.js';
import { RELEVANCE_SET } from '../src/modules/directory/seed/relevance-set.js';
import { startBenchApi } from './support.js';

const SEARCH = /* GraphQL */ `
  query Relevance($search: String, $after: String) {
    organizations(first: 100, search: $search, after: $after) {
      edges {
        cursor
        node {
          slug
        }
      }
    }
  }
`;

const demo = Array.from({ length: DEMO_ORGANIZATIONS }, (_, i) => generateOrganization(DEMO_SEED, i));

async function ensureDemoDatabase(adminUrl: string): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = '/shabaka_bench_relevance';
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  const exists = (await admin.query(`select 1 from pg_database where datname = 'shabaka_bench_relevance'`)).rowCount;
  if (!exists) await admin.query('create database shabaka_bench_relevance');
  await admin.end();
  const orm = await openDatabase({ url: url.toString(), poolMax: 2, migrate: true, logger: createLogger('warn') });
  const knex = orm.em.getKnex();
  const [{ n }] = (await knex('organization').count({ n: '*' })) as [{ n: string }];
  if (Number(n) === 0) await knex.transaction((trx) => insertOrganizations(trx, demo));
  await orm.close(true);
  return url.toString();
}

interface Score {
  found: number;
  recall: number;
  precision: number;
}

/** The search as shown in the report: invisible format characters written as escapes. */
const shown = (search: string): string =>
  `\`${search.replace(/\p{Cf}/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)}\``;

function score(found: string[], expected: Set<string>): Score {
  const hits = found.filter((slug) => expected.has(slug)).length;
  return {
    found: found.length,
    recall: expected.size === 0 ? (found.length === 0 ? 1 : 0) : hits / expected.size,
    precision: found.length === 0 ? (expected.size === 0 ? 1 : 0) : hits / found.length,
  };
}

const config = loadConfig();
const logger = createLogger('warn');
const server = await provisionDatabase(config, logger);
const percent = (x: number): string => `${Math.round(x * 100)}%`;
let markdown = `# Search relevance\n\nMeasured ${new Date().toISOString()} over the ${DEMO_ORGANIZATIONS} demo organisations: the relevance set's searches
through the API (\`organizations(search)\`, every page), and the same words matched with PostgreSQL's Snowball Arabic stemmer
(\`to_tsvector('arabic', names and missions) @@ plainto_tsquery('arabic', search)\`: stemming alone, without the API's prefix and
typo stages, so compare it on the rows about attached clitics, hamza seats and ة typed as ه). Recall: share of the expected organisations
found; precision: share of those found that were expected.\n
| search | expected | API found | API recall | API precision | Snowball found | Snowball recall | Snowball precision |
|---|---:|---:|---:|---:|---:|---:|---:|
`;
try {
  const url = await ensureDemoDatabase(server.url);
  const running = await startBenchApi(url, logger, { RATE_LIMIT_ANONYMOUS_POINTS: '10000000' });
  const client = new pg.Client(url);
  await client.connect();
  const totals = { api: { recall: 0, precision: 0 }, snowball: { recall: 0, precision: 0 } };
  try {
    for (const c of RELEVANCE_SET) {
      const expected = new Set(demo.filter(c.expects).map((o) => o.slug));
      const found: string[] = [];
      for (let after: string | null = null; ;) {
        const response = await fetch(`${running.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: SEARCH, variables: { search: c.search, after } }),
        });
        const body = (await response.json()) as {
          data: { organizations: { edges: { cursor: string; node: { slug: string } }[] } };
          errors?: unknown;
        };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        const edges = body.data.organizations.edges;
        found.push(...edges.map((e) => e.node.slug));
        if (edges.length < 100) break;
        after = edges.at(-1)!.cursor;
      }
      const snowball = (
        await client.query<{ slug: string }>(
          `select slug from organization
           where to_tsvector('arabic', concat_ws(' ', name_ar, name_en, acronym, mission_ar, mission_en))
                 @@ plainto_tsquery('arabic', $1)`,
          [c.search],
        )
      ).rows.map((r) => r.slug);
      const api = score(found, expected);
      const snow = score(snowball, expected);
      totals.api.recall += api.recall;
      totals.api.precision += api.precision;
      totals.snowball.recall += snow.recall;
      totals.snowball.precision += snow.precision;
      markdown += `| ${shown(c.search)} | ${expected.size} | ${api.found} | ${percent(api.recall)} | ${percent(api.precision)} | ${snow.found} | ${percent(snow.recall)} | ${percent(snow.precision)} |\n`;
      process.stdout.write(
        `${shown(c.search)}: expected ${expected.size}, API ${api.found} (recall ${percent(api.recall)}, precision ${percent(api.precision)}), Snowball ${snow.found} (recall ${percent(snow.recall)}, precision ${percent(snow.precision)})\n`,
      );
    }
    const n = RELEVANCE_SET.length;
    markdown += `| **mean** | | | **${percent(totals.api.recall / n)}** | **${percent(totals.api.precision / n)}** | | **${percent(totals.snowball.recall / n)}** | **${percent(totals.snowball.precision / n)}** |\n`;
  } finally {
    await client.end();
    await running.stop();
  }
} finally {
  await server.stop();
}
const out = path.join(repositoryRoot, 'bench', 'results');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'relevance.md'), markdown);
process.stdout.write('wrote bench/results/relevance.md\n');
