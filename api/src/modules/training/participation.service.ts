/**
 * The participation aggregates for the results dashboard: confirmed, attended and completed participations broken
 * down by sex, age band, disability, governorate and organisation. One grouped statement (hand-written: a GROUP BY
 * over five optional dimensions and the completion rule), then small-cell suppression in participation-suppression.
 * Disaggregation answers count only while their consent is in force.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../common/relay/global-id.js';
import { sqlRows } from '../../database/sql.js';
import { DISABILITY_SQL } from './disaggregation.entities.js';
import type { TrainingAgeBand, TrainingSex } from './disaggregation.type.js';
import { SUPPRESSION_THRESHOLD, suppressedCells } from './participation-suppression.js';
import {
  TrainingParticipationDimension as Dim,
  type TrainingParticipationCell,
  type TrainingParticipationCounts,
  type TrainingParticipationReport,
} from './participation.type.js';
import { COMPLETED_SQL } from './scores.service.js';

const COLUMN: Record<Dim, string> = {
  [Dim.SEX]: 'd.sex',
  [Dim.AGE_BAND]: 'd.age_band',
  [Dim.DISABILITY]: `(${DISABILITY_SQL})::text`,
  [Dim.GOVERNORATE]: 'o.governorate_code',
  [Dim.ORGANIZATION]: 'o.id::text',
};

export interface ParticipationFilter {
  courseId?: string | null;
  sessionId?: string | null;
  startsFrom?: Date | null;
  startsBefore?: Date | null;
}

interface Row {
  keys: (string | null)[];
  organization_name: string | null;
  confirmed: string;
  attended: string;
  completed: string;
}

export async function participationReport(
  em: EntityManager,
  filter: ParticipationFilter,
  by: readonly Dim[],
): Promise<TrainingParticipationReport> {
  const dims = [...new Set(by)];
  const where: string[] = [`r.status = 'CONFIRMED'`, 's.cancelled_at is null'];
  const bindings: unknown[] = [];
  if (filter.courseId) {
    where.push('s.course_id = ?');
    bindings.push(filter.courseId);
  }
  if (filter.sessionId) {
    where.push('s.id = ?');
    bindings.push(filter.sessionId);
  }
  if (filter.startsFrom) {
    where.push('s.starts_at >= ?');
    bindings.push(filter.startsFrom);
  }
  if (filter.startsBefore) {
    where.push('s.starts_at < ?');
    bindings.push(filter.startsBefore);
  }
  const keys = dims.length ? `array[${dims.map((d) => COLUMN[d]).join(', ')}]::text[]` : `array[]::text[]`;
  const group = dims.length ? 'group by 1, 2' : '';
  const found = await sqlRows<Row>(
    em,
    `with days as (select session_id, count(*) as total from training_session_day group by session_id),
          present as (select registration_id, count(*) filter (where present) as attended
                      from training_attendance group by registration_id)
     select ${keys} as keys, ${dims.includes(Dim.ORGANIZATION) ? 'coalesce(o.name_ar, o.name_en)' : 'null::text'} as organization_name,
       count(*) as confirmed,
       count(*) filter (where coalesce(p.attended, 0) > 0) as attended,
       count(*) filter (where ${COMPLETED_SQL('coalesce(p.attended, 0)', 'coalesce(dy.total, 0)')}) as completed
     from training_registration r
     join training_session s on s.id = r.session_id
     join training_course c on c.id = s.course_id
     left join days dy on dy.session_id = s.id
     left join present p on p.registration_id = r.id
     left join training_disaggregation d on d.registration_id = r.id and d.withdrawn_at is null
     left join organization o on o.id = r.organization_id
     where ${where.join(' and ')}
     ${group}
     order by 1`,
    bindings,
  );
  // without dimensions the one row is the total, even of nobody
  const rows = found.filter((r) => Number(r.confirmed) > 0);
  const measures = ['confirmed', 'attended', 'completed'] as const;
  const withheld = Object.fromEntries(
    measures.map((m) => [m, suppressedCells(rows.map((r) => ({ keys: r.keys, value: Number(r[m]) })))]),
  ) as Record<(typeof measures)[number], Set<number>>;
  const count = (value: number, suppressed: boolean) => ({ value: suppressed ? null : value, suppressed });
  const cells: TrainingParticipationCell[] = rows.map((row, i) => {
    const at = (d: Dim): string | null => {
      const k = dims.indexOf(d);
      return k < 0 ? null : (row.keys[k] ?? null);
    };
    const disability = at(Dim.DISABILITY);
    const organization = at(Dim.ORGANIZATION);
    return {
      sex: at(Dim.SEX) as TrainingSex | null,
      ageBand: at(Dim.AGE_BAND) as TrainingAgeBand | null,
      disability: disability === null ? null : disability === 'true',
      governorateCode: at(Dim.GOVERNORATE),
      organizationId: organization ? toGlobalId('Organization', organization) : null,
      organizationName: organization ? row.organization_name : null,
      counts: Object.fromEntries(
        measures.map((m) => [m, count(Number(row[m]), withheld[m].has(i))]),
      ) as unknown as TrainingParticipationCounts,
    };
  });
  const total = Object.fromEntries(
    measures.map((m) => {
      const sum = rows.reduce((s, r) => s + Number(r[m]), 0);
      return [m, count(sum, sum < SUPPRESSION_THRESHOLD)];
    }),
  ) as unknown as TrainingParticipationCounts;
  return { by: dims, cells, total, threshold: SUPPRESSION_THRESHOLD };
}
