/**
 * The public figures, the same for the GraphQL query and the CSV download: per measure, the governorates (rows) by
 * the latest quarters (columns) with row and column totals, suppressed by `suppressTable` (common/statistics)
 * measure by measure. Measures are never added together in a published figure, so each table is protected alone.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CsvCell } from '../../common/csv/csv-writer.js';
import { cachedCodeLists, type CodeLists } from '../directory/index.js';
import { DeinstitutionalisationRepository, type GovernorateQuarterSums } from './deinstitutionalisation.repository.js';
import { DeinstitutionalisationMeasure, periodOf } from './deinstitutionalisation.type.js';
import { SUPPRESSED_LABEL, suppressTable, type SuppressedTable } from '../../common/statistics/suppress.js';

type Governorates = CodeLists['governorates'];
type GovernorateRow = Governorates extends Map<string, infer R> ? R : never;

export interface PublicFigures {
  quarters: string[];
  governorates: GovernorateRow[];
  tables: { measure: DeinstitutionalisationMeasure; table: SuppressedTable }[];
}

const COLUMN: Record<DeinstitutionalisationMeasure, keyof GovernorateQuarterSums> = {
  RESIDENTS: 'residents',
  TRANSITIONS_TO_FAMILY: 'transitions_to_family',
  TRANSITIONS_TO_COMMUNITY: 'transitions_to_community',
  COMMUNITY_PLACES: 'community_places',
};

export async function publicFigures(em: EntityManager): Promise<PublicFigures> {
  const [sums, codeLists] = await Promise.all([
    new DeinstitutionalisationRepository(em).governorateQuarterSums(),
    cachedCodeLists(em),
  ]);
  const quarters = [...new Set(sums.map((s) => s.year * 4 + (s.quarter - 1)))].sort((a, b) => a - b);
  const present = new Set(sums.map((s) => s.governorate_code));
  const governorates = [...codeLists.governorates.values()].filter((g) => present.has(g.code));
  const bySlot = new Map(sums.map((s) => [`${s.governorate_code}|${s.year * 4 + (s.quarter - 1)}`, s]));
  const tables = Object.values(DeinstitutionalisationMeasure).map((measure) => {
    const body = governorates.map((g) =>
      quarters.map((q) => {
        const sum = bySlot.get(`${g.code}|${q}`);
        return sum ? Number(sum[COLUMN[measure]]) : 0;
      }),
    );
    return { measure, table: suppressTable(body) };
  });
  return {
    quarters: quarters.map((q) => periodOf(Math.floor(q / 4), (q % 4) + 1)),
    governorates,
    tables,
  };
}

export const FIGURES_CSV_HEADER = [
  'measure',
  'governorate_code',
  'governorate_name_ar',
  'governorate_name_en',
  'quarter',
  'value',
  'suppressed',
  'shown_as',
];

/**
 * One label for every withheld cell: a primary cell (1 to 4) and a complement look alike, so the label cannot tell
 * which is which; it never claims a complement is under 5.
 */
export { SUPPRESSED_LABEL };

/** The public table as CSV records: one per cell, totals with governorate "JO" (national) and quarter "ALL". */
export function* figureRecords(figures: PublicFigures): Generator<CsvCell[]> {
  const shown = (cell: { value: number | null; suppressed: boolean }): CsvCell[] =>
    cell.suppressed ? [null, true, SUPPRESSED_LABEL] : [cell.value, false, String(cell.value)];
  for (const { measure, table } of figures.tables) {
    for (const [r, g] of figures.governorates.entries()) {
      for (const [c, quarter] of figures.quarters.entries()) {
        yield [measure, g.code, g.nameAr, g.nameEn, quarter, ...shown(table.cells[r]![c]!)];
      }
      yield [measure, g.code, g.nameAr, g.nameEn, 'ALL', ...shown(table.rowTotals[r]!)];
    }
    for (const [c, quarter] of figures.quarters.entries()) {
      yield [measure, 'JO', 'الأردن', 'Jordan', quarter, ...shown(table.columnTotals[c]!)];
    }
    yield [measure, 'JO', 'الأردن', 'Jordan', 'ALL', ...shown(table.grandTotal)];
  }
}
