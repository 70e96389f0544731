/**
 * GET /exports/results/indicators.csv (optionally ?indicator=<code>): the public indicators per quarter as CSV,
 * every cell through the common writer (formulas neutralised), withheld counts (from 1 to 4, or withheld so that
 * those cannot be worked out from the running totals) written "fewer than 5 or withheld".
 */
import { csvDocument, type CsvCell } from '../../common/csv/csv-writer.js';
import { sendProblem, type HttpRoute } from '../../common/http/routes.js';
import { SUPPRESSED_LABEL, type PublishedCount } from '../../common/statistics/suppress.js';
import { INDICATORS } from './indicators/index.js';
import { indicatorByCode, resultsIndicators } from './results.service.js';

export const RESULTS_CSV_HEADER = [
  'indicator_code',
  'indicator_en',
  'indicator_ar',
  'unit',
  'baseline',
  'target',
  'quarter',
  'count',
  'cumulative',
] as const;

const published = (count: PublishedCount): CsvCell => (count.suppressed ? SUPPRESSED_LABEL : count.value);

export const resultsCsvRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: '/exports/results/indicators.csv',
  describe: '/exports/results/indicators.csv[?indicator=<code>]',
  public: true,
  async handle({ req, res, url, em }) {
    const code = url.searchParams.get('indicator');
    const indicator = code === null ? undefined : indicatorByCode(code);
    if (code !== null && !indicator) return sendProblem(res, 404, 'NOT_FOUND', 'No indicator has this code');
    const indicators = await resultsIndicators(em, indicator ? [indicator] : INDICATORS);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="results-${indicator ? indicator.code.toLowerCase() : 'indicators'}.csv"`,
      // public aggregates: a shared cache may keep them for a few minutes
      'cache-control': 'public, max-age=300',
    });
    if (req.method === 'HEAD') return void res.end();
    const records = indicators.flatMap((i) =>
      i.quarters.map((q): CsvCell[] => [
        i.code,
        i.name.en,
        i.name.ar,
        i.unit,
        i.baseline,
        i.target,
        q.quarter,
        published(q.count),
        published(q.cumulative),
      ]),
    );
    for await (const chunk of csvDocument(RESULTS_CSV_HEADER, records)) res.write(chunk);
    res.end();
  },
};
