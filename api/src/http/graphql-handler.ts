/**
 * POST and GET /graphql: the body read within its limit, trusted documents resolved, the viewer authenticated, one
 * context per request (EntityManager fork, loaders), Apollo executed under the execution deadline. Past the deadline
 * the client gets its 503 at once, and the operation's statements are cancelled in PostgreSQL (statement-guard.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { writtenDirectivesError } from '../common/graphql/operation-limits.js';
import { resolveTrustedDocument, type TrustedDocuments } from '../common/graphql/trusted-documents.js';
import { sendJson } from '../common/http/routes.js';
import type { Logger } from '../common/logging/logger.js';
import { RequestLoaders } from '../common/dataloader/request-loaders.js';
import type { Services } from '../common/module/services.js';
import type { Config } from '../config.js';
import type { GraphQLContext, RequestTrace } from '../context.js';
import { cancelStatements, statementScope, withStatementScope } from '../database/statement-guard.js';
import type { Authentication } from './authentication.js';
import { parseBody, readBody } from './body.js';
import { legacyStatus } from './graphql-status.js';

/** The request id of the running operation, for Apollo's `formatError` (which gets no context). */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function createGraphQLHandler({
  apollo,
  orm,
  config,
  logger,
  services,
  authentication,
  trustedDocuments,
}: {
  apollo: ApolloServer<GraphQLContext>;
  orm: MikroORM;
  config: Config;
  logger: Logger;
  services: Services;
  authentication: Authentication;
  trustedDocuments: TrustedDocuments;
}) {
  return async function handleGraphQL(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    requestId: string,
  ): Promise<RequestTrace | undefined> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    // CSRF: a cross-site request can ride on a browser's session only if it carries the session cookie. Apollo's
    // prevention (a header that forces a preflight) stays for every request with cookies and every POST; a GET
    // without cookies is a third party's plain `curl '/graphql?query=...'` and is answered (GraphQL over HTTP allows it)
    if (req.method === 'GET' && req.headers.cookie === undefined) headers.set('apollo-require-preflight', 'true');
    const posted = req.method === 'POST' ? parseBody(req.headers['content-type'], await readBody(req)) : undefined;
    const resolution = resolveTrustedDocument(posted, trustedDocuments);
    if ('unknownId' in resolution) {
      sendJson(res, 400, {
        errors: [
          {
            message: `documentId ${JSON.stringify(resolution.unknownId.slice(0, 80))} is not a trusted document of this API: send the query`,
            extensions: { code: 'PERSISTED_DOCUMENT_NOT_FOUND', requestId },
          },
        ],
      });
      return undefined;
    }
    const document =
      req.method === 'GET'
        ? url.searchParams.get('query')
        : (resolution.body as { query?: unknown } | undefined)?.query;
    const tooManyDirectives = writtenDirectivesError(document);
    if (tooManyDirectives) {
      sendJson(res, 400, {
        errors: [
          {
            ...tooManyDirectives.toJSON(),
            extensions: { ...tooManyDirectives.extensions, http: undefined, requestId },
          },
        ],
      });
      return undefined;
    }
    const em = orm.em.fork();
    const who = await authentication(req, res, em);
    if (!who) return undefined;
    const context: GraphQLContext = {
      em,
      loaders: new RequestLoaders(em),
      services,
      viewer: who.viewer,
      http: { headers: who.headers, clientAddress: who.clientAddress, setCookies: [] },
      requestId,
      logger: logger.child({ requestId }),
      config,
      trace: {},
    };
    const abort = new AbortController();
    const statements = statementScope(abort.signal);
    const execution = requestScope.run({ requestId }, () =>
      withStatementScope(statements, () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: resolution.body },
          context: () => Promise.resolve(context),
        }),
      ),
    );
    // graphql-js cannot stop an execution: past the deadline the client gets its answer, the statements running are
    // cancelled in PostgreSQL and any further one is refused (statement-guard.ts)
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), config.executionTimeoutMs);
    });
    const response = await Promise.race([execution, deadline]).finally(() => clearTimeout(timer));
    if (response === 'timeout') {
      void execution.catch(() => undefined);
      abort.abort();
      sendJson(res, 503, {
        errors: [
          {
            message: `The operation took longer than ${config.executionTimeoutMs} ms`,
            extensions: { code: 'TIMEOUT', requestId },
          },
        ],
      });
      // the client has its answer; stopping the work costs a connection of its own per statement
      const cancelled = await cancelStatements(statements);
      logger.warn(
        { requestId, operationName: context.trace.operationName, cancelledStatements: cancelled },
        'operation stopped at the execution timeout',
      );
      return context.trace;
    }
    for (const [key, value] of response.headers) {
      // Vary adds up: CORS may have set Origin already
      const earlier = key === 'vary' ? res.getHeader('vary') : undefined;
      res.setHeader(key, earlier ? `${String(earlier)}, ${value}` : value);
    }
    if (context.http.setCookies.length > 0) {
      res.setHeader('set-cookie', context.http.setCookies);
      res.setHeader('cache-control', 'no-store');
    }
    res.statusCode = legacyStatus(req.headers.accept, response.status ?? 200, response.body);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
    context.trace.tokenId = who.viewer?.via.kind === 'API_TOKEN' ? who.viewer.via.tokenId : undefined;
    return context.trace;
  };
}

export type GraphQLHandler = ReturnType<typeof createGraphQLHandler>;
