import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../src/database/sql.js';
import { servicesRemindersService } from '../../../src/modules/services/services.reminders.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { SERVICE_CREATE, ajlounRehabilitation, organizationWithMember } from './services-support.js';

describe('services places reminder', () => {
  let api: TestApi;
  let serviceId = '';
  beforeAll(async () => {
    api = await startTestApi();
    const org = await organizationWithMember(api, 'EDITOR');
    const response = await api.graphql<{ serviceCreate: { service: { uuid: string } } }>(
      SERVICE_CREATE,
      { input: ajlounRehabilitation(org.id) },
      { headers: { cookie: org.cookie } },
    );
    serviceId = response.body.data!.serviceCreate.service.uuid;
  });
  afterAll(async () => {
    await api.stop();
  });

  const reminders = async () =>
    (
      await knexRows<{ n: number }>(
        api.orm.em.getKnex(),
        `select count(*)::int as n from email_outbox where kind = 'SERVICE_PLACES_REMINDER'`,
      )
    )[0]!.n;

  it('emails the editors once when the places are older than 30 days, in Arabic and English', async () => {
    // given
    // the daily job's work (services.places-reminder runs it with the time of its schedule)
    const reminder = api.app.services.get(servicesRemindersService);
    const run = (days: number) => reminder.remind(api.orm.em.fork(), new Date(Date.now() + days * 86_400_000));
    // when: 10 days on, then 31, then 32
    await run(10);
    const early = await reminders();
    await run(31);
    const due = await reminders();
    await run(32);
    // then
    expect(early).toBe(0);
    expect(due).toBe(1);
    expect(await reminders()).toBe(1);
    const [email] = await knexRows<{ subject: string; body_text: string }>(
      api.orm.em.getKnex(),
      `select subject, body_text from email_outbox where kind = 'SERVICE_PLACES_REMINDER'`,
    );
    expect(email!.subject).toContain('Please update the places');
    expect(email!.body_text).toContain('/ar/services/manage/');
    const [row] = await knexRows<{ places_reminded_at: Date | null }>(
      api.orm.em.getKnex(),
      'select places_reminded_at from service where id = ?',
      [serviceId],
    );
    expect(row!.places_reminded_at).not.toBeNull();
  });
});
