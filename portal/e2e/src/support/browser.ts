/**
 * Debian's Chromium driven by playwright-core (no browser download: the machine has no internet). The flags keep it
 * from reaching for the network it does not have, which otherwise hangs it.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const SCREENSHOTS = path.join(root, 'test-results', 'screenshots');

export function portalUrl(pathname = ''): string {
  return `${inject('portalUrl')}${pathname}`;
}

/**
 * The run's shared Chromium (started by the global setup), connected to: `close()` ends this file's connection and
 * closes the contexts it opened, not the browser.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  }
  const endpoint = inject('browserWsEndpoint');
  if (!endpoint) return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  return chromium.connect(endpoint);
}

/** A fresh browser profile (own cookies), a phone-sized or desktop window, with or without JavaScript. */
export async function newContext(
  browser: Browser,
  { javaScript = true, mobile = false }: { javaScript?: boolean; mobile?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    locale: 'ar-JO',
    timezoneId: 'Asia/Amman',
  });
  // waits end when their condition is met; this only bounds a broken page (a loaded machine is many times slower
  // than Playwright's 30 s default assumes)
  context.setDefaultTimeout(120_000);
  return context;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** axe-core on the page with the WCAG 2.0/2.1/2.2 A and AA rules, the 2.2 target-size rule included. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }).axe;
    const results = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
    })) as { violations: AxeViolation[] };
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

/**
 * Waits for the page the sign-in form leads to. Seen in CI under load: the JavaScript sign-in once stayed on its page
 * for two minutes. When it has not left within 30 s, what the page shows is logged, and the account page is opened
 * directly: it answers only if the sign-in did make a session (otherwise it leads back to the sign-in page and the
 * test fails), so a lost client-side navigation is told apart from a failed sign-in.
 */
export async function reachAfterSignIn(page: Page, url: RegExp, lang: string): Promise<void> {
  try {
    await page.waitForURL(url, { timeout: 30_000 });
  } catch {
    const shown = (
      await page
        .locator('main')
        .innerText()
        .catch(() => '')
    )
      .replace(/\s+/g, ' ')
      .slice(0, 400);
    console.warn(`sign-in stayed on ${page.url()} for 30 s; the page shows: ${shown}`);
    await screenshot(page, `sign-in-stalled-${Date.now()}`);
    await page.goto(portalUrl(`/${lang}/account`));
    await page.waitForURL(url);
  }
}
