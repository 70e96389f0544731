import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import {
  MatchmakingDayEntity,
  MatchmakingMeetingEntity,
  MatchmakingParticipantEntity,
} from './matchmaking.entities.js';

/**
 * What the matchmaking module holds about a person: the days they set up, the participations they registered, the
 * meeting requests they wrote (their messages) and answered (their reasons for declining). Erasure leaves these to
 * the programme and to the parties (organisation or institution), no longer naming who wrote or made them.
 */
export const matchmakingPersonalData: PersonalDataSection = {
  holder: 'matchmaking',
  async export(em, person) {
    const [days, participations, written, answered] = await Promise.all([
      em.find(MatchmakingDayEntity, { createdBy: person.userId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(MatchmakingParticipantEntity, { createdBy: person.userId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(MatchmakingMeetingEntity, { createdBy: person.userId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(MatchmakingMeetingEntity, { answeredBy: person.userId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    ]);
    return {
      matchmakingDaysCreated: days.map((d) => ({
        id: d.id,
        title_ar: d.titleAr,
        title_en: d.titleEn,
        created_at: d.createdAt,
      })),
      matchmakingParticipationsRegistered: participations.map((p) => ({
        id: p.id,
        day_id: p.dayId,
        party: p.organizationId ?? p.institutionId,
        note_ar: p.noteAr,
        note_en: p.noteEn,
        created_at: p.createdAt,
      })),
      matchmakingMeetingsRequested: written.map((m) => ({
        id: m.id,
        requester_id: m.requesterId,
        invitee_id: m.inviteeId,
        message: m.message,
        status: m.status,
        created_at: m.createdAt,
      })),
      matchmakingMeetingsAnswered: answered.map((m) => ({
        id: m.id,
        status: m.status,
        decline_reason: m.declineReason,
        answered_at: m.answeredAt,
      })),
    };
  },
  async erase(em, person) {
    await em.nativeUpdate(MatchmakingDayEntity, { createdBy: person.userId }, { createdBy: null });
    await em.nativeUpdate(MatchmakingParticipantEntity, { createdBy: person.userId }, { createdBy: null });
    await em.nativeUpdate(MatchmakingMeetingEntity, { createdBy: person.userId }, { createdBy: null });
    await em.nativeUpdate(MatchmakingMeetingEntity, { answeredBy: person.userId }, { answeredBy: null });
  },
};
