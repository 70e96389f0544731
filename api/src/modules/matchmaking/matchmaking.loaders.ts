import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { sqlRows } from '../../database/sql.js';
import {
  MatchmakingDayEntity,
  MatchmakingMeetingEntity,
  MatchmakingParticipantEntity,
  MatchmakingSlotEntity,
} from './matchmaking.entities.js';

const group = <T>(ids: readonly string[], rows: readonly T[], key: (row: T) => string): T[][] => {
  const by = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) by.get(key(row))?.push(row);
  return ids.map((id) => by.get(id)!);
};

/** Per-request loaders of the matchmaking module: one statement per kind of nested object, whatever the page size. */
export function matchmakingLoaders(em: EntityManager) {
  return {
    dayById: new DataLoader<string, MatchmakingDayEntity | null>(async (ids) => {
      const rows = await em.find(MatchmakingDayEntity, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    slotById: new DataLoader<string, MatchmakingSlotEntity | null>(async (ids) => {
      const rows = await em.find(MatchmakingSlotEntity, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    slotsByDay: new DataLoader<string, MatchmakingSlotEntity[]>(async (ids) => {
      const rows = await em.find(MatchmakingSlotEntity, { dayId: { $in: [...ids] } }, { orderBy: { position: 'asc' } });
      return group(ids, rows, (r) => r.dayId);
    }),
    participantById: new DataLoader<string, MatchmakingParticipantEntity | null>(async (ids) => {
      const rows = await em.find(MatchmakingParticipantEntity, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    /** The meetings a participant asked for or was asked for, newest first. */
    meetingsByParticipant: new DataLoader<string, MatchmakingMeetingEntity[]>(async (ids) => {
      const rows = await em.find(
        MatchmakingMeetingEntity,
        { $or: [{ requesterId: { $in: [...ids] } }, { inviteeId: { $in: [...ids] } }] },
        { orderBy: { createdAt: 'desc', id: 'asc' } },
      );
      return ids.map((id) => rows.filter((r) => r.requesterId === id || r.inviteeId === id));
    }),
    /** The slots a participant said it is free in. */
    availabilityByParticipant: new DataLoader<string, string[]>(async (ids) => {
      const rows = await sqlRows<{ participant_id: string; slot_id: string }>(
        em,
        'select participant_id, slot_id from matchmaking_availability where participant_id = any(?)',
        [ids],
      );
      return group(ids, rows, (r) => r.participant_id).map((list) => list.map((r) => r.slot_id));
    }),
    /** The slots taken in a participant's agenda. */
    bookingsByParticipant: new DataLoader<string, string[]>(async (ids) => {
      const rows = await sqlRows<{ participant_id: string; slot_id: string }>(
        em,
        'select participant_id, slot_id from matchmaking_booking where participant_id = any(?)',
        [ids],
      );
      return group(ids, rows, (r) => r.participant_id).map((list) => list.map((r) => r.slot_id));
    }),
    /** The institutions a person acts for (editor or owner): one statement per request, whatever the participants. */
    actingInstitutions: new DataLoader<string, Set<string>>(async (userIds) => {
      // the partnerships module's table, read once per request as the listings' existence checks read others'
      const rows = await sqlRows<{ user_id: string; institution_id: string }>(
        em,
        "select user_id, institution_id from institution_member where user_id = any(?) and role in ('OWNER', 'EDITOR')",
        [userIds],
      );
      return group(userIds, rows, (r) => r.user_id).map((list) => new Set(list.map((r) => r.institution_id)));
    }),
  };
}
