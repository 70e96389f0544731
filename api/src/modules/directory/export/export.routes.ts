/**
 * GET /exports/organizations.json and .csv: the public directory as open data (HSDS 3.0), streamed from one
 * database snapshot. An export holds a database connection while it streams, so exports may never starve the API:
 * at most EXPORT_CONCURRENCY run at once (more are answered 503 with Retry-After), a client that goes away stops its
 * export at once, and one that stops reading for EXPORT_STALL_SECONDS is cut off; either way the snapshot's
 * transaction ends and its connection returns to the pool.
 */
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { sendProblem, type HttpRoute, type RouteExchange } from '../../../common/http/routes.js';
import { replicaMonitorService } from '../../../database/replicas.js';
import { readFromReplica } from '../../../database/sql.js';
import { EXPORT_LICENSE, hsdsCsv, hsdsJson } from './hsds-export.js';

class ExportStopped extends Error {}

/** Resolves when `res` can take more, rejects when the client went away or read nothing for `stallMs`. */
async function writable(res: ServerResponse, signal: AbortSignal, stallMs: number): Promise<void> {
  const stalled = AbortSignal.timeout(stallMs);
  try {
    await once(res, 'drain', { signal: AbortSignal.any([signal, stalled]) });
  } catch {
    throw new ExportStopped(stalled.aborted ? 'stalled' : 'closed');
  }
}

async function stream({ res, signal, config, logger }: RouteExchange, chunks: AsyncGenerator<string>): Promise<void> {
  try {
    for await (const chunk of chunks) {
      if (signal.aborted) throw new ExportStopped('closed');
      if (!res.write(chunk)) await writable(res, signal, config.exportStallSeconds * 1000);
    }
    res.end();
  } catch (error) {
    if (!(error instanceof ExportStopped)) throw error;
    // leaving the loop closed the generator, which ended its transaction; the socket goes too
    logger.info({ reason: error.message }, 'export stopped: the client went away or stopped reading');
    res.destroy();
  }
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

/** Exports running in this process (each holds a connection until it ends). */
let running = 0;

function exportRoute(
  path: string,
  type: string,
  file: string,
  body: (exchange: RouteExchange) => AsyncGenerator<string>,
): HttpRoute {
  return {
    methods: ['GET', 'HEAD'],
    path,
    public: true,
    async handle(exchange) {
      const { res, config } = exchange;
      if (running >= config.exportConcurrency) {
        res.setHeader('retry-after', '30');
        return sendProblem(res, 503, 'EXPORTS_BUSY', `${running} exports are running: try again in a moment`);
      }
      running += 1;
      try {
        res.writeHead(200, headers(type, file));
        if (exchange.req.method === 'HEAD') return void res.end();
        await stream(exchange, body(exchange));
      } finally {
        running -= 1;
      }
    },
  };
}

export const exportRoutes: readonly HttpRoute[] = [
  exportRoute(
    '/exports/organizations.json',
    'application/json; charset=utf-8',
    'shabaka-organizations.hsds.json',
    (x) => hsdsJson(reader(x), x.config.portalPublicUrl),
  ),
  exportRoute('/exports/organizations.csv', 'text/csv; charset=utf-8', 'shabaka-organizations.hsds.csv', (x) =>
    hsdsCsv(reader(x), x.config.portalPublicUrl),
  ),
];
