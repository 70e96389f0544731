/**
 * The indicators' figures from their record SQL. Hand-written SQL: every indicator is a union of other domains'
 * tables, counted distinct and grouped by quarter and breakdown; the whole dashboard is two statements, however many
 * indicators and records there are.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../../database/sql.js';
import type { IndicatorDefinition } from './indicator.definition.js';
import { quarterSql } from './quarters.js';

export interface QuarterRow {
  code: string;
  quarter: string;
  n: number;
}

export interface BreakdownRow {
  code: string;
  dimension: string;
  key: string;
  label_ar: string | null;
  label_en: string | null;
  n: number;
}

export interface RecordRow {
  record_type: string;
  record_id: string;
  at: string;
  label_ar: string | null;
  label_en: string | null;
  quarter: string;
}

/** The records of every indicator, tagged with its code (codes are the registry's constants, never input). */
const allRecords = (indicators: readonly IndicatorDefinition[], columns: string): string =>
  indicators.map((i) => `select '${i.code}'::text as code, ${columns} from (${i.recordsSql}) q`).join('\n union all\n');

export class ResultsRepository {
  constructor(private readonly em: EntityManager) {}

  /** New records per indicator and quarter: each record once, in the quarter of its earliest row. */
  async quarters(indicators: readonly IndicatorDefinition[]): Promise<QuarterRow[]> {
    if (!indicators.length) return [];
    return sqlRows<QuarterRow>(
      this.em,
      `with recs as (${allRecords(indicators, 'record_type, record_id, occurred_at')}),
            firsts as (select code, min(occurred_at) as at from recs group by code, record_type, record_id)
       select code, ${quarterSql('at')} as quarter, count(*)::int as n from firsts group by 1, 2 order by 1, 2`,
    );
  }

  /** Distinct records per indicator, dimension and key. */
  async breakdowns(indicators: readonly IndicatorDefinition[]): Promise<BreakdownRow[]> {
    if (!indicators.length) return [];
    return sqlRows<BreakdownRow>(
      this.em,
      `with recs as (${allRecords(indicators, 'record_type, record_id, breakdown')})
       select code, e.key as dimension, e.value->>'k' as key,
         max(e.value->>'ar') as label_ar, max(e.value->>'en') as label_en,
         count(distinct (record_type, record_id))::int as n
       from recs cross join lateral jsonb_each(recs.breakdown) e
       group by 1, 2, 3 order by 1, 2, n desc, 3`,
    );
  }

  /**
   * A page of an indicator's records, ordered by when each first counted (keyset on the time as PostgreSQL writes
   * it, so microseconds survive the cursor), optionally of one quarter, with the total.
   */
  async records(
    indicator: IndicatorDefinition,
    options: {
      quarter?: string;
      /** Only this record (a node(id) fetch). */
      record?: { type: string; id: string };
      after?: readonly string[];
      before?: readonly string[];
      backward: boolean;
      limit: number;
    },
  ): Promise<{ rows: RecordRow[]; total: number }> {
    const bindings: unknown[] = [];
    const where: string[] = [];
    if (options.quarter) {
      where.push(`quarter = ?`);
      bindings.push(options.quarter);
    }
    if (options.record) {
      where.push(`record_type = ? and record_id = ?`);
      bindings.push(options.record.type, options.record.id);
    }
    const filtered = where.length ? `where ${where.join(' and ')}` : '';
    const keyset: string[] = [];
    const pageBindings: unknown[] = [];
    if (options.after) {
      keyset.push(`(at, record_type, record_id) > (?::timestamptz, ?, ?)`);
      pageBindings.push(...options.after);
    }
    if (options.before) {
      keyset.push(`(at, record_type, record_id) < (?::timestamptz, ?, ?)`);
      pageBindings.push(...options.before);
    }
    const direction = options.backward ? 'desc' : 'asc';
    const rows = await sqlRows<RecordRow & { total: string }>(
      this.em,
      `with recs as (${indicator.recordsSql}),
            firsts as (select record_type, record_id, min(occurred_at) as at,
                         min(label_ar) as label_ar, min(label_en) as label_en
                       from recs group by record_type, record_id),
            counted as (select f.*, ${quarterSql('f.at')} as quarter from firsts f),
            filtered as (select * from counted ${filtered})
       select p.record_type, p.record_id, p.at::text as at, p.label_ar, p.label_en, p.quarter, t.total
       from (select count(*) as total from filtered) t
       left join lateral (select * from filtered ${keyset.length ? `where ${keyset.join(' and ')}` : ''}
                          order by at ${direction}, record_type ${direction}, record_id ${direction}
                          limit ?) p on true`,
      [...bindings, ...pageBindings, options.limit],
    );
    const total = Number(rows[0]?.total ?? 0);
    const page = rows.filter((r) => r.record_id !== null);
    return { rows: options.backward ? page.reverse() : page, total };
  }
}
