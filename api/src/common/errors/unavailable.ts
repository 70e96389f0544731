/**
 * Errors that mean the database cannot be reached right now (stopped, restarting, unreachable, out of connections),
 * as opposed to a bug: clients get 503 with a hint to retry, not a 500.
 */

/** PostgreSQL's connection exceptions (class 08), shutdowns (57P01-57P03) and "too many connections". */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[123]|53300)$/;
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /Timeout acquiring a connection/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down)/i,
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH)\b/,
];

/** Seconds a client is told to wait before retrying. */
export const RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    if (typeof current !== 'object') return false;
    const { code, errno, message, name, cause, originalError } = current as {
      code?: unknown;
      errno?: unknown;
      message?: unknown;
      name?: unknown;
      cause?: unknown;
      /** A GraphQLError's wrapped error. */
      originalError?: unknown;
    };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
    if (typeof errno === 'string' && UNAVAILABLE_ERRNOS.has(errno)) return true;
    if (name === 'KnexTimeoutError' || name === 'ConnectionException') return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = originalError ?? cause;
  }
  return false;
}
