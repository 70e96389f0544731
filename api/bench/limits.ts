/**
 * `pnpm bench limits`: how the API holds under abusive queries. On the 6,000-organisation bench database, over real
 * HTTP: a normal directory query alone (p50/p95 of 60 sequential requests); each abusive request of the public API
 * issue (depth 50, 1,000 aliases, a 10 MB document, a cost far over the limit) refused, as the same percentiles and
 * their ratio to the normal query; then the normal query again while 4 clients send abusive requests in a loop (the
 * small ones, then all four), and its ratio to the normal query alone. Written to bench/results/limits.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/common/logging/logger.js';
import { loadConfig, repositoryRoot } from '../src/config.js';
import { provisionDatabase } from '../src/database/provision.js';
import { ensureDatabase, percentile, startBenchApi } from './support.js';

const SEQUENTIAL = 60;
const ATTACKERS = 4;

const NORMAL = JSON.stringify({
  query: '{ organizations(first: 20, search: "جمعية") { totalCount edges { node { slug name { ar en } } } } }',
});

function deepQuery(depth: number): string {
  let selection = 'name';
  for (let level = 2; level < depth; level += 1)
    selection = level % 2 ? `type { ${selection} }` : `fields { ${selection} }`;
  return `{ __type(name: "Organization") { ${selection} } }`;
}

const ABUSES: Record<string, { body: string; status: number }> = {
  'depth 50': { body: JSON.stringify({ query: deepQuery(50) }), status: 400 },
  '1,000 aliases': {
    body: JSON.stringify({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    status: 400,
  },
  '10 MB document': { body: JSON.stringify({ query: `{ __typename ${' '.repeat(10 * 1024 * 1024)}}` }), status: 413 },
  'cost 15,000 objects (limit 5,000)': {
    body: JSON.stringify({
      query: `query($n: Int!) { ${'organizations(first: $n) { totalCount } '.repeat(150)}}`,
      variables: { n: 100 },
    }),
    status: 400,
  },
};

async function send(base: string, body: string, status: number): Promise<void> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  await response.arrayBuffer();
  if (response.status !== status) throw new Error(`expected HTTP ${status}, got ${response.status}`);
}

async function percentiles(run: () => Promise<void>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 10; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const config = loadConfig();
const logger = createLogger('warn');
const server = await provisionDatabase(config, logger);
try {
  const url = await ensureDatabase(server.url, 6000);
  // the refusals are measured, not the rate limit that would soon refuse the attackers outright
  const api = await startBenchApi(url, logger, { RATE_LIMIT_ANONYMOUS_POINTS: '10000000' });
  const { base } = api;
  const f = (x: number): string => x.toFixed(1);

  const alone = await percentiles(() => send(base, NORMAL, 200));
  let markdown = `# Abusive queries benchmark\n\nMeasured ${new Date().toISOString()} on ${os.cpus().length} cores, one run, the API over HTTP on 6,000 organisations.
p50/p95 in ms of ${SEQUENTIAL} sequential requests. The normal query is a directory search page of 20
(\`organizations(first: 20, search: "جمعية")\` with totalCount). Ratio = p95 / the normal query's p95 alone.\n
| request | p50 | p95 | p95 ratio |\n|---|---:|---:|---:|\n| normal query, alone | ${f(alone.p50)} | ${f(alone.p95)} | 1.00x |\n`;
  process.stdout.write(`normal alone: p95 ${f(alone.p95)} ms\n`);
  for (const [name, abuse] of Object.entries(ABUSES)) {
    const refused = await percentiles(() => send(base, abuse.body, abuse.status));
    markdown += `| ${name}, refused (HTTP ${abuse.status}) | ${f(refused.p50)} | ${f(refused.p95)} | ${(refused.p95 / alone.p95).toFixed(2)}x |\n`;
    process.stdout.write(`${name}: p95 ${f(refused.p95)} ms\n`);
  }

  // attackers loop over abusive requests while the normal query is measured again: the small documents alone, then
  // with the 10 MB one (whose bytes cost the sending client and the network as much as the API)
  const attack = async (label: string, bodies: { body: string; status: number }[]): Promise<void> => {
    let attacking = true;
    let refusals = 0;
    const started = performance.now();
    const attackers = Array.from({ length: ATTACKERS }, async (_, a) => {
      for (let i = a; attacking; i += 1) {
        const abuse = bodies[i % bodies.length]!;
        await send(base, abuse.body, abuse.status);
        refusals += 1;
      }
    });
    const measured = await percentiles(() => send(base, NORMAL, 200));
    attacking = false;
    await Promise.all(attackers);
    const rate = refusals / ((performance.now() - started) / 1000);
    markdown += `| normal query, while ${ATTACKERS} clients send ${label} in a loop (${rate.toFixed(0)} refusals/s) | ${f(measured.p50)} | ${f(measured.p95)} | ${(measured.p95 / alone.p95).toFixed(2)}x |\n`;
    process.stdout.write(`normal under ${label}: p95 ${f(measured.p95)} ms (${rate.toFixed(0)} refusals/s)\n`);
  };
  const { '10 MB document': large, ...small } = ABUSES;
  await attack('the depth, aliases and cost abuses', Object.values(small));
  await attack('all four abuses, the 10 MB document included', [...Object.values(small), large!]);

  markdown += `\nThe API, the measuring client and the ${ATTACKERS} attacking clients share the same cores. The API answers
the 10 MB document from its Content-Length header, before reading the body, and closes the connection; writing the
10 MB bodies (one attacking request in four) is the attacking clients' work on those same cores.\n`;
  await api.stop();
  const out = path.join(repositoryRoot, 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'limits.md'), markdown);
  process.stdout.write('wrote bench/results/limits.md\n');
} finally {
  await server.stop();
}
