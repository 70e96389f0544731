/**
 * The aggregates of consultations: the report's participation tables, the scorecard per governorate and quarter, the
 * results framework's counts and the owner's CSV. Hand-written SQL: each is a grouping over several tables in one
 * statement.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CsvCell } from '../../common/csv/csv-writer.js';
import { sqlRows } from '../../database/sql.js';

const SIZE_BAND = `case when o.staff_count is null then 'NOT_STATED' when o.staff_count = 0 then 'NO_STAFF'
  when o.staff_count < 10 then 'SMALL' when o.staff_count < 50 then 'MEDIUM' else 'LARGE' end`;

export interface ParticipationTables {
  organizations: number;
  contributions: number;
  byGovernorate: { key: string; n: number }[];
  bySize: { key: string; n: number }[];
  byTargetGroup: { key: string; n: number }[];
  sections: { section_id: string; support: number; support_with_changes: number; oppose: number; accepted: number }[];
}

export const CONTRIBUTION_CSV_HEADER = [
  'section_position',
  'section_title_en',
  'section_title_ar',
  'organization_id',
  'organization_name_ar',
  'organization_name_en',
  'organization_governorate',
  'position',
  'comment',
  'endorsements',
  'answer',
  'answer_reason',
  'created_at',
  'updated_at',
] as const;

export class ParticipationRepository {
  constructor(private readonly em: EntityManager) {}

  /** Who took part and the positions per section, for one consultation (four statements, whatever its size). */
  async tables(consultationId: string): Promise<ParticipationTables> {
    const [totals] = await sqlRows<{ organizations: number; contributions: number }>(
      this.em,
      `select count(distinct organization_id)::int as organizations, count(*)::int as contributions
       from consultation_contribution where consultation_id = ?`,
      [consultationId],
    );
    const dimensions = await sqlRows<{ dimension: string; key: string; n: number }>(
      this.em,
      `with taking_part as (select distinct organization_id from consultation_contribution where consultation_id = ?)
       select 'GOVERNORATE' as dimension, o.governorate_code as key, count(*)::int as n
         from taking_part t join organization o on o.id = t.organization_id group by o.governorate_code
       union all
       select 'SIZE', ${SIZE_BAND}, count(*)::int
         from taking_part t join organization o on o.id = t.organization_id group by 2
       union all
       select 'TARGET_GROUP', g.target_group_code, count(*)::int
         from taking_part t join organization_target_group g on g.organization_id = t.organization_id
         group by g.target_group_code
       order by 1, 2`,
      [consultationId],
    );
    const sections = await sqlRows<ParticipationTables['sections'][number]>(
      this.em,
      `select s.id as section_id,
              count(c.id) filter (where c.position = 'SUPPORT')::int as support,
              count(c.id) filter (where c.position = 'SUPPORT_WITH_CHANGES')::int as support_with_changes,
              count(c.id) filter (where c.position = 'OPPOSE')::int as oppose,
              count(c.id) filter (where c.answer in ('ACCEPTED', 'PARTLY_ACCEPTED'))::int as accepted
       from consultation_section s left join consultation_contribution c on c.section_id = s.id
       where s.consultation_id = ? group by s.id, s.position order by s.position`,
      [consultationId],
    );
    const of = (dimension: string) =>
      dimensions.filter((d) => d.dimension === dimension).map((d) => ({ key: d.key, n: d.n }));
    return {
      organizations: totals?.organizations ?? 0,
      contributions: totals?.contributions ?? 0,
      byGovernorate: of('GOVERNORATE'),
      bySize: of('SIZE'),
      byTargetGroup: of('TARGET_GROUP'),
      sections,
    };
  }

  /** Scorecard answers per governorate and quarter of one adopted policy. */
  async scorecard(consultationId: string) {
    return sqlRows<{ governorate_code: string; quarter: string; yes: number; partly: number; no: number; n: number }>(
      this.em,
      `select governorate_code, quarter,
              count(*) filter (where delivered = 'YES')::int as yes,
              count(*) filter (where delivered = 'PARTLY')::int as partly,
              count(*) filter (where delivered = 'NO')::int as no,
              count(*)::int as n
       from policy_scorecard_entry where consultation_id = ?
       group by governorate_code, quarter order by quarter desc, governorate_code`,
      [consultationId],
    );
  }

  /** The results framework's counts over published consultations, optionally those closing in [since, until). */
  async counts(since: Date | null, until: Date | null) {
    const [row] = await sqlRows<{
      consultations: number;
      contributions: number;
      organizations: number;
      answers: number;
      endorsements: number;
    }>(
      this.em,
      `with chosen as (
         select id from consultation where status <> 'DRAFT'
           and (?::timestamptz is null or closes_at >= ?::timestamptz)
           and (?::timestamptz is null or closes_at < ?::timestamptz))
       select (select count(*)::int from chosen) as consultations,
              count(c.id)::int as contributions,
              count(distinct c.organization_id)::int as organizations,
              count(c.id) filter (where c.answer is not null)::int as answers,
              coalesce(sum((select count(*) from consultation_endorsement e where e.contribution_id = c.id)), 0)::int
                as endorsements
       from consultation_contribution c where c.consultation_id in (select id from chosen)`,
      [since ?? null, since ?? null, until ?? null, until ?? null],
    );
    return row!;
  }

  /** Every contribution of a consultation as CSV records, by section then time (the owner's analysis). */
  async *contributionRecords(consultationId: string): AsyncGenerator<CsvCell[]> {
    const rows = await sqlRows<Record<string, unknown>>(
      this.em,
      `select s.position, s.title_en, s.title_ar, o.id as organization_id, o.name_ar, o.name_en, o.governorate_code,
              c.position as stance, c.comment,
              (select count(*)::int from consultation_endorsement e where e.contribution_id = c.id) as endorsements,
              c.answer, c.answer_reason, c.created_at, c.updated_at
       from consultation_contribution c
       join consultation_section s on s.id = c.section_id
       join organization o on o.id = c.organization_id
       where c.consultation_id = ? order by s.position, c.created_at, c.id`,
      [consultationId],
    );
    for (const r of rows) {
      yield [
        r.position as number,
        r.title_en as string,
        r.title_ar as string,
        r.organization_id as string,
        r.name_ar as string,
        r.name_en as string,
        r.governorate_code as string,
        r.stance as string,
        r.comment as string,
        r.endorsements as number,
        r.answer as string | null,
        r.answer_reason as string | null,
        String(r.created_at),
        String(r.updated_at),
      ];
    }
  }
}
