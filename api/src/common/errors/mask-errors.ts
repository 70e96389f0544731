import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ApiErrorCode } from './api-errors.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './unavailable.js';

/** Codes whose message is written for clients; anything else is a bug whose details stay in the logs. */
const CLIENT_CODES = new Set<string>([
  ApiErrorCode.BAD_USER_INPUT,
  ApiErrorCode.UNAUTHENTICATED,
  ApiErrorCode.FORBIDDEN,
  ApiErrorCode.NOT_FOUND,
  // operation limits (operation-limits.ts) and the execution timeout
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_FIELDS',
  'QUERY_TOO_COSTLY',
  'TIMEOUT',
  'RATE_LIMITED',
  // raised by Apollo itself before execution
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface MaskedErrorReport {
  error: unknown;
  path: GraphQLFormattedError['path'];
  /** The database could not be reached (an outage, not a bug). */
  unavailable: boolean;
}

/**
 * Apollo's `formatError`: client-facing errors pass; unexpected ones (a thrown Error, a database error) become
 * "Internal server error" with the request id, and are handed to `report` to be logged in full.
 */
export function maskErrors(requestId: () => string | undefined, report: (r: MaskedErrorReport) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    // typed errors (ours, type-graphql's argument validation, Apollo's request errors) are GraphQLErrors with a known code
    if (isGraphQLError(original) && typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { ...formatted, extensions: { ...formatted.extensions, requestId: requestId() } };
    }
    if (isDatabaseUnavailable(original)) {
      report({ error: original, path: formatted.path, unavailable: true });
      return {
        message: 'The platform cannot reach its database right now: try again in a few seconds',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS, requestId: requestId() },
      };
    }
    report({ error: original, path: formatted.path, unavailable: false });
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR, requestId: requestId() },
    };
  };
}

/**
 * By tag, not `instanceof`: Apollo and type-graphql may load graphql's CommonJS build while the API loads its ES
 * module build (vitest does), and the two GraphQLError classes differ.
 */
function isGraphQLError(error: unknown): boolean {
  return Object.prototype.toString.call(error) === '[object GraphQLError]';
}
