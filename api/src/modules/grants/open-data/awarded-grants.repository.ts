/**
 * The public record of awarded grants: what an award, its application, call, lot and recipient publish, and nothing
 * personal (no people, no budgets' details, no reasons). One hand-written query because it joins five aggregates and
 * filters inside the application's arrays (governorates, target groups).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseTimestamp, sqlRows } from '../../../database/sql.js';

export interface AwardedGrantFilterValue {
  callId?: string | null;
  lotId?: string | null;
  governorateCode?: string | null;
  targetGroupCode?: string | null;
  organizationId?: string | null;
  awardIds?: readonly string[] | null;
}

export interface AwardedGrantRow {
  awardId: string;
  status: string;
  amountMinor: number;
  currency: string;
  awardedAt: Date;
  updatedAt: Date;
  callId: string;
  callTitleAr: string | null;
  callTitleEn: string | null;
  jodRateMicros: number;
  lotId: string;
  lotTitleAr: string | null;
  lotTitleEn: string | null;
  applicationId: string;
  titleAr: string | null;
  titleEn: string | null;
  summaryAr: string | null;
  summaryEn: string | null;
  governorateCodes: string[];
  targetGroupCodes: string[];
  durationMonths: number | null;
  organizationId: string;
  organizationNameAr: string | null;
  organizationNameEn: string | null;
  organizationGovernorateCode: string;
  msdNumber: string | null;
}

/** Awards in force or completed (a terminated grant is no longer published as awarded). */
const PUBLIC_STATUSES = ['AWARDED', 'COMPLETED'];

export async function awardedGrantRows(
  em: EntityManager,
  filter: AwardedGrantFilterValue = {},
): Promise<AwardedGrantRow[]> {
  const where: string[] = ['w.status = any(?)'];
  const bindings: unknown[] = [PUBLIC_STATUSES];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    bindings.push(value);
  };
  if (filter.callId) add('w.call_id = ?', filter.callId);
  if (filter.lotId) add('w.lot_id = ?', filter.lotId);
  if (filter.organizationId) add('w.organization_id = ?', filter.organizationId);
  if (filter.awardIds) add('w.id = any(?)', [...filter.awardIds]);
  if (filter.governorateCode) add('? = any(a.governorate_codes)', filter.governorateCode);
  if (filter.targetGroupCode)
    add(`a.target_groups @> jsonb_build_array(jsonb_build_object('code', ?::text))`, filter.targetGroupCode);
  const rows = await sqlRows<Record<string, unknown>>(
    em,
    `select w.id as award_id, w.status, w.amount_minor, w.currency, w.decided_at, w.updated_at,
            c.id as call_id, c.title_ar as call_title_ar, c.title_en as call_title_en, c.jod_rate_micros,
            l.id as lot_id, l.title_ar as lot_title_ar, l.title_en as lot_title_en,
            a.id as application_id, a.title_ar, a.title_en, a.summary_ar, a.summary_en, a.governorate_codes,
            array(select t->>'code' from jsonb_array_elements(a.target_groups::jsonb) t) as target_group_codes,
            a.duration_months,
            o.id as organization_id, o.name_ar as organization_name_ar, o.name_en as organization_name_en,
            o.governorate_code as organization_governorate_code,
            (select i.identifier from organization_identifier i
              where i.organization_id = o.id and i.scheme = 'JO-MSD' order by i.identifier limit 1) as msd_number
       from grant_award w
       join grant_application a on a.id = w.application_id
       join grant_call c on c.id = w.call_id
       join grant_lot l on l.id = w.lot_id
       join organization o on o.id = w.organization_id
      where ${where.join(' and ')}
      order by w.decided_at desc, w.id`,
    bindings,
  );
  return rows.map((r) => ({
    awardId: r.award_id as string,
    status: r.status as string,
    amountMinor: Number(r.amount_minor),
    currency: r.currency as string,
    awardedAt: parseTimestamp(r.decided_at as string),
    updatedAt: parseTimestamp(r.updated_at as string),
    callId: r.call_id as string,
    callTitleAr: r.call_title_ar as string | null,
    callTitleEn: r.call_title_en as string | null,
    jodRateMicros: Number(r.jod_rate_micros),
    lotId: r.lot_id as string,
    lotTitleAr: r.lot_title_ar as string | null,
    lotTitleEn: r.lot_title_en as string | null,
    applicationId: r.application_id as string,
    titleAr: r.title_ar as string | null,
    titleEn: r.title_en as string | null,
    summaryAr: r.summary_ar as string | null,
    summaryEn: r.summary_en as string | null,
    governorateCodes: r.governorate_codes as string[],
    targetGroupCodes: r.target_group_codes as string[],
    durationMonths: r.duration_months as number | null,
    organizationId: r.organization_id as string,
    organizationNameAr: r.organization_name_ar as string | null,
    organizationNameEn: r.organization_name_en as string | null,
    organizationGovernorateCode: r.organization_governorate_code as string,
    msdNumber: r.msd_number as string | null,
  }));
}

export interface LotTotalRow {
  lotId: string;
  awardedMinor: number;
  grantCount: number;
}

/** What is awarded per lot of a call (awards in force or completed). */
export async function awardedPerLot(em: EntityManager, callId: string): Promise<Map<string, LotTotalRow>> {
  const rows = await sqlRows<{ lot_id: string; awarded: string; n: number }>(
    em,
    `select lot_id, sum(amount_minor)::bigint as awarded, count(*)::int as n from grant_award
      where call_id = ? and status = any(?) group by lot_id`,
    [callId, PUBLIC_STATUSES],
  );
  return new Map(rows.map((r) => [r.lot_id, { lotId: r.lot_id, awardedMinor: Number(r.awarded), grantCount: r.n }]));
}
