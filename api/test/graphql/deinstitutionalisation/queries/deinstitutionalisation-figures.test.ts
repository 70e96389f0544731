import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createInstitution, officerCookie, record } from '../deinstitutionalisation-support.js';

const FIGURES = /* GraphQL */ `
  query {
    deinstitutionalisationFigures {
      quarters
      tables {
        measure
        rows {
          governorate {
            code
          }
          cells {
            value
            suppressed
          }
          total {
            value
            suppressed
          }
        }
        nationalTotals {
          value
          suppressed
        }
        grandTotal {
          value
          suppressed
        }
      }
    }
  }
`;

interface Cell {
  value: number | null;
  suppressed: boolean;
}
interface FiguresResult {
  deinstitutionalisationFigures: {
    quarters: string[];
    tables: {
      measure: string;
      rows: { governorate: { code: string }; cells: Cell[]; total: Cell }[];
      nationalTotals: Cell[];
      grandTotal: Cell;
    }[];
  };
}

describe('deinstitutionalisationFigures', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    const officer = await officerCookie(api);
    // three governorates over two quarters; Karak moves 3 residents to their families in 2025-Q2
    const figures: [string, number, number, number][] = [
      ['JO-AM', 1, 20, 30],
      ['JO-AM', 2, 18, 31],
      ['JO-IR', 1, 12, 25],
      ['JO-IR', 2, 14, 24],
      ['JO-KA', 1, 9, 20],
      ['JO-KA', 2, 3, 19],
    ];
    const byGovernorate = new Map<string, string>();
    for (const [governorate, quarter, toFamily, residents] of figures) {
      if (!byGovernorate.has(governorate)) {
        byGovernorate.set(governorate, (await createInstitution(api, officer, { governorate, capacity: 60 })).id);
      }
      const response = await record(api, officer, byGovernorate.get(governorate)!, {
        year: 2025,
        quarter,
        residents,
        transitionsToFamily: toFamily,
        transitionsToCommunity: 6,
        communityPlaces: 10,
      });
      expect(response.body.data!.careInstitutionQuarterRecord.userErrors).toEqual([]);
    }
  });
  afterAll(async () => {
    await api.stop();
  });

  it('shows the public a cell of 3 as suppressed, with a complement so that the totals cannot give it away', async () => {
    // given the figures above
    // when anyone asks, signed out
    const response = await api.graphql<FiguresResult>(FIGURES);
    // then Karak's 2025-Q2 transitions to family are suppressed (value null)
    expect(response.body.errors).toBeUndefined();
    const figures = response.body.data!.deinstitutionalisationFigures;
    expect(figures.quarters).toEqual(['2025-Q1', '2025-Q2']);
    const family = figures.tables.find((t) => t.measure === 'TRANSITIONS_TO_FAMILY')!;
    expect(family.rows.map((r) => r.governorate.code)).toEqual(['JO-AM', 'JO-IR', 'JO-KA']);
    const karak = family.rows[2]!;
    expect(karak.cells[1]).toEqual({ value: null, suppressed: true });
    // and neither Karak's row total with its other quarter, nor 2025-Q2's national total with the other
    // governorates, gives the 3 back by subtraction
    const rowOpen = [...karak.cells, karak.total].filter((c) => c.suppressed).length;
    const columnOpen = [...family.rows.map((r) => r.cells[1]!), family.nationalTotals[1]!].filter(
      (c) => c.suppressed,
    ).length;
    expect(rowOpen).toBeGreaterThanOrEqual(2);
    expect(columnOpen).toBeGreaterThanOrEqual(2);
    // and a table without small counts is published whole
    const residents = figures.tables.find((t) => t.measure === 'RESIDENTS')!;
    expect(residents.rows.flatMap((r) => r.cells).every((c) => !c.suppressed)).toBe(true);
    expect(residents.grandTotal).toEqual({ value: 149, suppressed: false });
  });

  it('offers the same table as CSV, with the same suppression', async () => {
    // given the figures above
    // when the CSV is downloaded, signed out
    const response = await fetch(`${api.url}/exports/deinstitutionalisation.csv`);
    // then it parses, and Karak's 3 is withheld there too
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const records = parse<Record<string, string>>(await response.text(), { columns: true, bom: true });
    const cell = records.find(
      (r) => r.measure === 'TRANSITIONS_TO_FAMILY' && r.governorate_code === 'JO-KA' && r.quarter === '2025-Q2',
    );
    expect(cell).toMatchObject({
      value: '',
      suppressed: 'true',
      shown_as: 'fewer than 5 or withheld',
      governorate_name_en: 'Karak',
    });
    const graph = (await api.graphql<FiguresResult>(FIGURES)).body.data!.deinstitutionalisationFigures;
    const suppressedInGraph = graph.tables
      .flatMap((t) => [...t.rows.flatMap((r) => [...r.cells, r.total]), ...t.nationalTotals, t.grandTotal])
      .filter((c) => c.suppressed).length;
    expect(records.filter((r) => r.suppressed === 'true')).toHaveLength(suppressedInGraph);
    expect(records.some((r) => /^[=+\-@]/.test(Object.values(r).join('')))).toBe(false);
  });
});
