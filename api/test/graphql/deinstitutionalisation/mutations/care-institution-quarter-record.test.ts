import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createInstitution, officerCookie, record } from '../deinstitutionalisation-support.js';

describe('careInstitutionQuarterRecord', () => {
  let api: TestApi;
  let officer = '';
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const rows = (institutionUuid: string) =>
    knexRows<{ year: number; quarter: number; residents: number; version: number }>(
      api.orm.em.getKnex(),
      `select year, quarter, residents, version from care_institution_quarter where institution_id = ? order by year, quarter`,
      [institutionUuid],
    );
  const audits = (institutionUuid: string) =>
    knexRows<{ action: string; to_state: string }>(
      api.orm.em.getKnex(),
      `select action, to_state from audit_event where subject_id = ? and action like 'CARE_INSTITUTION_QUARTER%' order by id`,
      [institutionUuid],
    );

  it("records a quarter's figures, audited in the same transaction", async () => {
    // given an institution
    const institution = await createInstitution(api, officer);
    // when an officer records 2025-Q2
    const response = await record(api, officer, institution.id, { year: 2025, quarter: 2, transitionsToFamily: 3 });
    // then the figures are stored and audited
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.careInstitutionQuarterRecord).toEqual({
      figures: {
        period: '2025-Q2',
        residents: 30,
        transitionsToFamily: 3,
        transitionsToCommunity: 6,
        communityPlaces: 12,
        version: 1,
      },
      userErrors: [],
    });
    expect(await rows(institution.uuid)).toEqual([{ year: 2025, quarter: 2, residents: 30, version: 1 }]);
    expect(await audits(institution.uuid)).toEqual([
      { action: 'CARE_INSTITUTION_QUARTER_RECORDED', to_state: '2025-Q2' },
    ]);
  });

  it('lets a MoSD official record too', async () => {
    // given a MoSD official
    const official = await officerCookie(api, 'MOSD_OFFICIAL');
    const institution = await createInstitution(api, officer);
    // when they record a quarter
    const response = await record(api, official, institution.id, {});
    // then it is recorded
    expect(response.body.data!.careInstitutionQuarterRecord.userErrors).toEqual([]);
  });

  it('corrects recorded figures with their version, and refuses a stale version or a second recording', async () => {
    // given recorded figures
    const institution = await createInstitution(api, officer);
    await record(api, officer, institution.id, { year: 2025, quarter: 3 });
    // when recorded again without a version
    const again = await record(api, officer, institution.id, { year: 2025, quarter: 3, residents: 40 });
    // then ALREADY_RECORDED names the quarter
    expect(again.body.data!.careInstitutionQuarterRecord.userErrors).toMatchObject([
      { code: 'ALREADY_RECORDED', field: ['input', 'quarter'] },
    ]);
    // when corrected with version 1
    const corrected = await record(api, officer, institution.id, {
      year: 2025,
      quarter: 3,
      residents: 40,
      expectedVersion: 1,
    });
    expect(corrected.body.data!.careInstitutionQuarterRecord.figures).toMatchObject({ residents: 40, version: 2 });
    // when corrected again with the stale version 1
    const stale = await record(api, officer, institution.id, {
      year: 2025,
      quarter: 3,
      residents: 45,
      expectedVersion: 1,
    });
    // then CONFLICT, and the correction stands
    expect(stale.body.data!.careInstitutionQuarterRecord.userErrors).toMatchObject([
      { code: 'CONFLICT', field: ['input', 'expectedVersion'] },
    ]);
    expect(await rows(institution.uuid)).toEqual([{ year: 2025, quarter: 3, residents: 40, version: 2 }]);
    expect((await audits(institution.uuid)).map((a) => a.action)).toEqual([
      'CARE_INSTITUTION_QUARTER_RECORDED',
      'CARE_INSTITUTION_QUARTER_CORRECTED',
    ]);
  });

  it('refuses a quarter that has not started yet (the database clock, Amman time)', async () => {
    // given the next quarter by the database's clock in Amman
    const institution = await createInstitution(api, officer);
    const [now] = await knexRows<{ year: number; quarter: number }>(
      api.orm.em.getKnex(),
      `select extract(year from now() at time zone 'Asia/Amman')::int as year, extract(quarter from now() at time zone 'Asia/Amman')::int as quarter`,
    );
    const next =
      now!.quarter === 4 ? { year: now!.year + 1, quarter: 1 } : { year: now!.year, quarter: now!.quarter + 1 };
    // when an officer records it, and the current quarter
    const future = await record(api, officer, institution.id, next);
    const current = await record(api, officer, institution.id, now!);
    // then the future one is refused, nothing written, and the current one is accepted
    expect(future.body.data!.careInstitutionQuarterRecord.userErrors).toMatchObject([
      { code: 'FUTURE_QUARTER', field: ['input', 'quarter'] },
    ]);
    expect(current.body.data!.careInstitutionQuarterRecord.userErrors).toEqual([]);
    expect(await rows(institution.uuid)).toEqual([{ ...now, residents: 30, version: 1 }]);
  });

  it('refuses transitions over residents, negative counts and residents over capacity, writing nothing', async () => {
    // given an institution of 50 places
    const institution = await createInstitution(api, officer, { capacity: 50 });
    // when the figures break each rule
    const over = await record(api, officer, institution.id, {
      residents: 10,
      transitionsToFamily: 6,
      transitionsToCommunity: 5,
    });
    const negative = await record(api, officer, institution.id, { communityPlaces: -1, transitionsToCommunity: -2 });
    const full = await record(api, officer, institution.id, { residents: 51 });
    // then each answers its typed error next to its field
    expect(over.body.data!.careInstitutionQuarterRecord.userErrors).toMatchObject([
      { code: 'TRANSITIONS_EXCEED_RESIDENTS', field: ['input', 'transitionsToFamily'] },
    ]);
    expect(negative.body.data!.careInstitutionQuarterRecord.userErrors).toMatchObject([
      { code: 'NEGATIVE_NUMBER', field: ['input', 'transitionsToCommunity'] },
      { code: 'NEGATIVE_NUMBER', field: ['input', 'communityPlaces'] },
    ]);
    expect(full.body.data!.careInstitutionQuarterRecord.userErrors).toMatchObject([
      { code: 'CAPACITY_EXCEEDED', field: ['input', 'residents'] },
    ]);
    expect(await rows(institution.uuid)).toEqual([]);
    expect(await audits(institution.uuid)).toEqual([]);
  });

  it('refuses anyone who is not an officer', async () => {
    // given a signed-in person without a role, and an institution
    const institution = await createInstitution(api, officer);
    const person = await createTestPerson(api);
    const cookie = await signIn(api, person.email, person.password);
    // when they record figures
    const response = await record(api, cookie, institution.id, {});
    // then FORBIDDEN, nothing written
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows(institution.uuid)).toEqual([]);
  });
});
