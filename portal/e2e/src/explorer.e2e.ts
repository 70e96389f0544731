/**
 * The API's GraphiQL explorer in a real browser, on a closed network: it loads from the API alone (no CDN), its
 * strict Content-Security-Policy lets it run, and an example query runs and shows its answer.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser, newContext } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the GraphiQL explorer', () => {
  it('works offline from the API alone and runs an example query', async () => {
    const api = inject('apiUrl');
    const page = await (await newContext(browser)).newPage();
    const origins = new Set<string>();
    const problems: string[] = [];
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      // the browser's own favicon request is not the explorer's
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
        problems.push(`${response.status()} ${response.url()}`);
      }
    });

    await page.goto(`${api}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(async () => (await result.textContent()) ?? '').toContain('totalCount');
    // with its variables: the first example counts the organisations matching its search, not all of them
    const counted = async (search: string | null): Promise<number> => {
      const response = await fetch(`${api}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($s: String) { organizations(search: $s) { totalCount } }',
          variables: { s: search },
        }),
      });
      return ((await response.json()) as { data: { organizations: { totalCount: number } } }).data.organizations
        .totalCount;
    };
    const [matching, all] = [await counted('جمعية'), await counted(null)];
    expect(matching).toBeLessThan(all);
    expect((await result.textContent())?.replace(/\s+/g, '')).toContain(`"totalCount":${matching},`);

    expect([...origins]).toEqual([api]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
