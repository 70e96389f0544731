/**
 * GET /exports/services.json (HSDS 3.0) and /exports/services-3w.csv (3W with HXL hashtags): the public services as
 * open data, each streamed from one database snapshot.
 */
import { openDataRoute } from '../../common/http/open-data-route.js';
import type { HttpRoute } from '../../common/http/routes.js';
import { SERVICES_LICENSE, servicesHsdsJson, servicesThreeWCsv } from './services.export.js';

export const servicesRoutes: readonly HttpRoute[] = [
  openDataRoute({
    path: '/exports/services.json',
    type: 'application/json; charset=utf-8',
    file: 'shabaka-services.hsds.json',
    licenseUrl: SERVICES_LICENSE.url,
    body: (x) => servicesHsdsJson(x.em, x.config.portalPublicUrl),
  }),
  openDataRoute({
    path: '/exports/services-3w.csv',
    type: 'text/csv; charset=utf-8',
    file: 'shabaka-services-3w.csv',
    licenseUrl: SERVICES_LICENSE.url,
    body: (x) => servicesThreeWCsv(x.em),
  }),
];
