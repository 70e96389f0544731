/**
 * The GraphiQL explorer, served by the API itself when a browser opens /graphql: GraphiQL 3 and React 18 from their
 * npm packages (no CDN: the platform runs on closed networks), with example queries for what third parties ask
 * most. Everything is same-origin and no script is inline, so the page has a strict Content-Security-Policy.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { ExplorerExample } from '../common/module/platform-module.js';

const require = createRequire(import.meta.url);
const packageFile = (pkg: string, file: string): string =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript; charset=utf-8' },
  'react-dom.js': {
    file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript; charset=utf-8' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css; charset=utf-8' },
};

const init = (examples: readonly ExplorerExample[]): string => `(() => {
  const examples = ${JSON.stringify(examples)};
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'apollo-require-preflight': 'true' } });
  const tabs = examples.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined }));
  // GraphiQL fills the first tab's variables editor from the variables prop, not from defaultTabs
  ReactDOM.createRoot(document.getElementById('explorer')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs,
      query: tabs[0] && tabs[0].query,
      variables: tabs[0] && tabs[0].variables,
      defaultEditorToolsVisibility: true,
    }),
  );
})();`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shabaka GraphQL API explorer</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="explorer" role="main" aria-label="GraphQL explorer"><noscript>The explorer needs JavaScript; the API answers POST /graphql.</noscript></div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script src="/graphiql/init.js"></script>
</body>
</html>
`;

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'";

/** Whether a GET /graphql comes from a browser opening the page (rather than a GET query). */
export function wantsExplorer(method: string | undefined, accept: string | undefined, url: URL): boolean {
  return method === 'GET' && !url.searchParams.has('query') && (accept ?? '').includes('text/html');
}

export function serveExplorerPage(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': CSP,
    'cache-control': 'no-cache',
  });
  res.end(PAGE);
}

/** GET /graphiql/<asset>: true when it answered. */
export function serveExplorerAsset(res: ServerResponse, name: string, examples: readonly ExplorerExample[]): boolean {
  if (name === 'init.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(init(examples));
    return true;
  }
  const asset = ASSETS[name];
  if (!asset) return false;
  res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
  fs.createReadStream(asset.file).pipe(res);
  return true;
}
