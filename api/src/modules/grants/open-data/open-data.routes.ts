/**
 * GET /exports/grants.360giving.json and /exports/grants.360giving.csv: the awarded grants in the 360Giving Data
 * Standard, public, each from one query.
 */
import { openDataRoute } from '../../../common/http/open-data-route.js';
import type { HttpRoute } from '../../../common/http/routes.js';
import { THREE_SIXTY_GIVING_LICENSE, threeSixtyGivingCsv, threeSixtyGivingJson } from './three-sixty-giving.js';

export const grantOpenDataRoutes: readonly HttpRoute[] = [
  openDataRoute({
    path: '/exports/grants.360giving.json',
    type: 'application/json; charset=utf-8',
    file: 'shabaka-grants.360giving.json',
    licenseUrl: THREE_SIXTY_GIVING_LICENSE.url,
    body: (x) => threeSixtyGivingJson(x.em, x.config.portalPublicUrl),
  }),
  openDataRoute({
    path: '/exports/grants.360giving.csv',
    type: 'text/csv; charset=utf-8',
    file: 'shabaka-grants.360giving.csv',
    licenseUrl: THREE_SIXTY_GIVING_LICENSE.url,
    body: (x) => threeSixtyGivingCsv(x.em, x.config.portalPublicUrl),
  }),
];
