/**
 * The places reminder: once a day (08:00 Amman time), the owners and editors of an organisation whose service's
 * places and waiting list are older than 30 days are emailed (Arabic and English) to update them; each service is
 * reminded once per stale period (`places_reminded_at`, cleared by the next update). The emails and the marks are
 * written in one transaction, so a retried run sends nothing twice.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { emailOutboxService, type EmailOutbox } from '../../common/email/email-outbox.js';
import { defineJob } from '../../common/jobs/job-queue.js';
import { defineService } from '../../common/module/services.js';
import { sqlRows } from '../../database/sql.js';
import { PLACES_STALE_DAYS } from './services.type.js';

export function placesReminderEmail(
  service: { id: string; name_ar: string | null; name_en: string | null; slug: string },
  portalUrl: string,
) {
  const nameAr = service.name_ar ?? service.name_en ?? '';
  const nameEn = service.name_en ?? service.name_ar ?? '';
  const link = `${portalUrl}/ar/services/manage/${service.slug}`;
  return {
    subject: `حدّثوا الأماكن المتاحة: ${nameAr} / Please update the places: ${nameEn}`,
    text: [
      `مضى أكثر من ${PLACES_STALE_DAYS} يومًا على آخر تحديث للأماكن المتاحة وقائمة الانتظار لخدمة "${nameAr}". تعتمد الأسر والأخصائيون الاجتماعيون على هذه الأرقام: حدّثوها بنقرتين من صفحة خدمات المنظمة:`,
      link,
      '',
      `The places available and waiting list of "${nameEn}" were last updated more than ${PLACES_STALE_DAYS} days ago. Families and social workers rely on them: update them in two clicks on the organisation's services page:`,
      link.replace('/ar/', '/en/'),
    ].join('\n'),
  };
}

/** Emails the editors of every stale service not reminded yet; returns how many services were reminded. */
export async function remindStalePlaces(
  em: EntityManager,
  outbox: EmailOutbox,
  portalUrl: string,
  now: Date,
): Promise<number> {
  return em.transactional(async (trx) => {
    // one guarded update marks the services and returns them with their organisation (the ORM would read each)
    const services = await sqlRows<{
      id: string;
      organization_id: string;
      name_ar: string | null;
      name_en: string | null;
      slug: string;
    }>(
      trx,
      `update service s set places_reminded_at = ?
       from organization o
       where o.id = s.organization_id
         and (s.places_available is not null or s.waiting_list_length is not null)
         and s.places_updated_at < ?::timestamptz - interval '${PLACES_STALE_DAYS} days'
         and s.places_reminded_at is null
       returning s.id, s.organization_id, s.name_ar, s.name_en, o.slug`,
      [now, now],
    );
    if (services.length === 0) return 0;
    const editors = await sqlRows<{ organization_id: string; email: string }>(
      trx,
      `select m.organization_id, u.email from organization_member m join auth_user u on u.id = m.user_id
       where m.organization_id = any(?::uuid[]) and m.role in ('OWNER', 'EDITOR')`,
      [[...new Set(services.map((s) => s.organization_id))]],
    );
    for (const service of services) {
      for (const editor of editors.filter((e) => e.organization_id === service.organization_id)) {
        await outbox.enqueue(trx, editor.email, 'SERVICE_PLACES_REMINDER', placesReminderEmail(service, portalUrl));
      }
    }
    return services.length;
  });
}

export const servicesRemindersService = defineService<{ remind(em: EntityManager, now: Date): Promise<number> }>(
  'services.reminders',
  ({ config, services }) => ({
    remind: (em, now) => remindStalePlaces(em, services.get(emailOutboxService), config.portalPublicUrl, now),
  }),
);

export const placesReminderJob = defineJob<{ now?: string }>({
  name: 'services.places-reminder',
  cron: '0 8 * * *',
  // `now` only for tests and commands; the schedule sends {}
  async run(data, { em, services, logger }) {
    const reminded = await services
      .get(servicesRemindersService)
      .remind(em, data.now ? new Date(data.now) : new Date());
    if (reminded > 0) logger.info({ reminded }, 'services places reminders sent');
  },
});
