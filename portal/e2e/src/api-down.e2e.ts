/**
 * The API down: the portal's pages still answer, with a designed message in the reader's language (not a blank
 * page), and a form keeps what was typed. A second portal server runs here against an address where nothing listens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './support/browser.js';
import { freePort } from './support/ports.js';

const shellBuild = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shell/build/index.js');
let portal: ChildProcess;
let base = '';
let browser: Browser;

beforeAll(async () => {
  const [port, closed] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  // the build the global setup's `pnpm start` made
  portal = spawn(process.execPath, [shellBuild], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ORIGIN: base,
      API_URL: `http://127.0.0.1:${closed}/graphql`,
    },
    stdio: 'ignore',
  });
  let up = false;
  // it listens within a second or two; a loaded machine may take far longer
  for (const deadline = Date.now() + 120_000; Date.now() < deadline && !up;) {
    up = await fetch(base).then(
      () => true,
      () => false,
    );
    if (!up) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!up) throw new Error(`the portal server (${shellBuild}) did not answer`);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  portal.kill('SIGTERM');
});

describe('when the API is down', () => {
  it('explains it on the directory in each language', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${base}/ar/directory`);
    expect(await page.getByRole('alert').textContent()).toContain('الخدمة غير متاحة مؤقتًا');
    await page.goto(`${base}/en`);
    expect(await page.getByRole('alert').textContent()).toContain('The service is temporarily unavailable');
    await page.context().close();
  });

  it('keeps a sign-in form as typed, with the message', async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(`${base}/en/account/sign-in`);
    await page.locator('#email').fill('someone@example.org');
    await page.locator('#password').fill('olive trees by the dead sea');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForLoadState('load');
    expect(await page.getByRole('alert').textContent()).toContain('could not be reached');
    expect(await page.locator('#email').inputValue()).toBe('someone@example.org');
    await page.context().close();
  });

  it('shows a page of its own for signed-in pages', async () => {
    const context = await newContext(browser);
    await context.addCookies([{ name: 'shabaka.session_token', value: 'x.y', url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}/ar/account`);
    expect(await page.locator('h1').textContent()).toBe('الخدمة غير متاحة مؤقتًا');
    await context.close();
  });
});
