import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { FiguresPageData } from './deinstitutionalisation.js';
import DeinstFiguresPage from './pages/DeinstFiguresPage.svelte';

const cell = (value: number | null) => ({ value, suppressed: value === null });
const table = (
  measure: 'RESIDENTS' | 'TRANSITIONS_TO_FAMILY' | 'TRANSITIONS_TO_COMMUNITY' | 'COMMUNITY_PLACES',
  values: (number | null)[],
) => ({
  measure,
  rows: [
    {
      governorate: { code: 'JO-KA', name: { ar: 'الكرك', en: 'Karak' } },
      cells: values.map(cell),
      total: cell(null),
    },
  ],
  nationalTotals: values.map(cell),
  grandTotal: cell(null),
});

const data: FiguresPageData = {
  state: 'ready',
  officer: false,
  figures: {
    quarters: ['2026-Q2', '2026-Q3'],
    tables: [
      table('RESIDENTS', [38, 36]),
      table('TRANSITIONS_TO_FAMILY', [7, null]),
      table('TRANSITIONS_TO_COMMUNITY', [5, 7]),
      table('COMMUNITY_PLACES', [15, 18]),
    ],
  },
};

describe('deinstitutionalisation figures page', () => {
  it.each([
    ['en', 'fewer than 5 or withheld'],
    ['ar', 'أقل من 5 أو محجوب'],
  ] as const)('renders the chart as SVG and a withheld cell in words (%s)', (locale, words) => {
    const { body } = render(DeinstFiguresPage, { props: { data, locale } });
    expect(body).toContain('<svg');
    expect(body).toContain('role="img"');
    expect(body).toContain(words);
    expect(body).not.toContain('>null<');
    // the officers' links only for officers
    expect(body).not.toContain('/quarters/new');
  });
});
