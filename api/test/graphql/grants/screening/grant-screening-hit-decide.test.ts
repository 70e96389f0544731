import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jobQueueService } from '../../../../src/common/jobs/job-queue.js';
import { fromGlobalId } from '../../../../src/common/relay/global-id.js';
import { screenApplicationJob } from '../../../../src/modules/grants/index.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, completeApplication, insertCall, mutate, officer } from '../grants-support.js';
import {
  applicationState,
  csvOf,
  HIT_FIELDS,
  importList,
  screen,
  submittedApplication,
  type Hit,
} from './screening-support.js';

const LIST = [{ id: 'D01', names: ['Abd al-Rahman Al-Khatib', 'عبد الرحمن الخطيب'] }];

describe('grantScreeningHitDecide', () => {
  let api: TestApi;
  let officerCookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
  });
  beforeEach(async () => {
    await importList(api, officerCookie, csvOf(LIST));
  });
  afterAll(async () => {
    await api.stop();
  });

  const decide = async (hitId: string, decision: string, reason: string, cookie = officerCookie) =>
    (await mutate(
      api,
      'grantScreeningHitDecide',
      { hitId, decision, reason },
      cookie,
      `hit { ${HIT_FIELDS} } userErrors { field code message }`,
    )) as unknown as { hit: Hit | null; userErrors: { code: string; field: string[] | null }[] };

  it('a dismissal is remembered: the next screening and a re-import of the same entry raise nothing new', async () => {
    const { application, lead } = await submittedApplication(api, {}, ['Abdul Rahman Alkhatib']);
    const [hit] = await screen(api, officerCookie, application.id);
    expect(hit).toMatchObject({ entryLogicalId: 'D01', status: 'POTENTIAL' });
    const result = await decide(hit!.id, 'DISMISS', 'A different person: born 1990 in Irbid');
    expect(result.hit).toMatchObject({ status: 'DISMISSED', reason: 'A different person: born 1990 in Irbid' });
    expect(await auditActions(api, fromGlobalId(hit!.id)!.key)).toEqual(['GRANT_SCREENING_HIT_DISMISSED']);
    // again by hand
    expect((await screen(api, officerCookie, application.id)).map((h) => h.status)).toEqual(['DISMISSED']);
    // a re-import of the same list screens again through the job: still nothing potential
    await importList(api, officerCookie, csvOf(LIST));
    expect(await api.app.services.get(jobQueueService).drain(screenApplicationJob)).toBeGreaterThanOrEqual(1);
    const after = await screen(api, officerCookie, application.id);
    expect(after.map((h) => h.status)).toEqual(['DISMISSED']);
    // a dismissal leaves the application as it was
    expect((await applicationState(api, application.uuid)).status).toBe('SUBMITTED');
    // the same organisation's next application, with the same person: remembered as dismissed
    const call = await insertCall(api);
    const draft = await completeApplication(api, call, lead);
    await mutate(api, 'grantApplicationSubmit', { applicationId: draft.id, idempotencyKey: 'second' }, lead.cookie);
    const next = await screen(api, officerCookie, draft.id);
    expect(next.map((h) => [h.entryLogicalId, h.status])).toEqual([['D01', 'DISMISSED']]);
  });

  it('a dismissed hit is raised again when its entry changed in a re-import', async () => {
    const { application } = await submittedApplication(api, {}, ['Abdulrahman El-Khatib']);
    const [hit] = await screen(api, officerCookie, application.id);
    await decide(hit!.id, 'DISMISS', 'Not the same person');
    await importList(api, officerCookie, csvOf([{ id: 'D01', names: [...LIST[0]!.names, 'Abu Omar'] }]));
    const after = await screen(api, officerCookie, application.id);
    expect(after.map((h) => [h.entryLogicalId, h.status])).toEqual([['D01', 'POTENTIAL']]);
  });

  it('a confirmation makes the application ineligible with the reason, audited in the same transaction', async () => {
    const { application } = await submittedApplication(api, {}, ['عبد الرحمن الخطيب']);
    const [hit] = await screen(api, officerCookie, application.id);
    const result = await decide(hit!.id, 'CONFIRM', 'Same date of birth and passport number');
    expect(result.hit).toMatchObject({ status: 'CONFIRMED' });
    const state = await applicationState(api, application.uuid);
    expect(state.status).toBe('INELIGIBLE');
    expect(state.ineligible_reason).toContain('Same date of birth and passport number');
    expect(await auditActions(api, application.uuid)).toContain('GRANT_APPLICATION_INELIGIBLE');
    const response = await api.graphql<{ grantApplication: { status: string; ineligibleReason: string } }>(
      'query($id: ID!) { grantApplication(id: $id) { status ineligibleReason } }',
      { id: application.id },
      { headers: { cookie: officerCookie } },
    );
    expect(response.body.data!.grantApplication.status).toBe('INELIGIBLE');
    // decided once
    const again = await decide(hit!.id, 'DISMISS', 'Changed my mind');
    expect(again.userErrors.map((e) => e.code)).toEqual(['SCREENING_HIT_DECIDED']);
  });

  it('needs a reason, and refuses non-officers (nothing changes)', async () => {
    const { application, lead } = await submittedApplication(api, {}, ['Abd al-Rahman Al-Khatib']);
    const [hit] = await screen(api, officerCookie, application.id);
    expect((await decide(hit!.id, 'DISMISS', '   ')).userErrors.map((e) => e.code)).toEqual(['REQUIRED']);
    const response = await api.graphql(
      'mutation($input: GrantScreeningHitDecideInput!) { grantScreeningHitDecide(input: $input) { userErrors { code } } }',
      { input: { hitId: hit!.id, decision: 'DISMISS', reason: 'Mine' } },
      { headers: { cookie: lead.cookie } },
    );
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await screen(api, officerCookie, application.id)).map((h) => h.status)).toEqual(['POTENTIAL']);
  });
});
