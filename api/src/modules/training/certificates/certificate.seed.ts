/**
 * Demo certificates: a session that ended last month, its participants' attendance, and certificates for those who
 * completed it (one revoked, one left for an officer to issue), among them the demo person's (person@demo.shabaka.example), whose code is DEM0-CERT-0001
 * so that the verification page can be tried by hand. Fictional names, as each person wrote theirs.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRows } from '../../../database/sql.js';
import { newCertificateCode } from './certificate-code.js';
import { CERTIFICATE_ISSUER } from './certificate.service.js';

const DAY = 24 * 3_600_000;
const HOUR = 3_600_000;

const PARTICIPANTS: { name: string; attended: number; revoked?: string; notYetIssued?: boolean }[] = [
  { name: 'سلمى الخطيب', attended: 2 },
  { name: 'Tariq Bani Hani', attended: 2 },
  { name: 'نور المصري', attended: 2, revoked: 'Issued to the wrong registration' },
  { name: 'أحمد العبيدات', attended: 1 },
  { name: 'Hala Qudah', attended: 0 },
  // completed, certificate not issued yet: for an officer to issue by hand
  { name: 'يارا الحداد', attended: 2, notYetIssued: true },
];

/** Adds the demo certificates once (when there is none); answers how many. */
export async function seedDemoCertificates(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const [existing] = await knexRows<{ n: number }>(knex, 'select count(*)::int as n from training_certificate');
  if (existing!.n > 0) return 0;
  const [course] = await knexRows<{ id: string; audience: string; completion_pass_mark: number | null }>(
    knex,
    `select id, audience, completion_pass_mark from training_course where audience = 'BOTH'
     order by created_at, id limit 1`,
  );
  if (!course) return 0;
  const [person] = await knexRows<{ id: string; name: string }>(
    knex,
    `select id, name from auth_user where email = 'person@demo.shabaka.example'`,
  );
  const [officer] = await knexRows<{ id: string }>(
    knex,
    `select id from auth_user where email = 'officer@demo.shabaka.example'`,
  );
  const first = new Date();
  first.setUTCHours(6, 0, 0, 0);
  const start = first.getTime() - 35 * DAY;
  const sessionId = randomUUID();
  let issued = 0;
  await knex.transaction(async (trx) => {
    const days = [0, 1].map((d) => ({
      id: randomUUID(),
      session_id: sessionId,
      position: d + 1,
      starts_at: new Date(start + d * DAY),
      ends_at: new Date(start + d * DAY + 6 * HOUR),
    }));
    const people = PARTICIPANTS.map((p) => ({
      id: randomUUID(),
      name: p.name,
      email: `graduate-${randomUUID().slice(0, 8)}@demo.shabaka.example`,
      email_verified: true,
    }));
    await trx('auth_user').insert(people);
    const everyone: {
      id: string;
      name: string;
      attended: number;
      revoked?: string;
      notYetIssued?: boolean;
      code: string;
    }[] = [
      ...(person ? [{ id: person.id, name: person.name, attended: 2, code: 'DEM0CERT0001' }] : []),
      ...PARTICIPANTS.map((p, i) => ({ ...p, id: people[i]!.id, code: newCertificateCode() })),
    ];
    await trx('training_session').insert({
      id: sessionId,
      course_id: course.id,
      starts_at: days[0]!.starts_at,
      ends_at: days[1]!.ends_at,
      governorate_code: 'JO-IR',
      venue_address_ar: 'مركز الأميرة بسمة للتنمية، إربد',
      venue_address_en: 'Princess Basma Development Centre, Irbid',
      step_free_access: true,
      language: 'ARABIC',
      trainers: ['Rana Haddad'],
      seats: 20,
      confirmed_count: everyone.length,
      registration_opens_at: new Date(start - 30 * DAY),
      registration_deadline: new Date(start - 3 * DAY),
      cancellation_deadline: new Date(start - DAY),
      verified_organizations_only: false,
      audience: course.audience,
    });
    await trx('training_session_day').insert(days);
    for (const p of everyone) {
      const registrationId = randomUUID();
      await trx('training_registration').insert({
        id: registrationId,
        session_id: sessionId,
        user_id: p.id,
        as_public_official: true,
        status: 'CONFIRMED',
        confirmed_at: new Date(start - 20 * DAY),
        created_at: new Date(start - 20 * DAY),
        // pre- and post-tests of those who came every day: the post-test passes the course's mark, when it has one
        pre_test_score: p.attended === 2 ? 50 : null,
        post_test_score: p.attended === 2 ? Math.max(course.completion_pass_mark ?? 0, 80) : null,
      });
      if (p.attended > 0) {
        await trx('training_attendance').insert(
          days.slice(0, p.attended).map((d) => ({ registration_id: registrationId, day_id: d.id, present: true })),
        );
      }
      if (p.attended < 2 || p.notYetIssued) continue;
      await trx('training_certificate').insert({
        id: randomUUID(),
        registration_id: registrationId,
        session_id: sessionId,
        user_id: p.id,
        code: p.code,
        participant_name: p.name,
        issuer_name_ar: CERTIFICATE_ISSUER.ar,
        issuer_name_en: CERTIFICATE_ISSUER.en,
        issued_by: officer?.id ?? null,
        issued_at: new Date(start + 3 * DAY),
        revoked_at: p.revoked ? new Date(start + 5 * DAY) : null,
        revocation_reason: p.revoked ?? null,
        revoked_by: p.revoked ? (officer?.id ?? null) : null,
      });
      issued += 1;
    }
  });
  return issued;
}
