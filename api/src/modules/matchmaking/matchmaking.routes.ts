/**
 * GET /calendar/matchmaking/<secret>.ics: a participant's agenda feed, at the URL `matchmakingAgendaLinkReset` gave
 * (no sign-in: calendar clients fetch it on their own). Only the secret's SHA-256 is stored; an unknown or reset
 * secret answers 404.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { sendProblem, type HttpRoute } from '../../common/http/routes.js';
import { parseTimestamp, sqlRows } from '../../database/sql.js';
import { agendaCalendar, type AgendaMeeting } from './matchmaking.ics.js';
import { AGENDA_TOKEN_PATTERN, hashAgendaToken } from './matchmaking.service.js';

const name = (ar: string | null, en: string | null) => ({ ar: ar ?? en ?? '', en: en ?? ar ?? '' });

/** The accepted meetings of the participant whose secret this is; null when the secret is unknown (or was reset). */
export async function agendaFeed(em: EntityManager, token: string): Promise<AgendaMeeting[] | null> {
  const [owner] = await sqlRows<{ id: string }>(
    em,
    'select id from matchmaking_participant where calendar_token_hash = ?',
    [hashAgendaToken(token)],
  );
  if (!owner) return null;
  // one statement: the meetings with their slots, day, venue and the other party's names (organisation or institution)
  const rows = await sqlRows<{
    id: string;
    day_id: string;
    title_ar: string | null;
    title_en: string | null;
    venue_ar: string | null;
    venue_en: string | null;
    online_url: string | null;
    governorate_ar: string | null;
    governorate_en: string | null;
    other_ar: string | null;
    other_en: string | null;
    starts_at: string;
    ends_at: string;
    answered_at: string;
  }>(
    em,
    `select m.id, d.id as day_id, d.title_ar, d.title_en, d.venue_ar, d.venue_en, d.online_url,
            g.name_ar as governorate_ar, g.name_en as governorate_en,
            coalesce(o.name_ar, i.name_ar) as other_ar, coalesce(o.name_en, i.name_en) as other_en,
            s.starts_at, s.ends_at, m.answered_at
     from matchmaking_meeting m
     join matchmaking_slot s on s.id = m.slot_id
     join matchmaking_day d on d.id = m.day_id
     left join governorate g on g.code = d.governorate_code
     join matchmaking_participant p on p.id = case when m.requester_id = ? then m.invitee_id else m.requester_id end
     left join organization o on o.id = p.organization_id
     left join institution i on i.id = p.institution_id
     where m.status = 'ACCEPTED' and (m.requester_id = ? or m.invitee_id = ?)
     order by s.starts_at, m.id`,
    [owner.id, owner.id, owner.id],
  );
  return rows.map((r) => {
    const title = name(r.title_ar, r.title_en);
    const other = name(r.other_ar, r.other_en);
    const place = r.online_url
      ? `عبر الإنترنت | Online: ${r.online_url}`
      : [
          [r.venue_ar, r.governorate_ar].filter(Boolean).join('، '),
          [r.venue_en, r.governorate_en].filter(Boolean).join(', '),
        ]
          .filter(Boolean)
          .join(' | ');
    return {
      id: r.id,
      dayId: r.day_id,
      dayTitleAr: title.ar,
      dayTitleEn: title.en,
      otherAr: other.ar,
      otherEn: other.en,
      location: place,
      startsAt: parseTimestamp(r.starts_at),
      endsAt: parseTimestamp(r.ends_at),
      answeredAt: parseTimestamp(r.answered_at),
    };
  });
}

export const agendaCalendarRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/calendar\/matchmaking\/([^/]+)\.ics$/,
  describe: '/calendar/matchmaking/<secret>.ics',
  async handle({ res, params, em, config }) {
    const token = params[0]!;
    const meetings = AGENDA_TOKEN_PATTERN.test(token) ? await agendaFeed(em, token) : null;
    if (!meetings) return sendProblem(res, 404, 'NOT_FOUND', 'Calendar not found');
    const body = agendaCalendar(meetings, {
      name: 'لقاءاتي | My meetings — Shabaka',
      portalUrl: config.portalPublicUrl,
      uidDomain: new URL(config.publicUrl).hostname,
    });
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="matchmaking.ics"',
      'cache-control': 'private, no-store',
    });
    res.end(body);
  },
};
