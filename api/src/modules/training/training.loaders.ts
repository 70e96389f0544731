import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/dataloader/group-by.js';
import { sqlRows } from '../../database/sql.js';
import {
  TrainingCourseEntity,
  TrainingRegistrationEntity,
  TrainingSessionDayEntity,
  TrainingSessionEntity,
  TrainingTopicEntity,
} from './training.entities.js';

export interface TopicRow {
  code: string;
  nameAr: string;
  nameEn: string;
}

/** The topic list changes only through migrations: each process keeps it a few minutes per database. */
const TOPICS_TTL_MS = 5 * 60_000;
const topicCache = new Map<string, { at: number; topics: Promise<Map<string, TopicRow>> }>();

export function cachedTopics(em: EntityManager): Promise<Map<string, TopicRow>> {
  const database = String(em.config.get('clientUrl'));
  const cached = topicCache.get(database);
  if (cached && Date.now() - cached.at < TOPICS_TTL_MS) return cached.topics;
  const topics = em
    .fork()
    .find(TrainingTopicEntity, {}, { orderBy: { position: 'asc' } })
    .then((rows) => new Map(rows.map((r) => [r.code, { code: r.code, nameAr: r.nameAr, nameEn: r.nameEn }])));
  topicCache.set(database, { at: Date.now(), topics });
  void topics.catch(() => topicCache.delete(database));
  return topics;
}

export interface PersonRow {
  id: string;
  name: string;
  email: string;
}

/** The training module's per-request loaders: one statement per kind of nested object, whatever the page size. */
export function trainingLoaders(em: EntityManager) {
  const activeByUser = new Map<string, DataLoader<string, TrainingRegistrationEntity | null>>();
  return {
    courseById: new DataLoader<string, TrainingCourseEntity | null>(async (ids) => {
      const rows = await em.find(TrainingCourseEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    sessionById: new DataLoader<string, TrainingSessionEntity | null>(async (ids) => {
      const rows = await em.find(TrainingSessionEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    daysBySessionId: new DataLoader<string, TrainingSessionDayEntity[]>(async (ids) => {
      const rows = await em.find(
        TrainingSessionDayEntity,
        { sessionId: { $in: [...ids] } },
        { orderBy: { sessionId: 'asc', position: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.sessionId);
    }),
    /** The active (confirmed or waitlisted) registration of one person (the viewer) for each session. */
    activeRegistrationBySessionIdFor(userId: string): DataLoader<string, TrainingRegistrationEntity | null> {
      let loader = activeByUser.get(userId);
      if (!loader) {
        loader = new DataLoader<string, TrainingRegistrationEntity | null>(async (ids) => {
          const rows = await em.find(TrainingRegistrationEntity, {
            sessionId: { $in: [...ids] },
            userId,
            status: { $ne: 'CANCELLED' },
          });
          const bySession = new Map(rows.map((r) => [r.sessionId, r]));
          return ids.map((id) => bySession.get(id) ?? null);
        });
        activeByUser.set(userId, loader);
      }
      return loader;
    },
    personById: new DataLoader<string, PersonRow | null>(async (ids) => {
      // the accounts' people table (Better Auth's): names and addresses of participants, for officers
      const rows = await sqlRows<PersonRow>(em, 'select id, name, email from auth_user where id = any(?)', [ids]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type TrainingLoaders = ReturnType<typeof trainingLoaders>;
