/**
 * The API: Node's HTTP server in front of Apollo (http/router.ts), with what every module contributes (resolvers,
 * routes, authentication, personal data) taken from the modules list. Each request gets its own EntityManager fork
 * and loaders, its own request id, one log line, and a place in the in-flight count that graceful shutdown waits for.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { auditPersonalData } from './common/audit/audit.js';
import { emailDeliveryService, emailOutboxPersonalData } from './common/email/email-outbox.js';
import { maskErrors } from './common/errors/mask-errors.js';
import { OPERATION_LIMITS } from './common/graphql/operation-limits.js';
import { redisResponseStore, responseCacheNamespace, responseCachePlugin } from './common/graphql/response-cache.js';
import { loadTrustedDocuments } from './common/graphql/trusted-documents.js';
import { createMetrics } from './common/http/metrics.js';
import type { Logger } from './common/logging/logger.js';
import type { PlatformModule } from './common/module/platform-module.js';
import { Services } from './common/module/services.js';
import { jobQueueService, startJobQueue } from './common/jobs/job-queue.js';
import { personalDataRegistry } from './common/personal-data/personal-data.js';
import { postgresStore, RateLimiter, redisStore, withFallback } from './common/rate-limit/rate-limiter.js';
import type { Config } from './config.js';
import type { GraphQLContext } from './context.js';
import { describe } from './database/describe.js';
import { poolUsage } from './database/pool.js';
import { monitorReplicas, replicaMonitorService } from './database/replicas.js';
import { databaseStatus } from './database/status.js';
import { guardStatements, statementsStopped } from './database/statement-guard.js';
import { createAuthentication } from './http/authentication.js';
import { createGraphQLHandler, requestScope } from './http/graphql-handler.js';
import { requestPlugin } from './http/request-plugin.js';
import { createRouter, type Readiness } from './http/router.js';
import { modules as platformModules } from './modules/index.js';
import { createSchema } from './schema.js';

/** /readyz answers within this, whatever the database does. */
const READINESS_TIMEOUT_MS = 1_000;

export interface App {
  readonly server: http.Server;
  /** What this process holds for its modules (Better Auth, the email outbox, ...). */
  readonly services: Services;
  /** Resolves with the URL once listening. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops accepting, lets in-flight requests finish (up to the configured timeout), then stops Apollo. */
  stop(): Promise<void>;
}

export async function createApp({
  config,
  orm,
  logger,
  modules = platformModules,
}: {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  /** The domain modules served (default: the platform's list). */
  modules?: readonly PlatformModule[];
}): Promise<App> {
  const schema = await createSchema(modules);
  const services = new Services({ config, orm, logger });
  const metrics = createMetrics(orm.em.getKnex());
  const trustedDocuments = loadTrustedDocuments(config.trustedDocumentsFile);
  const rateLimiter = new RateLimiter(
    config.redisUrl
      ? withFallback(await redisStore(config.redisUrl), postgresStore(orm.em.getKnex()), (error) =>
          logger.warn({ err: error }, 'rate limits: Redis does not answer, counting in PostgreSQL'),
        )
      : postgresStore(orm.em.getKnex()),
    config.rateLimit,
  );
  const replicas = services.provide(
    replicaMonitorService,
    await monitorReplicas(config.databaseReplicaUrls, { maxLagSeconds: config.databaseReplicaMaxLagSeconds, logger }),
  );
  services.provide(personalDataRegistry, {
    sections: [
      emailOutboxPersonalData,
      auditPersonalData,
      ...modules.flatMap((m) => (m.personalData ? [m.personalData] : [])),
    ],
  });
  // SMTP delivery (when configured) starts with the API, not with the first email
  services.get(emailDeliveryService);
  services.provide(
    jobQueueService,
    await startJobQueue({
      orm,
      services,
      logger,
      jobs: modules.flatMap((m) => m.jobs ?? []),
      work: config.jobWorkers,
    }),
  );
  const responseCache =
    config.redisUrl && config.responseCacheSeconds > 0
      ? responseCachePlugin({
          namespace: responseCacheNamespace(describe(orm.config.get('clientUrl') ?? ''), schema),
          store: await redisResponseStore(config.redisUrl),
          ttlSeconds: config.responseCacheSeconds,
          logger,
          observe: (outcome) => metrics.countCache(outcome),
        })
      : undefined;

  guardStatements(orm.em.getKnex());
  const currentRequestId = (): string | undefined => requestScope.getStore()?.requestId;
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    csrfPrevention: true,
    // automatic persisted queries would let any client register any document: the portal's trusted documents are
    // an explicit allow-list instead
    persistedQueries: false,
    // Apollo's own token limit answers 400 (a validation rule's would run after parsing the whole document)
    parseOptions: { maxTokens: OPERATION_LIMITS.tokens },
    // shutdown is ordered by server.ts (HTTP first, then Apollo, the pool, the database)
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    formatError: maskErrors(currentRequestId, ({ error, path, unavailable }) => {
      // past the deadline the statements were stopped on purpose and nobody reads this answer any more
      if (unavailable) logger.warn({ err: error, path, requestId: currentRequestId() }, 'database unavailable');
      else if (statementsStopped())
        logger.debug({ err: error, path, requestId: currentRequestId() }, 'work of a timed-out operation stopped');
      else logger.error({ err: error, path, requestId: currentRequestId() }, 'unexpected error in a resolver');
    }),
    plugins: [
      requestPlugin({ config, metrics, rateLimiter, replicas }),
      ...(responseCache ? [responseCache.plugin] : []),
      ApolloServerPluginLandingPageDisabled(),
    ],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  const authenticators = modules.flatMap((m) => (m.authenticate ? [m.authenticate] : []));
  if (authenticators.length > 1) throw new Error('more than one module authenticates requests');
  const authentication = createAuthentication({
    authenticate: authenticators[0],
    trustedProxies: config.trustedProxies,
    services,
  });

  let migrationsReady = false;
  /** Ready when the database answers within a second, no migration is pending and the pool has room. */
  async function readiness(): Promise<Readiness> {
    const pool = poolUsage(orm);
    // every connection taken and requests queued for one: the API cannot serve now, whatever the database says
    if (pool && pool.free === 0 && pool.used >= pool.max && pool.waiting > 0) {
      return {
        ok: false,
        reason: `database pool exhausted: ${pool.used} of ${pool.max} connections in use, ${pool.waiting} waiting`,
      };
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Readiness>((resolve) => {
      timer = setTimeout(
        () => resolve({ ok: false, reason: 'the database did not answer within 1 s' }),
        READINESS_TIMEOUT_MS,
      );
    });
    const check = (async (): Promise<Readiness> => {
      try {
        const status = await databaseStatus(orm.em.fork());
        if (status.migrationsPending > 0)
          return { ok: false, reason: `${status.migrationsPending} migration(s) pending` };
        migrationsReady = true;
        return { ok: true };
      } catch (error) {
        logger.warn({ err: error }, 'readiness: database unreachable');
        return { ok: false, reason: migrationsReady ? 'database unreachable' : 'database unreachable or not migrated' };
      }
    })();
    return Promise.race([check, late]).finally(() => clearTimeout(timer));
  }

  const router = createRouter({
    config,
    orm,
    logger,
    services,
    metrics,
    routes: modules.flatMap((m) => m.routes ?? []),
    examples: modules.flatMap((m) => m.examples ?? []),
    authentication,
    graphql: createGraphQLHandler({ apollo, orm, config, logger, services, authentication, trustedDocuments }),
    readiness,
  });
  const server = http.createServer((req, res) => router.handle(req, res));
  server.keepAliveTimeout = 5_000;

  return {
    server,
    services,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
        });
      });
    },
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (router.inFlight > 0) {
        logger.info({ inFlight: router.inFlight }, 'waiting for in-flight requests');
        await Promise.race([
          router.drained(),
          new Promise<void>((resolve) => setTimeout(resolve, config.shutdownTimeoutMs).unref()),
        ]);
      }
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      // running jobs finish first: they use services made after the queue (Better Auth, the outbox)
      await services.get(jobQueueService).close();
      await services.close();
      await rateLimiter.close();
      await responseCache?.close();
      await replicas.stop();
    },
  };
}
