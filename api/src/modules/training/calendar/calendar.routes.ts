/**
 * GET /calendar/training/sessions/<session uuid>.ics: a session's public iCalendar feed (its days; the venue, or
 * "online" without the link).
 *
 * GET /calendar/training/me/<secret>.ics: a person's own feed, at the URL `trainingCalendarLinkReset` gave them (no
 * sign-in: calendar clients fetch it on their own). An unknown or reset secret answers 404, as an unknown session.
 */
import type { ServerResponse } from 'node:http';
import { sendProblem, type HttpRoute } from '../../../common/http/routes.js';
import { isUuid } from '../../../common/relay/global-id.js';
import type { Config } from '../../../config.js';
import { sessionsCalendar, type CalendarSession } from './calendar.ics.js';
import { CALENDAR_TOKEN_PATTERN, personalCalendar, publicSessionCalendar } from './calendar.service.js';

function sendCalendar(
  res: ServerResponse,
  config: Config,
  sessions: readonly CalendarSession[],
  name: string,
  cache: string,
): void {
  const body = sessionsCalendar(sessions, {
    name,
    portalUrl: config.portalPublicUrl,
    uidDomain: new URL(config.publicUrl).hostname,
  });
  res.writeHead(200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': 'inline; filename="training.ics"',
    'cache-control': cache,
  });
  res.end(body);
}

export const sessionCalendarRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/calendar\/training\/sessions\/([0-9a-fA-F-]{36})\.ics$/,
  describe: '/calendar/training/sessions/<id>.ics',
  public: true,
  async handle({ res, params, em, config }) {
    const sessionId = params[0]!.toLowerCase();
    const session = isUuid(sessionId) ? await publicSessionCalendar(em, sessionId) : null;
    if (!session) return sendProblem(res, 404, 'NOT_FOUND', 'Training session not found');
    const name = [session.titleAr, session.titleEn].filter(Boolean).join(' | ');
    sendCalendar(res, config, [session], name, 'public, max-age=300');
  },
};

export const personalCalendarRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/calendar\/training\/me\/([^/]+)\.ics$/,
  describe: '/calendar/training/me/<secret>.ics',
  async handle({ res, params, em, config }) {
    const token = params[0]!;
    const sessions = CALENDAR_TOKEN_PATTERN.test(token) ? await personalCalendar(em, token) : null;
    if (!sessions) return sendProblem(res, 404, 'NOT_FOUND', 'Calendar not found');
    sendCalendar(res, config, sessions, 'تدريباتي | My training — Shabaka', 'private, no-store');
  },
};
