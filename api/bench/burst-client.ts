/**
 * The client side of the training burst (`pnpm bench training`), in a process of its own so that its work (200
 * requests sent and answers parsed at once) is not counted against the API's CPU time nor slows its event loop.
 * Reads `{ base, requests: [{ token, sessionId }] }` on stdin, sends every registration at once when told `go`,
 * and prints `{ all, times }` (ms) on stdout.
 */
import { createInterface } from 'node:readline';

interface Burst {
  base: string;
  requests: { token: string; sessionId: string }[];
}

const REGISTER = `mutation($input: TrainingRegistrationCreateInput!) {
  trainingRegistrationCreate(input: $input) { registration { status waitlistPosition } userErrors { code } }
}`;

const lines = createInterface({ input: process.stdin });
const input = lines[Symbol.asyncIterator]();
const burst = JSON.parse((await input.next()).value as string) as Burst;
// the bodies are made before the signal: only sending and answering are timed
const bodies = burst.requests.map((r) =>
  JSON.stringify({ query: REGISTER, variables: { input: { sessionId: r.sessionId } } }),
);
process.stdout.write('ready\n');
await input.next();

const times: number[] = [];
const started = performance.now();
await Promise.all(
  burst.requests.map(async (r, i) => {
    const t0 = performance.now();
    const response = await fetch(`${burst.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${r.token}` },
      body: bodies[i],
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    times.push(performance.now() - t0);
  }),
);
const all = performance.now() - started;
process.stdout.write(`${JSON.stringify({ all, times })}\n`);
lines.close();
