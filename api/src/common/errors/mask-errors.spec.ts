import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, NotFoundError } from './api-errors.js';
import { maskErrors, type MaskedErrorReport } from './mask-errors.js';

function format(error: unknown) {
  const reports: MaskedErrorReport[] = [];
  const formatted = maskErrors(
    () => 'req-1',
    (r) => reports.push(r),
  );
  const message = error instanceof Error ? error.message : String(error);
  // what Apollo hands to formatError: the error's own extensions, or INTERNAL_SERVER_ERROR for a plain Error
  const extensions =
    error instanceof GraphQLError && error.extensions.code ? error.extensions : { code: 'INTERNAL_SERVER_ERROR' };
  return { result: formatted({ message, path: ['platform'], extensions }, error), reports };
}

describe('maskErrors', () => {
  it('hides the message of an unexpected error and reports it for the log', () => {
    const leak = new Error('relation "users" does not exist; dsn postgres://shabaka:secret@db');
    const { result, reports } = format(leak);
    expect(result).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['platform'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(reports).toEqual([{ error: leak, path: ['platform'], unavailable: false }]);
  });

  it('answers SERVICE_UNAVAILABLE with a retry hint when the database is unreachable, without its details', () => {
    const down = new Error('connect ECONNREFUSED 10.0.0.5:5432 password=secret');
    const { result } = format(down);
    expect(result.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', requestId: 'req-1' });
    expect(result.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(JSON.stringify(result)).not.toContain('10.0.0.5');
  });

  it('masks a GraphQLError without a client code (for example a non-null violation)', () => {
    const { result, reports } = format(new GraphQLError('Cannot return null for non-nullable field Query.platform.'));
    expect(result.message).toBe('Internal server error');
    expect(reports).toHaveLength(1);
  });

  it('passes typed client errors with their code and argument, adding the request id', () => {
    const { result, reports } = format(new BadUserInputError('first', 'must be at most 100'));
    expect(result).toMatchObject({
      message: 'first: must be at most 100',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first', requestId: 'req-1' },
    });
    expect(format(new NotFoundError('Organization')).result.extensions?.code).toBe('NOT_FOUND');
    expect(reports).toEqual([]);
  });
});
