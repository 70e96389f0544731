/**
 * A reset request does the same work whether or not the address has an account, so its timing tells nothing: the
 * request only records the ask, and a job (after the answer) looks the address up, makes the link and queues the
 * email.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, emailsTo } from '../../support/accounts.js';
import { sqlRows } from '../../../src/database/sql.js';
import { jobQueueService, type JobQueue } from '../../../src/common/jobs/job-queue.js';
import { passwordResetJob } from '../../../src/modules/accounts/password-reset.service.js';

const REQUEST = /* GraphQL */ `
  mutation Request($input: AccountPasswordResetRequestInput!) {
    accountPasswordResetRequest(input: $input) {
      userErrors {
        code
      }
    }
  }
`;

describe('accountPasswordResetRequest does the same work for known and unknown addresses', () => {
  let api: TestApi;
  let jobs: JobQueue;
  beforeAll(async () => {
    // the job runs only when the test says so (no workers): what the request itself did can be looked at alone
    api = await startTestApi({ env: { JOB_WORKERS: 'false' } });
    jobs = api.app.services.get(jobQueueService);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('sends the same statements for both, queues one job each, and only the job writes the link', async () => {
    const person = await createTestPerson(api);
    const request = (email: string) =>
      api.statements(async () => (await api.graphql(REQUEST, { input: { email } })).body.data);
    const known = await request(person.email);
    const unknown = await request('nobody-at-all@example.org');
    expect(known.result).toEqual({ accountPasswordResetRequest: { userErrors: [] } });
    expect(unknown.result).toEqual(known.result);
    // the same statements, in the same order (each with ids of its own)
    const shape = (sql: string[]) =>
      sql.map((s) => s.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'id'));
    expect(shape(unknown.sql)).toEqual(shape(known.sql));
    expect(known.sql.join('\n')).not.toMatch(/auth_user|auth_verification|email_outbox/);
    // nothing about the person was read or written inline: two asks wait for the job
    const [pending] = await sqlRows<{ n: number }>(
      api.orm.em.fork(),
      'select count(*)::int as n from password_reset_request',
    );
    expect(pending!.n).toBe(2);
    expect(await emailsTo(api, person.email)).toEqual([]);

    // when the job runs, the person with an account gets the link, and the unknown address nothing
    expect(await jobs.drain(passwordResetJob)).toBe(2);
    expect((await emailsTo(api, person.email)).map((e) => e.kind)).toEqual(['PASSWORD_RESET']);
    expect(await emailsTo(api, 'nobody-at-all@example.org')).toEqual([]);
    const [left] = await sqlRows<{ n: number }>(
      api.orm.em.fork(),
      'select count(*)::int as n from password_reset_request',
    );
    expect(left!.n).toBe(0);
  });
});
