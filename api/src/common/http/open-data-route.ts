/**
 * A public open-data download (GET and HEAD): a file streamed chunk by chunk from `body`, with back-pressure, stopped
 * when the client goes away, cacheable for five minutes, and its licence in a `Link` header.
 */
import { once } from 'node:events';
import type { HttpRoute, RouteExchange } from './routes.js';

export interface OpenDataRoute {
  path: string;
  /** The media type, e.g. `text/csv; charset=utf-8`. */
  type: string;
  /** The file name a browser saves it as. */
  file: string;
  /** The licence's address (`rel="license"`). */
  licenseUrl: string;
  body: (exchange: RouteExchange) => AsyncGenerator<string>;
}

export function openDataRoute({ path, type, file, licenseUrl, body }: OpenDataRoute): HttpRoute {
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
        link: `<${licenseUrl}>; rel="license"`,
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
