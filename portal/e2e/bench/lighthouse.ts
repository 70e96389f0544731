/**
 * Lighthouse (12.2.x, mobile: a mid-range phone on a slow 4G link, CPU slowed 4x) on the public pages of a running
 * portal, driving Debian's Chromium offline. Scores depend on the machine, so they are a benchmark, not a test:
 * `pnpm bench:portal [PORTAL_URL]` writes bench/results/portal.md with the median of three runs per page.
 *
 * The portal must be running (`pnpm start`); the default URL is the quick start's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS } from '../src/support/chromium.js';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const RUNS = 3;
const base = (process.argv[2] ?? process.env.PORTAL_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const flags = CHROMIUM_FLAGS.join(' ');

interface Report {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number }>;
}

async function firstOrganizationPath(): Promise<string> {
  const html = await (await fetch(`${base}/en/directory`)).text();
  const slug = /href="\/en\/organizations\/([a-z0-9-]+)"/.exec(html)?.[1];
  if (!slug) throw new Error(`no organisation found at ${base}/en/directory: is the portal running with data?`);
  return `/en/organizations/${slug}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const pages = ['/ar', '/ar/directory', '/en/directory?q=women', await firstOrganizationPath(), '/ar/open-data'];
const dir = mkdtempSync(path.join(os.tmpdir(), 'shabaka-lighthouse-'));
const rows: string[] = [];
for (const page of pages) {
  const runs: Report[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const output = path.join(dir, `report-${run}.json`);
    execFileSync(
      'npx',
      [
        '-y',
        LIGHTHOUSE,
        `${base}${page}`,
        `--chrome-flags=${flags}`,
        '--only-categories=performance,accessibility',
        '--form-factor=mobile',
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM }, stdio: 'inherit' },
    );
    runs.push(JSON.parse(readFileSync(output, 'utf8')) as Report);
  }
  const score = (category: string): number => median(runs.map((r) => Math.round(r.categories[category]!.score * 100)));
  const metric = (audit: string): number => median(runs.map((r) => r.audits[audit]?.numericValue ?? 0));
  rows.push(
    `| \`${page}\` | ${score('performance')} | ${score('accessibility')} | ${(metric('first-contentful-paint') / 1000).toFixed(1)} s | ${(metric('largest-contentful-paint') / 1000).toFixed(1)} s | ${Math.round(metric('total-blocking-time'))} ms | ${metric('cumulative-layout-shift').toFixed(3)} |`,
  );
  process.stdout.write(`${rows.at(-1)}\n`);
}
rmSync(dir, { recursive: true, force: true });
const report = `# Portal: Lighthouse (mobile)

${LIGHTHOUSE} with Debian's Chromium, offline; mobile form factor (slow 4G, CPU slowed 4x); median of ${RUNS} runs
per page; ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}. Targets: performance 90 or more,
accessibility 100.

| Page | Performance | Accessibility | First contentful paint | Largest contentful paint | Total blocking time | Layout shift |
| ---- | ----------- | ------------- | ---------------------- | ------------------------ | ------------------- | ------------ |
${rows.join('\n')}
`;
writeFileSync(path.join(root, 'bench', 'results', 'portal.md'), report);
process.stdout.write(`\nwritten to bench/results/portal.md\n`);
