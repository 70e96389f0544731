/**
 * The weight budget of a public page on a weak connection: under 50 KB of compressed JavaScript on first load.
 * Compressed as the portal's server sends it to browsers over HTTPS: Brotli (adapter-node precompresses every
 * asset at quality 11; browsers ask for Brotli on HTTPS only, so over plain HTTP they get gzip, also recorded).
 * A size, not a time: deterministic for a given build. The figures go to test-results/budgets.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, launchBrowser, newContext, portalUrl } from './support/browser.js';

const BUDGET_BYTES = 50 * 1024;
let browser: Browser;
const figures: Record<string, { scripts: number; rawBytes: number; brotliBytes: number; gzipBytes: number }> = {};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  const file = path.join(path.dirname(SCREENSHOTS), 'budgets.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
});

describe('first-load JavaScript of public pages', () => {
  for (const pathname of [
    '/ar',
    '/ar/directory',
    '/en/directory?q=women',
    '/ar/open-data',
    '/ar/training',
    '/en/training?mode=online',
    '/ar/partnerships',
    '/en/partnerships?kind=NEED&governorate=JO-MA',
    '/ar/partnerships/institutions',
    '/ar/partnerships/registry',
    '/en/partnerships/registry?kind=CSO_CSO&governorate=JO-MA',
  ]) {
    it(`${pathname} loads under 50 KB of compressed JavaScript`, async () => {
      const context = await newContext(browser, { mobile: true });
      const page = await context.newPage();
      const bodies: Promise<Buffer>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script' || response.url().endsWith('.js')) {
          bodies.push(response.body());
        }
      });
      await page.goto(portalUrl(pathname), { waitUntil: 'networkidle' });
      const scripts = await Promise.all(bodies);
      const rawBytes = scripts.reduce((sum, body) => sum + body.length, 0);
      const gzipBytes = scripts.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
      const brotliBytes = scripts.reduce(
        (sum, body) => sum + brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        0,
      );
      figures[pathname] = { scripts: scripts.length, rawBytes, brotliBytes, gzipBytes };
      expect(scripts.length).toBeGreaterThan(0);
      expect(brotliBytes).toBeLessThan(BUDGET_BYTES);
      await context.close();
    });
  }
});
