import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { HttpRoute, RouteExchange } from '../../../common/http/routes.js';
import { replicaMonitorService } from '../../../database/replicas.js';
import { readFromReplica } from '../../../database/sql.js';
import { EXPORT_LICENSE, hsdsCsv, hsdsJson } from './hsds-export.js';

async function stream(res: ServerResponse, chunks: AsyncGenerator<string>): Promise<void> {
  for await (const chunk of chunks) {
    if (res.destroyed) return void (await chunks.return(undefined));
    if (!res.write(chunk)) await once(res, 'drain');
  }
  res.end();
}

const headers = (type: string, file: string): Record<string, string> => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${file}"`,
  'cache-control': 'public, max-age=300',
  link: `<${EXPORT_LICENSE.url}>; rel="license"`,
});

/** The export is for everyone: a read replica serves it while the replicas are fit to. */
function reader({ em, services }: RouteExchange) {
  if (services.get(replicaMonitorService).serving()) readFromReplica(em);
  return em;
}

/** GET /exports/organizations.json and .csv: the public directory as open data (HSDS 3.0), streamed. */
export const exportRoutes: readonly HttpRoute[] = [
  {
    methods: ['GET', 'HEAD'],
    path: '/exports/organizations.json',
    public: true,
    async handle(exchange) {
      exchange.res.writeHead(200, headers('application/json; charset=utf-8', 'shabaka-organizations.hsds.json'));
      await stream(exchange.res, hsdsJson(reader(exchange), exchange.config.portalPublicUrl));
    },
  },
  {
    methods: ['GET', 'HEAD'],
    path: '/exports/organizations.csv',
    public: true,
    async handle(exchange) {
      exchange.res.writeHead(200, headers('text/csv; charset=utf-8', 'shabaka-organizations.hsds.csv'));
      await stream(exchange.res, hsdsCsv(reader(exchange), exchange.config.portalPublicUrl));
    },
  },
];
