/**
 * GET /exports/grants.360giving.json and /exports/grants.360giving.csv: the awarded grants in the 360Giving Data
 * Standard, public, each from one query.
 */
import { once } from 'node:events';
import type { HttpRoute, RouteExchange } from '../../../common/http/routes.js';
import { THREE_SIXTY_GIVING_LICENSE, threeSixtyGivingCsv, threeSixtyGivingJson } from './three-sixty-giving.js';

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
        link: `<${THREE_SIXTY_GIVING_LICENSE.url}>; rel="license"`,
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

export const grantOpenDataRoutes: readonly HttpRoute[] = [
  exportRoute(
    '/exports/grants.360giving.json',
    'application/json; charset=utf-8',
    'shabaka-grants.360giving.json',
    (x) => threeSixtyGivingJson(x.em, x.config.portalPublicUrl),
  ),
  exportRoute('/exports/grants.360giving.csv', 'text/csv; charset=utf-8', 'shabaka-grants.360giving.csv', (x) =>
    threeSixtyGivingCsv(x.em, x.config.portalPublicUrl),
  ),
];
