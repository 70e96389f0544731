/**
 * GET /exports/results/iati-activity.xml: the programme as an IATI 2.03 activity file for donors and IATI
 * publishers (public: the same suppressed figures as the dashboard).
 */
import type { HttpRoute } from '../../../common/http/routes.js';
import { cachedCodeLists } from '../../directory/index.js';
import { resultsIndicators } from '../results.service.js';
import { iatiActivityXml } from './iati-activity.js';

export const resultsIatiRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: '/exports/results/iati-activity.xml',
  describe: '/exports/results/iati-activity.xml',
  public: true,
  async handle({ req, res, em }) {
    const [indicators, codeLists] = await Promise.all([resultsIndicators(em), cachedCodeLists(em)]);
    const governorates = [...codeLists.governorates.values()].map((g) => ({
      code: g.code,
      nameAr: g.nameAr,
      nameEn: g.nameEn,
    }));
    const body = iatiActivityXml(indicators, governorates, new Date());
    res.writeHead(200, {
      'content-type': 'application/xml; charset=utf-8',
      'content-disposition': 'attachment; filename="shabaka-iati-activity.xml"',
      'cache-control': 'public, max-age=300',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  },
};
