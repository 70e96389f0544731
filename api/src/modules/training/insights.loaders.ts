import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/dataloader/group-by.js';
import { sqlRows } from '../../database/sql.js';
import { TrainingDisaggregationEntity, TrainingSessionTrainerEntity } from './disaggregation.entities.js';
import { sessionLearningGains } from './scores.service.js';

/** Loaders of the disaggregation, scores and trainers: one statement per kind, whatever the page size. */
export function trainingInsightLoaders(em: EntityManager) {
  const trainerOf = new Map<string, DataLoader<string, boolean>>();
  return {
    disaggregationByRegistrationId: new DataLoader<string, TrainingDisaggregationEntity | null>(async (ids) => {
      const rows = await em.find(TrainingDisaggregationEntity, { registrationId: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.registrationId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    learningGainBySessionId: new DataLoader<string, { mean: number | null; n: number }>(async (ids) => {
      const gains = await sessionLearningGains(em, ids);
      return ids.map((id) => gains.get(id)!);
    }),
    daysAttendedByRegistrationId: new DataLoader<string, { attended: number; total: number }>(async (ids) => {
      const rows = await sqlRows<{ id: string; attended: string; total: string }>(
        em,
        `select r.id,
           (select count(*) from training_attendance a where a.registration_id = r.id and a.present) as attended,
           (select count(*) from training_session_day d where d.session_id = r.session_id) as total
         from training_registration r where r.id = any(?)`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, { attended: Number(r.attended), total: Number(r.total) }]));
      return ids.map((id) => byId.get(id) ?? { attended: 0, total: 0 });
    }),
    trainersBySessionId: new DataLoader<string, { id: string; name: string; email: string }[]>(async (ids) => {
      const rows = await sqlRows<{ session_id: string; id: string; name: string; email: string }>(
        em,
        `select t.session_id, u.id, u.name, u.email from training_session_trainer t join auth_user u on u.id = t.user_id
         where t.session_id = any(?) order by u.name, u.id`,
        [ids],
      );
      return groupBy(ids, rows, (r) => r.session_id);
    }),
    /** Whether one person (the viewer) is a trainer of each session. */
    isTrainerFor(userId: string): DataLoader<string, boolean> {
      let loader = trainerOf.get(userId);
      if (!loader) {
        loader = new DataLoader<string, boolean>(async (ids) => {
          const rows = await em.find(TrainingSessionTrainerEntity, { sessionId: { $in: [...ids] }, userId });
          const held = new Set(rows.map((r) => r.sessionId));
          return ids.map((id) => held.has(id));
        });
        trainerOf.set(userId, loader);
      }
      return loader;
    },
  };
}
