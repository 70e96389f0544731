/**
 * The GraphiQL explorer, served by the API itself when a browser opens /graphql: GraphiQL 3 and React 18 from their
 * npm packages (no CDN: the platform runs on closed networks), with example queries for what third parties ask
 * most. Everything is same-origin and no script is inline, so the page has a strict Content-Security-Policy.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

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

export const EXAMPLE_QUERIES: { title: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    title: 'Directory search',
    query: `# Organisations matching a search, with facets (Arabic or English, typos tolerated)
query DirectorySearch($search: String, $first: Int) {
  organizations(search: $search, first: $first) {
    totalCount
    totalCountIsExact
    facets {
      governorates { value { code name { ar en } } count }
      targetGroups { value { code name { ar en } } count }
    }
    edges {
      node { id slug name { ar en } governorate { code } verification { state } }
      highlight { nameAr { text match } nameEn { text match } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { search: 'جمعية', first: 10 },
  },
  {
    title: 'Verified CSOs working with persons with disabilities',
    query: `query Verified($filter: OrganizationFilter) {
  organizations(filter: $filter, first: 20, orderBy: { field: NAME_EN, direction: ASC }) {
    totalCount
    edges { node { name { ar en } governorate { name { en } } sectors { code } targetGroups { code } } }
  }
}`,
    variables: { filter: { verificationStates: ['VERIFIED'], targetGroups: ['PERSONS_WITH_DISABILITIES'] } },
  },
  {
    title: 'Code lists',
    query: `query CodeLists {
  governorates { code dosCode name { ar en } }
  sectors { code name { ar en } }
  targetGroups { code name { ar en } }
  legalForms { code name { ar en } }
}`,
  },
];

const INIT = `(() => {
  const examples = ${JSON.stringify(EXAMPLE_QUERIES)};
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'apollo-require-preflight': 'true' } });
  const tabs = examples.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined }));
  ReactDOM.createRoot(document.getElementById('explorer')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true }),
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
export function serveExplorerAsset(res: ServerResponse, name: string): boolean {
  if (name === 'init.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(INIT);
    return true;
  }
  const asset = ASSETS[name];
  if (!asset) return false;
  res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
  fs.createReadStream(asset.file).pipe(res);
  return true;
}
