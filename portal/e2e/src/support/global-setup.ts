/**
 * Once per run: the whole platform as the README's first command starts it (the API, the built portal, demo data),
 * on a fresh database of the test PostgreSQL (DATABASE_URL) or of an embedded one, on free ports, and one Chromium
 * that every test file connects to (a browser context each: own cookies and storage). Tests drive the platform
 * through that browser and read what the platform emailed from its outbox table.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.js';
import { freePort } from './ports.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../../../api/src/database/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The portal's base URL, e.g. http://127.0.0.1:41234 (named so: vitest itself sets BASE_URL). */
    portalUrl: string;
    /** The platform's database, to read the email outbox. */
    e2eDatabaseUrl: string;
    /** The API's base URL (its GraphiQL explorer is tested in the browser too). */
    apiUrl: string;
    /** The shared Chromium's address, for `chromium.connect` (support/browser.ts). */
    browserWsEndpoint: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL;
  const embeddedDir = path.join(root, '.data', `e2e-postgres-${process.pid}`);
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: embeddedDir, ephemeral: true });
    serverUrl = embedded.url;
  }
  const database = `shabaka_e2e_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client(serverUrl);
  await admin.connect();
  await admin.query(`create database ${database}`);
  const databaseUrl = withDatabase(serverUrl, database);

  const [apiPort, portalPort] = [await freePort(), await freePort()];
  const portalUrl = `http://127.0.0.1:${portalPort}`;
  const platform: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/platform.ts'], {
    cwd: path.join(root, 'api'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      PORTAL_PORT: String(portalPort),
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      PORTAL_PUBLIC_URL: portalUrl,
      LOG_LEVEL: 'warn',
      UPLOAD_DIR: path.join(root, '.data', `e2e-uploads-${process.pid}`),
      // journeys make many requests from one address: the anonymous budget is not what they test
      RATE_LIMIT_ANONYMOUS_POINTS: '1000000',
      RATE_LIMIT_PERSON_POINTS: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  platform.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  platform.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    // a safety net only (it starts in seconds; a first build and a loaded machine take minutes)
    const timer = setTimeout(() => reject(new Error(`the platform did not start within 600 s:\n${output}`)), 600_000);
    const check = setInterval(() => {
      if (output.includes('Shabaka is running')) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 200);
    platform.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`the platform exited (${code}) before it started:\n${output}`));
    });
  });
  // one browser for the whole run, started while nothing else is: a file connects in milliseconds instead of
  // starting its own Chromium (seconds each on a loaded machine)
  let browser: BrowserServer | undefined;
  if (existsSync(CHROMIUM)) {
    browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, host: '127.0.0.1' });
    project.provide('browserWsEndpoint', browser.wsEndpoint());
  } else {
    project.provide('browserWsEndpoint', '');
  }
  project.provide('portalUrl', portalUrl);
  project.provide('e2eDatabaseUrl', databaseUrl);
  project.provide('apiUrl', `http://127.0.0.1:${apiPort}`);

  return async () => {
    await browser?.close();
    platform.removeAllListeners('exit');
    const exited = new Promise<void>((resolve) => platform.once('exit', () => resolve()));
    if (platform.pid) process.kill(-platform.pid, 'SIGINT');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 120_000)))]);
    clearTimeout(timer);
    if (platform.exitCode === null && platform.pid) process.kill(-platform.pid, 'SIGKILL');
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
    if (embedded) {
      await embedded.stop();
      rmSync(embeddedDir, { recursive: true, force: true });
    }
    rmSync(path.join(root, '.data', `e2e-uploads-${process.pid}`), { recursive: true, force: true });
  };
}
