/**
 * `pnpm start` as a person restarts it: killed with SIGKILL, it leaves no portal holding its port, so the next start
 * comes up; a port another program holds is refused before anything starts, naming that program. These platforms
 * run beside the global setup's, on the same database (the portal build is the one the global setup made).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from './support/ports.js';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../api');
/** Each start compiles the API's TypeScript: seconds, many more on a loaded machine. */
const STARTS = { timeout: 600_000 };

interface Platform {
  child: ChildProcess;
  output: () => string;
  /** Resolves when it says it is running; rejects if it exits first. */
  running: Promise<void>;
  exited: Promise<number | null>;
}

function startPlatform(apiPort: number, portalPort: number): Platform {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/platform.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: inject('e2eDatabaseUrl'),
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      PORTAL_PORT: String(portalPort),
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      PORTAL_PUBLIC_URL: `http://127.0.0.1:${portalPort}`,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const running = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (output.includes('Shabaka is running')) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => reject(new Error(`the platform exited (${code}) before it started:\n${output}`)));
  });
  running.catch(() => undefined);
  return { child, output: () => output, running, exited };
}

const answers = (url: string): Promise<boolean> =>
  fetch(url, { redirect: 'manual' }).then(
    () => true,
    () => false,
  );

describe('pnpm start', () => {
  it('comes up again after it was killed with SIGKILL: its portal does not keep the port', STARTS, async () => {
    // given a running platform, killed without a chance to stop anything
    const [apiPort, portalPort] = [await freePort(), await freePort()];
    const first = startPlatform(apiPort, portalPort);
    await first.running;
    expect(await answers(`http://127.0.0.1:${portalPort}/en`)).toBe(true);
    first.child.kill('SIGKILL');
    await first.exited;

    // then its portal goes with it
    await expect.poll(() => answers(`http://127.0.0.1:${portalPort}/en`), { timeout: 120_000 }).toBe(false);

    // and the next start on the same ports comes up, and stops cleanly on Ctrl-C
    const second = startPlatform(apiPort, portalPort);
    try {
      await second.running;
      expect(await answers(`http://127.0.0.1:${portalPort}/en`)).toBe(true);
    } finally {
      second.child.kill('SIGINT');
    }
    expect(await second.exited).toBe(0);
    expect(await answers(`http://127.0.0.1:${portalPort}/en`)).toBe(false);
  });

  it('names the process that holds a port it needs, once, before starting anything', STARTS, async () => {
    // given the portal's port held by another program (this test process)
    const [apiPort, portalPort] = [await freePort(), await freePort()];
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(portalPort, '127.0.0.1', resolve));
    try {
      // when the platform starts
      const platform = startPlatform(apiPort, portalPort);
      // then it stops at once, naming the holder in one message
      expect(await platform.exited).toBe(1);
      const message = `Port ${portalPort} (the portal) is in use by process ${process.pid}`;
      expect(platform.output()).toContain(message);
      expect(platform.output().split(message)).toHaveLength(2);
      expect(platform.output()).toContain('set PORTAL_PORT to a free port');
      // and its API never listened
      expect(await answers(`http://127.0.0.1:${apiPort}/healthz`)).toBe(false);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
