import { Writable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import type { PlatformModule } from '../../src/common/module/platform-module.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase } from '../../src/database/database.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };
}

export interface TestApi {
  url: string;
  app: App;
  orm: MikroORM;
  database: TestDatabase;
  config: Config;
  /** Every JSON line the API logged. */
  logs: Record<string, unknown>[];
  /** Runs `work` and returns the SQL statements the API sent meanwhile. */
  statements<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    init?: { headers?: Record<string, string>; operationName?: string },
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** The real API on a database of its own, listening on a free port; requests go over real HTTP. */
export async function startTestApi(
  options: {
    env?: Record<string, string>;
    empty?: boolean;
    migrate?: boolean;
    database?: TestDatabase;
    /** Leave the database when stopping (a second process on another's database). */
    keepDatabase?: boolean;
    /** The domain modules served (default: the platform's list). */
    modules?: readonly PlatformModule[];
  } = {},
): Promise<TestApi> {
  const database = options.database ?? (await createTestDatabase({ empty: options.empty }));
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, PORT: '0', ...options.env });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
        if (line && process.env.DEBUG_API_LOGS && new RegExp(process.env.DEBUG_API_LOGS).test(line))
          console.error(line);
      }
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const orm = await openDatabase({
    url: database.url,
    poolMax: 5,
    replicaUrls: config.databaseReplicaUrls,
    migrate: options.migrate ?? false,
    logger,
    entities: options.modules?.flatMap((m) => m.entities ?? []),
  });
  const app = await createApp({ config, orm, logger, modules: options.modules });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    app,
    orm,
    database,
    config,
    logs,
    async statements(work) {
      const sql: string[] = [];
      const knex = orm.em.getKnex();
      const listener = (query: { sql: string }): void => {
        sql.push(query.sql);
      };
      knex.on('query', listener);
      try {
        return { result: await work(), sql };
      } finally {
        knex.removeListener('query', listener);
      }
    },
    async graphql(query, variables, init = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...init.headers },
        body: JSON.stringify({ query, variables, operationName: init.operationName }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLResponse['body'],
      } as never;
    },
    async stop() {
      await app.stop();
      await orm.close(true);
      if (!options.keepDatabase) await database.drop();
    },
  };
}
