/** Shared checks of account inputs (shape limits are on the input classes; these are the business rules). */
import type { GraphQLContext } from '../../../context.js';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Trimmed and lower-cased, or undefined when it is not an email address. */
export function normalizeEmail(value: string): string | undefined {
  const email = value.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : undefined;
}

/** Calls a Better Auth function that may set cookies, and passes them on to the HTTP response. */
export async function withCookies<T>(
  ctx: GraphQLContext,
  call: (headers: Headers) => Promise<{ headers: Headers; response: T }>,
): Promise<T> {
  const { headers, response } = await call(ctx.http.headers);
  ctx.http.setCookies.push(...headers.getSetCookie());
  return response;
}
