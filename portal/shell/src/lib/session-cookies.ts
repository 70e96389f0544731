/**
 * The reader's session lives in an httpOnly cookie that the API sets. The browser only talks to the portal, so the
 * portal's server relays it: the API's Set-Cookie headers go back to the browser unchanged (same name, value and
 * lifetime, on the portal's own host), and the browser's cookie goes to the API with each call.
 */
import type { Cookies } from '@sveltejs/kit';

/** The API's cookies (Better Auth's session token and its companions), with or without the __Secure- prefix. */
export function isSessionCookie(name: string): boolean {
  return /^(__Secure-)?shabaka\./.test(name);
}

export interface ParsedSetCookie {
  name: string;
  value: string;
  maxAge?: number;
  expires?: Date;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: 'lax' | 'strict' | 'none';
}

export function parseSetCookie(header: string): ParsedSetCookie | undefined {
  const [pair, ...attributes] = header.split(';');
  const eq = pair?.indexOf('=') ?? -1;
  if (!pair || eq <= 0) return undefined;
  const parsed: ParsedSetCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    httpOnly: false,
    secure: false,
  };
  for (const attribute of attributes) {
    const [rawKey, ...rest] = attribute.split('=');
    const key = rawKey?.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'max-age' && /^-?\d+$/.test(value)) parsed.maxAge = Number(value);
    else if (key === 'expires' && !Number.isNaN(Date.parse(value))) parsed.expires = new Date(value);
    else if (key === 'httponly') parsed.httpOnly = true;
    else if (key === 'secure') parsed.secure = true;
    else if (key === 'samesite') {
      const lower = value.toLowerCase();
      if (lower === 'lax' || lower === 'strict' || lower === 'none') parsed.sameSite = lower;
    }
  }
  return parsed;
}

/** Sets the API's session cookies on the portal's response (values kept byte for byte: they are signed). */
export function relaySetCookies(cookies: Cookies, headers: string[]): void {
  for (const header of headers) {
    const parsed = parseSetCookie(header);
    if (!parsed || !isSessionCookie(parsed.name)) continue;
    cookies.set(parsed.name, parsed.value, {
      path: '/',
      httpOnly: parsed.httpOnly,
      secure: parsed.secure,
      sameSite: parsed.sameSite ?? 'lax',
      ...(parsed.maxAge !== undefined ? { maxAge: Math.max(0, parsed.maxAge) } : {}),
      ...(parsed.expires && parsed.maxAge === undefined ? { expires: parsed.expires } : {}),
      encode: (value) => value,
    });
  }
}

/** The Cookie header for the API: the browser's session cookies only, never the portal's others. */
export function apiCookieHeader(cookies: Cookies): string | undefined {
  const pairs = cookies
    .getAll({ decode: (value) => value })
    .filter((cookie) => isSessionCookie(cookie.name))
    .map((cookie) => `${cookie.name}=${cookie.value}`);
  return pairs.length > 0 ? pairs.join('; ') : undefined;
}
