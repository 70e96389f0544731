/**
 * The queries of training sessions: the catalogue (filters and pages) and a session's registrants in the order they
 * registered (the page, and the whole list streamed for the CSV export). The resolvers only translate arguments.
 */
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CsvCell } from '../../common/csv/csv-writer.js';
import { parseTimestamp, sqlRows } from '../../database/sql.js';
import { paginate, type ConnectionPage } from '../../common/pagination/paginate.js';
import type { PageRequest } from '../../common/pagination/pagination.args.js';
import { TrainingCourseEntity, TrainingRegistrationEntity, TrainingSessionEntity } from './training.entities.js';
import type { TrainingLanguage } from './training.enums.js';

/** What the catalogue filters by (the resolver turns ids into uuids first). */
export interface CatalogueFilter {
  courseId?: string | null;
  topics?: readonly string[] | null;
  governorates?: readonly string[] | null;
  online?: boolean | null;
  languages?: readonly TrainingLanguage[] | null;
  startsFrom?: Date | null;
  startsBefore?: Date | null;
  seatsLeft?: boolean | null;
  includePast?: boolean | null;
}

export class TrainingSessionRepository {
  constructor(private readonly em: EntityManager) {}

  /** The catalogue's page of sessions, soonest first. */
  async catalogue<TNode>(
    filter: CatalogueFilter,
    page: PageRequest,
    toNode: (row: TrainingSessionEntity) => TNode,
    now: Date = new Date(),
  ): Promise<ConnectionPage<TNode>> {
    return paginate(this.em, TrainingSessionEntity, await this.catalogueWhere(filter, now), {
      page,
      orderBy: { startsAt: 'asc', id: 'asc' },
      kind: 'training-session',
      toNode,
    });
  }

  private async catalogueWhere(filter: CatalogueFilter, now: Date): Promise<FilterQuery<TrainingSessionEntity>> {
    const where: FilterQuery<TrainingSessionEntity> & Record<string, unknown> = {};
    const and: FilterQuery<TrainingSessionEntity>[] = [];
    if (filter.courseId) where.courseId = filter.courseId;
    if (filter.topics?.length) {
      const courses = await this.em.find(
        TrainingCourseEntity,
        { topicCode: { $in: [...filter.topics] } },
        { fields: ['id'] },
      );
      and.push({ courseId: { $in: courses.map((course) => course.id) } });
    }
    if (filter.governorates?.length) where.governorateCode = { $in: [...filter.governorates] };
    if (filter.online === true) where.onlineUrl = { $ne: null };
    if (filter.online === false) where.onlineUrl = null;
    if (filter.languages?.length) where.language = { $in: [...filter.languages] };
    if (filter.startsFrom) and.push({ startsAt: { $gte: filter.startsFrom } });
    if (filter.startsBefore) and.push({ startsAt: { $lt: filter.startsBefore } });
    // two columns compared: the ORM's filter has no column-to-column operator
    if (filter.seatsLeft) where[String(raw('(confirmed_count < seats)'))] = true;
    if (!filter.includePast) {
      where.cancelledAt = null;
      and.push({ endsAt: { $gt: now } });
    }
    if (and.length) where.$and = and;
    return where;
  }

  /** A page of a session's registrations (or an organisation's), in the order they were made. */
  registrations<TNode>(
    where: FilterQuery<TrainingRegistrationEntity>,
    page: PageRequest,
    kind: string,
    toNode: (row: TrainingRegistrationEntity) => TNode,
    order: 'asc' | 'desc' = 'asc',
  ): Promise<ConnectionPage<TNode>> {
    return paginate(this.em, TrainingRegistrationEntity, where, {
      page,
      orderBy: { createdAt: order, id: 'asc' },
      kind,
      toNode,
    });
  }

  /**
   * Every registrant of a session for the CSV export, in the order they registered, read in batches by keyset so a
   * large session never sits in memory (hand-written: one join per batch for the person and the organisation).
   */
  async *registrantRecords(sessionId: string, batch = 500): AsyncGenerator<readonly CsvCell[]> {
    let after: { createdAt: string | Date; id: string } | null = null;
    for (;;) {
      const rows: RegistrantRow[] = await sqlRows<RegistrantRow>(
        this.em,
        `select r.id, r.created_at, r.status, r.waitlist_position, u.name as person_name, u.email,
                o.name_ar as organization_ar, o.name_en as organization_en, r.as_public_official,
                r.needs_sign_language, r.needs_accessible_venue, r.needs_transport, r.needs_carer_seat,
                r.needs_accessible_materials, r.accommodations_note, r.accommodations_confirmed_at,
                r.cancelled_at, r.cancellation_reason
           from training_registration r
           left join auth_user u on u.id = r.user_id
           left join organization o on o.id = r.organization_id
          where r.session_id = ?
            ${after ? 'and (r.created_at, r.id) > (?, ?)' : ''}
          order by r.created_at, r.id
          limit ?`,
        after ? [sessionId, after.createdAt, after.id, batch] : [sessionId, batch],
      );
      for (const row of rows) {
        yield [
          row.id,
          iso(row.created_at),
          row.status,
          row.waitlist_position,
          row.person_name,
          row.email,
          row.organization_ar,
          row.organization_en,
          row.as_public_official,
          row.needs_sign_language,
          row.needs_accessible_venue,
          row.needs_transport,
          row.needs_carer_seat,
          row.needs_accessible_materials,
          row.accommodations_note,
          iso(row.accommodations_confirmed_at),
          iso(row.cancelled_at),
          row.cancellation_reason,
        ];
      }
      if (rows.length < batch) return;
      const last = rows[rows.length - 1]!;
      // the time as the database gave it: exact to its stored precision
      after = { createdAt: last.created_at, id: last.id };
    }
  }
}

/** The header of the registrants' CSV, in the order of `registrantRecords`' cells. */
export const REGISTRANT_CSV_HEADER = [
  'registration_id',
  'registered_at',
  'status',
  'waitlist_position',
  'name',
  'email',
  'organization_ar',
  'organization_en',
  'as_public_official',
  'needs_sign_language',
  'needs_accessible_venue',
  'needs_transport',
  'needs_carer_seat',
  'needs_accessible_materials',
  'accommodations_note',
  'accommodations_confirmed_at',
  'cancelled_at',
  'cancellation_reason',
] as const;

interface RegistrantRow {
  id: string;
  created_at: string | Date;
  status: string;
  waitlist_position: number | null;
  person_name: string | null;
  email: string | null;
  organization_ar: string | null;
  organization_en: string | null;
  as_public_official: boolean;
  needs_sign_language: boolean;
  needs_accessible_venue: boolean;
  needs_transport: boolean;
  needs_carer_seat: boolean;
  needs_accessible_materials: boolean;
  accommodations_note: string | null;
  accommodations_confirmed_at: string | Date | null;
  cancelled_at: string | Date | null;
  cancellation_reason: string | null;
}

const iso = (value: string | Date | null): string | null =>
  value === null ? null : parseTimestamp(value).toISOString();
