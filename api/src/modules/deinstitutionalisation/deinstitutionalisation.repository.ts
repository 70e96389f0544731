/**
 * The reads of the module that the ORM would express badly: the quarterly sums per governorate behind the public
 * figures (an aggregate), and the database's own clock in Amman time (what "a future quarter" is measured against).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../../database/sql.js';

export interface GovernorateQuarterSums {
  governorate_code: string;
  year: number;
  quarter: number;
  residents: number;
  transitions_to_family: number;
  transitions_to_community: number;
  community_places: number;
}

/** How many quarters the public table shows (the latest with figures). */
export const PUBLISHED_QUARTERS = 8;

export class DeinstitutionalisationRepository {
  constructor(private readonly em: EntityManager) {}

  /** The current year and quarter by the database's clock, in Amman time. */
  async currentQuarter(): Promise<{ year: number; quarter: number }> {
    const [row] = await sqlRows<{ year: number; quarter: number }>(
      this.em,
      `select extract(year from now() at time zone 'Asia/Amman')::int as year,
              extract(quarter from now() at time zone 'Asia/Amman')::int as quarter`,
    );
    return row!;
  }

  /** Sums per governorate and quarter over the latest quarters with figures (an aggregate: SQL earns its place). */
  async governorateQuarterSums(): Promise<GovernorateQuarterSums[]> {
    return sqlRows<GovernorateQuarterSums>(
      this.em,
      `with shown as (
         select distinct year, quarter from care_institution_quarter order by year desc, quarter desc limit ?
       )
       select i.governorate_code, q.year::int as year, q.quarter::int as quarter,
              sum(q.residents)::int as residents,
              sum(q.transitions_to_family)::int as transitions_to_family,
              sum(q.transitions_to_community)::int as transitions_to_community,
              sum(q.community_places)::int as community_places
         from care_institution_quarter q
         join shown s on s.year = q.year and s.quarter = q.quarter
         join care_institution i on i.id = q.institution_id
        group by i.governorate_code, q.year, q.quarter`,
      [PUBLISHED_QUARTERS],
    );
  }

  /** The highest residents recorded for an institution in any quarter (a capacity may not go below it). */
  async maxResidents(institutionId: string): Promise<number> {
    const [row] = await sqlRows<{ max: number | null }>(
      this.em,
      `select max(residents)::int as max from care_institution_quarter where institution_id = ?`,
      [institutionId],
    );
    return row?.max ?? 0;
  }
}
