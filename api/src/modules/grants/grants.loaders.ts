import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/dataloader/group-by.js';
import { sqlRows } from '../../database/sql.js';
import {
  GrantApplicationPartnerEntity,
  GrantCallEntity,
  GrantCallQuestionAskedEntity,
  GrantCallQuestionEntity,
  GrantLotEntity,
} from './grants.entities.js';

/** The grants module's per-request loaders: one statement per kind of nested object, whatever the page size. */
export function grantLoaders(em: EntityManager) {
  return {
    callById: new DataLoader<string, GrantCallEntity | null>(async (ids) => {
      const rows = await em.find(GrantCallEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    lotById: new DataLoader<string, GrantLotEntity | null>(async (ids) => {
      const rows = await em.find(GrantLotEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    lotsByCallId: new DataLoader<string, GrantLotEntity[]>(async (ids) => {
      const rows = await em.find(
        GrantLotEntity,
        { callId: { $in: [...ids] } },
        { orderBy: { callId: 'asc', position: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.callId);
    }),
    questionsByCallId: new DataLoader<string, GrantCallQuestionEntity[]>(async (ids) => {
      const rows = await em.find(
        GrantCallQuestionEntity,
        { callId: { $in: [...ids] } },
        { orderBy: { callId: 'asc', publishedAt: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.callId);
    }),
    /** Applicants' questions of each call, open ones first, then oldest first. */
    askedQuestionsByCallId: new DataLoader<string, GrantCallQuestionAskedEntity[]>(async (ids) => {
      const rows = await em.find(
        GrantCallQuestionAskedEntity,
        { callId: { $in: [...ids] } },
        { orderBy: { callId: 'asc', askedAt: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.callId);
    }),
    /** Submitted applications of each lot (not withdrawn nor ineligible), whatever their review. */
    submittedCountByLotId: new DataLoader<string, number>(async (ids) => {
      const rows = await sqlRows<{ lot_id: string; n: number }>(
        em,
        `select lot_id, count(*)::int as n from grant_application
         where lot_id = any(?) and status in ('SUBMITTED', 'ELIGIBLE', 'UNDER_REVIEW', 'SHORTLISTED', 'REJECTED')
         group by lot_id`,
        [ids],
      );
      const byLot = new Map(rows.map((r) => [r.lot_id, r.n]));
      return ids.map((id) => byLot.get(id) ?? 0);
    }),
    partnersByApplicationId: new DataLoader<string, GrantApplicationPartnerEntity[]>(async (ids) => {
      const rows = await em.find(
        GrantApplicationPartnerEntity,
        { applicationId: { $in: [...ids] } },
        { orderBy: { applicationId: 'asc', position: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.applicationId);
    }),
  };
}
