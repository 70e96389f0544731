/**
 * The registry of the programme's indicators. Each domain contributes its indicators as a file under `indicators/`
 * listed in `indicators/index.ts` (the results module's own list, not a `PlatformModule` field: the SQL an indicator
 * runs reads the other domains' tables, which only the results module needs to know about, so adding an indicator
 * touches one file here instead of the platform's module interface and every module's face).
 *
 * An indicator is its record SQL: every record it counts, one row each (or several rows for a record counted under
 * several breakdown values), never a typed-in figure. The actual is the number of distinct records; a record is
 * counted once, in the quarter (Asia/Amman) of its earliest row.
 */
export enum ResultsIndicatorUnit {
  ORGANIZATIONS = 'ORGANIZATIONS',
  SESSIONS = 'SESSIONS',
  PARTICIPANTS = 'PARTICIPANTS',
  PARTNERSHIPS = 'PARTNERSHIPS',
  APPLICATIONS = 'APPLICATIONS',
}

export enum ResultsDimension {
  SEX = 'SEX',
  AUDIENCE = 'AUDIENCE',
  GOVERNORATE = 'GOVERNORATE',
  LOT = 'LOT',
  SUPPORT = 'SUPPORT',
}

export interface IndicatorDefinition {
  /** Stable code: `CSOS_SUPPORTED`. */
  readonly code: string;
  readonly nameAr: string;
  readonly nameEn: string;
  readonly definitionAr: string;
  readonly definitionEn: string;
  readonly unit: ResultsIndicatorUnit;
  /** The value at the programme's start. */
  readonly baseline: number;
  /** The programme's target; null when it has none. */
  readonly target: number | null;
  /** The breakdowns the record SQL fills, in the order the dashboard shows them. */
  readonly dimensions: readonly ResultsDimension[];
  /**
   * The records counted, as SQL with these columns: `record_type` (the GraphQL type of the record, for its global
   * id), `record_id` (text), `occurred_at` (timestamptz: when it counted), `label_ar`, `label_en` (what an officer
   * reads), and `breakdown` (jsonb: `{ "<dimension>": { "k": key, "ar": label, "en": label } }`, `{}` when none).
   */
  readonly recordsSql: string;
}

/** A breakdown entry of the record SQL: `'GOVERNORATE', g.code, g.name_ar, g.name_en`. */
export const breakdownEntry = (dimension: ResultsDimension, key: string, ar: string, en: string): string =>
  `'${dimension}', case when ${key} is null then null else jsonb_build_object('k', ${key}, 'ar', ${ar}, 'en', ${en}) end`;

/** A jsonb breakdown without its null entries. */
export const breakdownObject = (...entries: string[]): string =>
  entries.length ? `jsonb_strip_nulls(jsonb_build_object(${entries.join(', ')}))` : `'{}'::jsonb`;
