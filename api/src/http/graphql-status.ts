const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that accepts only the legacy `application/json` gets 200 for a document that does not
 * parse, does not validate, or whose variables do not coerce (the errors are in the body); clients of
 * `application/graphql-response+json` get Apollo's 400. Refusals by the platform's limits keep their 4xx.
 */
export function legacyStatus(
  accept: string | undefined,
  status: number,
  body: { kind: string; string?: string },
): number {
  if (status !== 400 || body.kind !== 'complete' || !accept) return status;
  const types = accept.split(',').map((t) => t.split(';')[0]!.trim().toLowerCase());
  if (!types.includes('application/json') || types.includes('application/graphql-response+json')) return status;
  try {
    const parsed = JSON.parse(body.string ?? '') as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    const codes = (parsed.errors ?? []).map((e) => e.extensions?.code);
    return parsed.data === undefined && codes.length > 0 && codes.every((c) => DOCUMENT_ERRORS.has(String(c)))
      ? 200
      : status;
  } catch {
    return status;
  }
}
