/**
 * GET /exports/services.json (HSDS 3.0) and /exports/services-3w.csv (3W with HXL hashtags): the public services as
 * open data, each streamed from one database snapshot.
 */
import { once } from 'node:events';
import type { HttpRoute, RouteExchange } from '../../common/http/routes.js';
import { SERVICES_LICENSE, servicesHsdsJson, servicesThreeWCsv } from './services.export.js';

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
      const { res } = exchange;
      res.writeHead(200, {
        'content-type': type,
        'content-disposition': `attachment; filename="${file}"`,
        'cache-control': 'public, max-age=300',
        link: `<${SERVICES_LICENSE.url}>; rel="license"`,
      });
      if (exchange.req.method === 'HEAD') return void res.end();
      for await (const chunk of body(exchange)) {
        if (exchange.signal.aborted) break;
        if (!res.write(chunk)) await once(res, 'drain', { signal: exchange.signal });
      }
      res.end();
    },
  };
}

export const servicesRoutes: readonly HttpRoute[] = [
  exportRoute('/exports/services.json', 'application/json; charset=utf-8', 'shabaka-services.hsds.json', (x) =>
    servicesHsdsJson(x.em, x.config.portalPublicUrl),
  ),
  exportRoute('/exports/services-3w.csv', 'text/csv; charset=utf-8', 'shabaka-services-3w.csv', (x) =>
    servicesThreeWCsv(x.em),
  ),
];
