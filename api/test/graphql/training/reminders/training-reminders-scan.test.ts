/**
 * The reminders' scan, driven with a fixed "now" (no clock, no sleeps): 48 hours before a session each confirmed
 * participant is emailed once, and a week before an under-filled session each programme officer is; a second scan, two
 * scans at once, or the scheduled job run twice send nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobQueueService, type JobQueue } from '../../../../src/common/jobs/job-queue.js';
import { knexRows } from '../../../../src/database/sql.js';
import { trainingRemindersScanJob } from '../../../../src/modules/training/reminders/index.js';
import { trainingRemindersService } from '../../../../src/modules/training/reminders/reminders.jobs.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson } from '../../../support/accounts.js';
import {
  CANCEL,
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  register,
} from '../training-support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Email {
  recipient: string;
  kind: string;
  subject: string;
  body_text: string;
}

describe('training reminders scan', () => {
  let api: TestApi;
  let jobs: JobQueue;
  let officer = '';
  let courseId = '';
  let organization: { id: string; uuid: string };
  let officerEmails: string[] = [];
  beforeAll(async () => {
    // this process only sends jobs: the test drains them, so nothing runs behind its back
    api = await startTestApi({ env: { JOB_WORKERS: 'false' } });
    jobs = api.app.services.get(jobQueueService);
    officer = await officerCookie(api);
    courseId = await createCourse(api, officer, { titleAr: 'التخطيط المجتمعي', titleEn: 'Community planning' });
    organization = await createOrganization(api);
    // a second programme officer, and a reviewer (not a training officer)
    await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    await createTestPerson(api, { roles: ['REVIEWER'] });
    officerEmails = (
      await knexRows<{ email: string }>(
        api.orm.em.getKnex(),
        `select u.email from platform_role p join auth_user u on u.id = p.user_id where p.role = 'PROGRAMME_OFFICER'`,
      )
    )
      .map((r) => r.email)
      .sort();
  });
  afterAll(async () => {
    await api.stop();
  });

  const emails = (kind: string, sessionUuid: string): Promise<Email[]> =>
    knexRows<Email>(
      api.orm.em.getKnex(),
      'select recipient, kind, subject, body_text from email_outbox where kind = ? and body_text like ? order by recipient',
      [kind, `%${sessionUuid}%`],
    );
  const startOf = async (sessionUuid: string): Promise<number> => {
    const [row] = await knexRows<{ starts_at: Date }>(
      api.orm.em.getKnex(),
      'select starts_at from training_session where id = ?',
      [sessionUuid],
    );
    return new Date(row!.starts_at).getTime();
  };
  const scanAt = async (now: number): Promise<void> => {
    await jobs.send(api.orm.em.fork(), trainingRemindersScanJob, { now: new Date(now).toISOString() });
    expect(await jobs.drain(trainingRemindersScanJob)).toBe(1);
  };

  it('emails each confirmed participant once, 48 hours before, and nobody else', async () => {
    // given a 2-seat session in 20 days with two confirmed, one waitlisted, and one who cancelled
    const session = await createSession(api, officer, courseId, {
      seats: 2,
      days: [
        {
          startsAt: new Date(Date.now() + 20 * DAY).toISOString(),
          endsAt: new Date(Date.now() + 20 * DAY + 6 * HOUR).toISOString(),
        },
      ],
      registrationDeadline: new Date(Date.now() + 15 * DAY).toISOString(),
    });
    const people = await createParticipants(api, 4, organization.uuid);
    const ids: string[] = [];
    for (const p of people) {
      ids.push(
        (await register(api, p.headers, { sessionId: session.id, organizationId: organization.id })).registration!.id,
      );
    }
    // the fourth (waitlisted second) leaves; the third stays waitlisted
    await api.graphql(CANCEL, { input: { registrationId: ids[3] } }, { headers: people[3]!.headers });
    const start = await startOf(session.uuid);

    // when the scan runs 49 hours before: nothing is due yet
    await scanAt(start - 49 * HOUR);
    expect(await emails('TRAINING_SESSION_REMINDER', session.uuid)).toEqual([]);

    // when it runs 47 hours before, then again, then twice at once (two API processes), then through the job twice
    await scanAt(start - 47 * HOUR);
    await scanAt(start - 47 * HOUR + 60_000);
    const scan = api.app.services.get(trainingRemindersService);
    const both = await Promise.all([
      scan.scan(api.orm.em.fork(), new Date(start - 46 * HOUR)),
      scan.scan(api.orm.em.fork(), new Date(start - 46 * HOUR)),
    ]);
    await scanAt(start - HOUR);

    // then each confirmed participant has exactly one reminder, in Arabic and English, with the time in Amman
    const sent = await emails('TRAINING_SESSION_REMINDER', session.uuid);
    expect(sent.map((e) => e.recipient)).toEqual([people[0]!.email, people[1]!.email].sort());
    expect(both.map((r) => r.reminders)).toEqual([0, 0]);
    const amman = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Amman',
      dateStyle: 'full',
      timeStyle: 'short',
      numberingSystem: 'latn',
    }).format(new Date(start));
    expect(sent[0]!.subject).toContain('تذكير | Reminder: Community planning');
    expect(sent[0]!.body_text).toContain('تذكير: تبدأ «التخطيط المجتمعي»');
    expect(sent[0]!.body_text).toContain(`"Community planning" starts ${amman} (Amman time)`);
    expect(sent[0]!.body_text).toContain('Jabal Al-Weibdeh, Amman');
  });

  it('reminds again when a session moves to a new start, and never for a cancelled one', async () => {
    // given a session in 30 days with one confirmed participant, reminded
    const first = Date.now() + 30 * DAY;
    const days = (at: number) => [
      { startsAt: new Date(at).toISOString(), endsAt: new Date(at + 4 * HOUR).toISOString() },
    ];
    const moved = await createSession(api, officer, courseId, { days: days(first) });
    const [person] = await createParticipants(api, 1, organization.uuid);
    await register(api, person!.headers, { sessionId: moved.id, organizationId: organization.id });
    await scanAt(first - 40 * HOUR);
    expect(await emails('TRAINING_SESSION_REMINDER', moved.uuid)).toHaveLength(1);

    // when it moves a day later, and another session with a participant is cancelled before its reminder
    await api.graphql(
      `mutation($input: TrainingSessionUpdateInput!) { trainingSessionUpdate(input: $input) { userErrors { code } } }`,
      { input: { sessionId: moved.id, days: days(first + DAY) } },
      { headers: { cookie: officer } },
    );
    const other = await createSession(api, officer, courseId, { days: days(first + 2 * DAY) });
    await register(api, person!.headers, { sessionId: other.id, organizationId: organization.id });
    await api.graphql(
      `mutation($input: TrainingSessionCancelInput!) { trainingSessionCancel(input: $input) { userErrors { code } } }`,
      { input: { sessionId: other.id, reason: 'No trainer' } },
      { headers: { cookie: officer } },
    );
    await scanAt(first + DAY - 40 * HOUR);
    await scanAt(first + 2 * DAY - 40 * HOUR);

    // then the moved session's participant is reminded of the new date, and the cancelled one reminds nobody
    expect(await emails('TRAINING_SESSION_REMINDER', moved.uuid)).toHaveLength(2);
    expect(await emails('TRAINING_SESSION_REMINDER', other.uuid)).toEqual([]);
  });

  it('alerts each programme officer once, a week before, about a session under half full', async () => {
    // given, 60 days ahead, a 10-seat session with 4 confirmed, and one with 5 confirmed (half: not under-filled)
    const at = Date.now() + 60 * DAY;
    const days = (t: number) => [{ startsAt: new Date(t).toISOString(), endsAt: new Date(t + 4 * HOUR).toISOString() }];
    const under = await createSession(api, officer, courseId, { seats: 10, days: days(at) });
    const half = await createSession(api, officer, courseId, { seats: 10, days: days(at + HOUR) });
    const people = await createParticipants(api, 9, organization.uuid);
    for (const [i, p] of people.entries()) {
      await register(api, p.headers, { sessionId: (i < 4 ? under : half).id, organizationId: organization.id });
    }

    // when the scan runs 8 days before (nothing), then 6 days before, twice, and twice at once
    await scanAt(at - 8 * DAY);
    expect(await emails('TRAINING_SESSION_UNDERFILLED', under.uuid)).toEqual([]);
    await scanAt(at - 6 * DAY);
    await scanAt(at - 6 * DAY + HOUR);
    const scan = api.app.services.get(trainingRemindersService);
    await Promise.all([0, 1].map(() => scan.scan(api.orm.em.fork(), new Date(at - 5 * DAY))));

    // then each programme officer (not the reviewer) has one alert about the under-filled session, none about the other
    const alerts = await emails('TRAINING_SESSION_UNDERFILLED', under.uuid);
    expect(alerts.map((e) => e.recipient)).toEqual(officerEmails);
    expect(officerEmails).toHaveLength(2);
    expect(alerts[0]!.body_text).toContain('with only 4 of its 10 seats confirmed');
    expect(alerts[0]!.body_text).toContain('ومقاعدها المؤكدة 4 من 10 فقط');
    expect(await emails('TRAINING_SESSION_UNDERFILLED', half.uuid)).toEqual([]);
  });
});
