import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { HttpRoutes } from '../../../common/http/routes.js';
import type { Config } from '../../../config.js';
import type { ReplicaMonitor } from '../../../database/replicas.js';
import { readFromReplica } from '../../../database/sql.js';
import { EXPORT_LICENSE, hsdsCsv, hsdsJson } from './hsds-export.js';

async function stream(res: ServerResponse, chunks: AsyncGenerator<string>): Promise<void> {
  for await (const chunk of chunks) {
    if (res.destroyed) return void (await chunks.return(undefined));
    if (!res.write(chunk)) await once(res, 'drain');
  }
  res.end();
}

/** GET /exports/organizations.json and .csv: the public directory as open data (HSDS 3.0), streamed. */
export function exportRoutes(orm: MikroORM, config: Config, replicas: ReplicaMonitor): HttpRoutes {
  // the export is for everyone: a read replica serves it while the replicas are fit to
  const reader = () => {
    const em = orm.em.fork();
    if (replicas.serving()) readFromReplica(em);
    return em;
  };
  const headers = (type: string, file: string): Record<string, string> => ({
    'content-type': type,
    'content-disposition': `attachment; filename="${file}"`,
    'cache-control': 'public, max-age=300',
    link: `<${EXPORT_LICENSE.url}>; rel="license"`,
  });
  return {
    '/exports/organizations.json': async (_req, res) => {
      res.writeHead(200, headers('application/json; charset=utf-8', 'shabaka-organizations.hsds.json'));
      await stream(res, hsdsJson(reader(), config.portalPublicUrl));
    },
    '/exports/organizations.csv': async (_req, res) => {
      res.writeHead(200, headers('text/csv; charset=utf-8', 'shabaka-organizations.hsds.csv'));
      await stream(res, hsdsCsv(reader(), config.portalPublicUrl));
    },
  };
}
