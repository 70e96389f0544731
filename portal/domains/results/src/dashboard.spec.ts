import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { barChart } from './chart.js';
import DashboardPage from './pages/DashboardPage.svelte';
import type { DashboardData } from './results-loads.js';

const suppressed = { value: null, suppressed: true };
const data: DashboardData = {
  state: 'ready',
  officer: true,
  csvAll: 'http://api.test/exports/results/indicators.csv',
  indicators: [
    {
      code: 'CSOS_SUPPORTED',
      name: { ar: 'الجمعيات المدعومة', en: 'CSOs supported' },
      definition: { ar: 'تعريف', en: 'Definition' },
      unit: 'ORGANIZATIONS',
      baseline: 0,
      target: 250,
      actual: { value: 7, suppressed: false },
      progress: 3,
      quarters: [
        { quarter: '2026-Q2', count: suppressed, cumulative: suppressed },
        { quarter: '2026-Q3', count: { value: 5, suppressed: false }, cumulative: { value: 7, suppressed: false } },
      ],
      chart: barChart([
        { label: '2026-Q2', value: null },
        { label: '2026-Q3', value: 5 },
      ]),
      breakdowns: [
        {
          dimension: 'GOVERNORATE',
          cells: [{ key: 'JO-AM', label: { ar: 'عمّان', en: 'Amman' }, count: { value: 7, suppressed: false } }],
        },
      ],
      csv: 'http://api.test/exports/results/indicators.csv?indicator=CSOS_SUPPORTED',
    },
  ],
};

describe('results dashboard page', () => {
  it.each([
    ['en', 'fewer than 5', 'CSOs supported by governorate'],
    ['ar', 'أقل من 5', 'الجمعيات المدعومة حسب المحافظة'],
  ] as const)('renders progress, chart, table, CSV and breakdown in %s', (locale, fewer, breakdown) => {
    const { body } = render(DashboardPage, { props: { data, locale } });
    expect(body).toContain('<progress');
    expect(body).toContain('role="img"');
    expect(body).toContain(fewer);
    expect(body).toContain(breakdown);
    expect(body).toContain('indicator=CSOS_SUPPORTED');
    expect(body).toContain('/results/indicators/CSOS_SUPPORTED/records');
  });
});
