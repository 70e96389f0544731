/** Which process holds a TCP port, so that "port in use" can say what to stop. */
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { portToPid } from 'pid-port';

/** Whether `port` can be listened on at `host` now (0 always can). */
export async function portIsFree(port: number, host: string): Promise<boolean> {
  if (port === 0) return true;
  return await new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** "process 1234 (node build/index.js)", or undefined when the holder cannot be seen (another user's process). */
export async function portHolder(port: number): Promise<string | undefined> {
  const pid = await portToPid({ port, host: '*' }).catch(() => undefined);
  if (!pid) return undefined;
  const ps = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  const command = ps.status === 0 ? ps.stdout.trim() : '';
  const short = command.length > 100 ? `${command.slice(0, 97)}...` : command;
  return `process ${pid}${short ? ` (${short})` : ''}`;
}

/** "Port 3000 (the portal) is in use by process 1234 (node build/index.js): stop it, or set PORTAL_PORT ..." */
export async function portInUseMessage(port: number, what: string, variable: string): Promise<string> {
  const holder = await portHolder(port);
  return (
    `Port ${port} (${what}) is in use by ${holder ?? 'another program'}: ` +
    `stop it, or set ${variable} to a free port`
  );
}
