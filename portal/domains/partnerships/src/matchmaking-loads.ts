/** The matchmaking days pages' data: the list, a day, a participant's own pages (availability, requests, agenda). */
import { error } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError } from '@shabaka/graphql';
import { currentViewer, requireViewer, signInFirst } from '@shabaka/ui/viewer';
import {
  MatchmakingCapabilitiesQuery,
  MatchmakingDayQuery,
  MatchmakingDaysQuery,
  MatchmakingGovernoratesQuery,
  MatchmakingParticipantQuery,
  MatchmakingViewerPartiesQuery,
} from './graphql/matchmaking.js';
import type { PartnershipsEvent } from './loads.js';

const OFFICER_ROLES = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'];

async function orUnavailable<T extends object>(work: () => Promise<T>): Promise<T | { state: 'unavailable' }> {
  try {
    return await work();
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) return { state: 'unavailable' as const };
    throw failure;
  }
}

function guard(event: PartnershipsEvent, failure: unknown): never {
  if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') signInFirst(event);
  if (failure instanceof ApiError && failure.code === 'FORBIDDEN') error(403, 'Forbidden');
  if (failure instanceof ApiError && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) {
    error(404, 'Not found');
  }
  throw failure;
}

const isOfficer = (roles: readonly string[] | undefined) => (roles ?? []).some((r) => OFFICER_ROLES.includes(r));

export async function loadMatchmakingDays(event: PartnershipsEvent) {
  return orUnavailable(async () => {
    const viewer = await currentViewer(event);
    const { matchmakingDays } = await event.locals.api(MatchmakingDaysQuery, {
      first: 50,
      after: event.url.searchParams.get('after') || null,
    });
    return { state: 'ready' as const, days: matchmakingDays, officer: isOfficer(viewer?.roles) };
  });
}
export type MatchmakingDaysData = Awaited<ReturnType<typeof loadMatchmakingDays>>;

export async function loadMatchmakingDay(event: PartnershipsEvent) {
  return orUnavailable(async () => {
    const viewer = await currentViewer(event);
    const [{ matchmakingDay: day }, { partnershipCapabilities }] = await Promise.all([
      event.locals.api(MatchmakingDayQuery, { id: event.params.day!, first: 100 }),
      event.locals.api(MatchmakingCapabilitiesQuery, {}),
    ]);
    if (!day) error(404, 'Not found');
    const capabilities = Object.fromEntries(partnershipCapabilities.map((c) => [c.code, c.name]));
    let parties: { id: string; name: { ar?: string | null; en?: string | null } }[] = [];
    if (viewer) {
      const { viewer: me } = await event.locals.api(MatchmakingViewerPartiesQuery, {});
      const taking = new Set(day.viewerParticipants.map((p) => p.party?.id));
      parties = [
        ...(me?.memberships ?? [])
          .filter((m) => m.role !== 'VIEWER')
          .map((m) => ({ id: m.organization.id, name: m.organization.name })),
        ...(me?.institutionMemberships ?? [])
          .filter((m) => m.role !== 'VIEWER')
          .map((m) => ({ id: m.institution.id, name: m.institution.name })),
      ].filter((p) => !taking.has(p.id));
    }
    return {
      state: 'ready' as const,
      day,
      signedIn: viewer !== null,
      officer: isOfficer(viewer?.roles),
      parties,
      capabilities,
      done: event.url.searchParams.get('done'),
    };
  });
}
export type MatchmakingDayData = Awaited<ReturnType<typeof loadMatchmakingDay>>;

/** A participant's own page: the one named by ?participant=, else the viewer's first participation in the day. */
export async function loadMatchmakingParticipant(event: PartnershipsEvent) {
  await requireViewer(event);
  try {
    const { matchmakingDay: day } = await event.locals.api(MatchmakingDayQuery, { id: event.params.day!, first: 1 });
    if (!day) error(404, 'Not found');
    const wanted = event.url.searchParams.get('participant');
    const mine = day.viewerParticipants;
    const chosen = mine.find((p) => p.uuid === wanted) ?? mine[0];
    if (!chosen) return { state: 'not-taking-part' as const, dayId: day.uuid, title: day.title };
    const { matchmakingParticipant: participant } = await event.locals.api(MatchmakingParticipantQuery, {
      id: chosen.id,
    });
    if (!participant || !participant.viewerActsFor) error(403, 'Forbidden');
    return {
      state: 'ready' as const,
      participant,
      others: mine.filter((p) => p.uuid !== participant.uuid),
      done: event.url.searchParams.get('done'),
    };
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) return { state: 'unavailable' as const };
    return guard(event, failure);
  }
}
export type MatchmakingParticipantData = Awaited<ReturnType<typeof loadMatchmakingParticipant>>;

/** The officers' set-up page (others: 403). */
export async function loadMatchmakingSetup(event: PartnershipsEvent) {
  const viewer = await requireViewer(event);
  if (!isOfficer(viewer.roles)) error(403, 'Forbidden');
  return orUnavailable(async () => {
    const { governorates } = await event.locals.api(MatchmakingGovernoratesQuery, {});
    return { state: 'ready' as const, governorates };
  });
}
export type MatchmakingSetupData = Awaited<ReturnType<typeof loadMatchmakingSetup>>;
