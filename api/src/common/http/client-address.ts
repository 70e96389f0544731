import type { IncomingMessage } from 'node:http';

/** Set by the API on the headers it hands to Better Auth (a value a client sent is replaced). */
export const CLIENT_ADDRESS_HEADER = 'x-shabaka-client-address';

/** Sent by a trusted proxy (the portal's server) with the browser's own User-Agent. */
export const FORWARDED_USER_AGENT_HEADER = 'x-forwarded-user-agent';

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy (by default the portal on the same
 * machine), in which case the right-most address of X-Forwarded-For that is not itself a trusted proxy. A client
 * that talks to the API directly cannot choose its address by sending the header.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: readonly string[]): string {
  const peer = normalise(req.socket.remoteAddress ?? 'unknown');
  if (!trustedProxies.includes(peer)) return peer;
  const forwarded = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((a) => normalise(a.trim()))
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!trustedProxies.includes(chain[i]!)) return chain[i]!;
  }
  return peer;
}

/**
 * The client's user agent: the one a trusted proxy relays for the browser it serves (otherwise every session the
 * portal opens would be labelled with the portal server's own), else the request's own. Like the address, a client
 * that talks to the API directly cannot choose it by sending the header.
 */
export function clientUserAgent(req: IncomingMessage, trustedProxies: readonly string[]): string | undefined {
  const relayed = req.headers[FORWARDED_USER_AGENT_HEADER];
  const peer = normalise(req.socket.remoteAddress ?? 'unknown');
  if (typeof relayed === 'string' && relayed && trustedProxies.includes(peer)) return relayed;
  return req.headers['user-agent'];
}

function normalise(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
