/**
 * Matchmaking days (what b2match does for events): officers set up and publish a programme networking day cut into
 * meeting slots; organisations and institutions take part, say when they are free, ask each other for 1:1 meetings,
 * and an accepted meeting takes a slot in both agendas, never double-booking anyone (see matchmaking.service.ts).
 * Each participant has an agenda: a query, a printable page in the portal and an iCalendar feed at a secret URL.
 * The public face of the module: what the platform and other modules may use of it.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { MatchmakingEntities } from './matchmaking.entities.js';
import { matchmakingExamples } from './matchmaking.examples.js';
import { matchmakingPersonalData } from './matchmaking.personal-data.js';
import {
  MatchmakingDayResolver,
  MatchmakingMeetingResolver,
  MatchmakingParticipantResolver,
  MatchmakingQueryResolver,
  dayByKey,
  meetingByKey,
  participantByKey,
} from './matchmaking.resolver.js';
import { agendaCalendarRoute } from './matchmaking.routes.js';
import { MatchmakingAgendaLinkResetResolver } from './mutations/matchmaking-agenda-link-reset.js';
import { MatchmakingAvailabilitySetResolver } from './mutations/matchmaking-availability-set.js';
import { MatchmakingDayCreateResolver } from './mutations/matchmaking-day-create.js';
import { MatchmakingDayPublishResolver } from './mutations/matchmaking-day-publish.js';
import { MatchmakingMeetingAcceptResolver } from './mutations/matchmaking-meeting-accept.js';
import { MatchmakingMeetingCancelResolver } from './mutations/matchmaking-meeting-cancel.js';
import { MatchmakingMeetingDeclineResolver } from './mutations/matchmaking-meeting-decline.js';
import { MatchmakingMeetingRequestResolver } from './mutations/matchmaking-meeting-request.js';
import { MatchmakingParticipantRegisterResolver } from './mutations/matchmaking-participant-register.js';
import { seedDemoMatchmaking } from './seed/demo-seed.js';

export { MatchmakingDay, MatchmakingMeeting, MatchmakingParticipant } from './matchmaking.type.js';

const byUuid =
  <T>(fetch: (ctx: GraphQLContext, key: string) => Promise<T | null>) =>
  (ctx: GraphQLContext, key: string) =>
    isUuid(key) ? fetch(ctx, key) : Promise.resolve(null);

export const matchmakingModule: PlatformModule = {
  name: 'matchmaking',
  entities: MatchmakingEntities,
  resolvers: [
    MatchmakingQueryResolver,
    MatchmakingDayResolver,
    MatchmakingParticipantResolver,
    MatchmakingMeetingResolver,
    MatchmakingDayCreateResolver,
    MatchmakingDayPublishResolver,
    MatchmakingParticipantRegisterResolver,
    MatchmakingAvailabilitySetResolver,
    MatchmakingMeetingRequestResolver,
    MatchmakingMeetingAcceptResolver,
    MatchmakingMeetingDeclineResolver,
    MatchmakingMeetingCancelResolver,
    MatchmakingAgendaLinkResetResolver,
  ],
  nodes: {
    MatchmakingDay: byUuid(dayByKey),
    MatchmakingParticipant: byUuid(participantByKey),
    MatchmakingMeeting: byUuid(meetingByKey),
  },
  routes: [agendaCalendarRoute],
  personalData: matchmakingPersonalData,
  examples: matchmakingExamples,
  async seedDemo(em) {
    const added = await seedDemoMatchmaking(em);
    return added > 0 ? `a demo matchmaking day with ${added} meeting requests` : undefined;
  },
};
