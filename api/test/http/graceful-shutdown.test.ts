import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../support/api.js';

/** Sends the request line and headers, and the body later: the request stays in flight in between. */
function startSlowRequest(
  port: number,
  body: string,
): { socket: net.Socket; finish: () => void; response: Promise<string> } {
  const socket = net.connect(port, '127.0.0.1');
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
  );
  let received = '';
  const response = new Promise<string>((resolve) => {
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('close', () => resolve(received));
    socket.on('error', () => resolve(received));
  });
  return { socket, finish: () => socket.write(body), response };
}

describe('graceful shutdown', () => {
  it('stops accepting, lets an in-flight request finish, then stops', async () => {
    // given a request in flight
    const api = await startTestApi();
    const port = Number(new URL(api.url).port);
    const received = new Promise((resolve) => api.app.server.once('request', resolve));
    const slow = startSlowRequest(port, JSON.stringify({ query: '{ platform { version } }' }));
    await received;

    // when the server is asked to stop (it stops listening at once)
    const stopped = api.app.stop();

    // then new connections are refused
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();
    // and the request in flight still completes
    slow.finish();
    const raw = await slow.response;
    expect(raw).toMatch(/^HTTP\/1\.1 200/);
    expect(raw).toContain('"platform":{"version"');
    await stopped;
    await api.orm.close(true);
    await api.database.drop();
  });
});
