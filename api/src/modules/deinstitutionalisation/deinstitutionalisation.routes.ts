/**
 * GET /exports/deinstitutionalisation.csv: the public deinstitutionalisation table as CSV, with the same suppression
 * as the GraphQL query (deinstitutionalisation.figures.ts), every cell through the common writer (formulas
 * neutralised). Public: it holds aggregates only.
 */
import { csvDocument } from '../../common/csv/csv-writer.js';
import type { HttpRoute } from '../../common/http/routes.js';
import { FIGURES_CSV_HEADER, figureRecords, publicFigures } from './deinstitutionalisation.figures.js';

export const figuresCsvRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: '/exports/deinstitutionalisation.csv',
  describe: '/exports/deinstitutionalisation.csv',
  public: true,
  async handle({ req, res, em }) {
    const figures = await publicFigures(em);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="deinstitutionalisation.csv"',
      'cache-control': 'public, max-age=300',
    });
    if (req.method === 'HEAD') return void res.end();
    // a few hundred records at most: written at once
    let text = '';
    for await (const chunk of csvDocument(FIGURES_CSV_HEADER, figureRecords(figures))) text += chunk;
    res.end(text);
  },
};
