import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { emailsTo } from '../../../support/accounts.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  applicationRow,
  auditActions,
  completeApplication,
  insertCall,
  institution,
  memberOf,
  mutate,
  organization,
} from '../grants-support.js';

describe('grantApplicationSubmit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const submit = (applicationId: string, cookie: string, idempotencyKey = `key-${applicationId}-${Math.random()}`) =>
    mutate(api, 'grantApplicationSubmit', { applicationId, idempotencyKey }, cookie);
  const codes = (r: { userErrors: { field: string[] | null; code: string }[] }) =>
    r.userErrors.map((e) => [e.code, (e.field ?? []).join('.')]);

  it('submits a complete consortium application: receipt G-YYYY-NNNNNN, locked, audited, emailed to the consortium', async () => {
    // given
    const call = await insertCall(api);
    const lead = await organization(api);
    const co = await organization(api);
    const associate = await institution(api);
    const draft = await completeApplication(api, call, lead, { coApplicantIds: [co.id], associateIds: [associate.id] });
    const c1 = await mutate(
      api,
      'grantApplicationPartnerConfirm',
      { applicationId: draft.id, partnerId: co.id },
      co.cookie,
    );
    const c2 = await mutate(
      api,
      'grantApplicationPartnerConfirm',
      { applicationId: draft.id, partnerId: associate.id },
      associate.cookie,
    );
    expect([c1.userErrors, c2.userErrors]).toEqual([[], []]);
    // when
    const result = await submit(draft.id, lead.cookie);
    // then
    expect(result.userErrors).toEqual([]);
    const year = new Date().getUTCFullYear();
    expect(result.application!.status).toBe('SUBMITTED');
    expect(result.application!.receiptNumber).toMatch(new RegExp(`^G-(${year}|${year + 1})-\\d{6}$`));
    expect(result.application!.submittedAt).not.toBeNull();
    expect(await auditActions(api, draft.uuid)).toContain('GRANT_APPLICATION_SUBMITTED');
    const leadMail = (await emailsTo(api, lead.email)).filter((e) => e.kind === 'GRANT_APPLICATION_SUBMITTED');
    expect(leadMail).toHaveLength(1);
    expect(leadMail[0]!.subject).toContain(result.application!.receiptNumber);
    expect((await emailsTo(api, co.email)).filter((e) => e.kind === 'GRANT_APPLICATION_SUBMITTED')).toHaveLength(1);
    // locked: editing after submission is refused
    const edit = await mutate(
      api,
      'grantApplicationUpdate',
      { applicationId: draft.id, version: result.application!.version, titleEn: 'Changed' },
      lead.cookie,
    );
    expect(codes(edit)).toEqual([['NOT_EDITABLE', 'input.applicationId']]);
  });

  it('gives the first answer again for the same idempotency key, and one receipt number', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    const first = await submit(draft.id, lead.cookie, 'same-key-1');
    const again = await submit(draft.id, lead.cookie, 'same-key-1');
    expect(again).toEqual(first);
    const [count] = await knexRows<{ n: number }>(
      api.orm.em.getKnex(),
      "select count(*)::int as n from audit_event where subject_id = ? and action = 'GRANT_APPLICATION_SUBMITTED'",
      [draft.uuid],
    );
    expect(count!.n).toBe(1);
    // a second, different key finds it submitted
    expect(codes(await submit(draft.id, lead.cookie, 'another-key'))).toEqual([
      ['NOT_EDITABLE', 'input.applicationId'],
    ]);
  });

  it('answers concurrent submissions with the same key with the same receipt', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    const results = await Promise.all(Array.from({ length: 5 }, () => submit(draft.id, lead.cookie, 'race-key')));
    const receipts = new Set(results.map((r) => r.application?.receiptNumber));
    expect(receipts.size).toBe(1);
    expect([...receipts][0]).toMatch(/^G-\d{4}-\d{6}$/);
  });

  it('refuses a key already used for another application', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const other = await organization(api);
    const a = await completeApplication(api, call, lead);
    const b = await completeApplication(api, call, other);
    expect((await submit(a.id, lead.cookie, 'shared-key')).userErrors).toEqual([]);
    expect(codes(await submit(b.id, other.cookie, 'shared-key'))).toEqual([
      ['IDEMPOTENCY_KEY_REUSED', 'input.idempotencyKey'],
    ]);
  });

  it('refuses a submission one second after the deadline by the database clock, writing nothing', async () => {
    // given: a deadline that passed one second ago by the database's clock
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    await api.orm.em
      .getKnex()
      .raw("update grant_call set deadline_at = clock_timestamp() - interval '1 second' where id = ?", [call.uuid]);
    // when
    const result = await submit(draft.id, lead.cookie);
    // then
    expect(codes(result)).toEqual([['DEADLINE_PASSED', 'input.applicationId']]);
    expect(await applicationRow(api, draft.uuid)).toMatchObject({ status: 'DRAFT', receipt_number: null });
    expect(await auditActions(api, draft.uuid)).not.toContain('GRANT_APPLICATION_SUBMITTED');
  });

  it('accepts a submission while the deadline is still ahead by the database clock', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    await api.orm.em
      .getKnex()
      .raw("update grant_call set deadline_at = clock_timestamp() + interval '1 minute' where id = ?", [call.uuid]);
    expect((await submit(draft.id, lead.cookie)).application!.status).toBe('SUBMITTED');
  });

  it("has the database refuse a row made SUBMITTED after its call's deadline, whoever writes it (the trigger)", async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    await api.orm.em
      .getKnex()
      .raw("update grant_call set deadline_at = clock_timestamp() - interval '1 second' where id = ?", [call.uuid]);
    await expect(
      api.orm.em
        .getKnex()
        .raw(
          "update grant_application set status = 'SUBMITTED', submitted_at = now(), receipt_number = 'G-2026-999999' where id = ?",
          [draft.uuid],
        ),
    ).rejects.toThrow(/deadline/);
  });

  it('names every missing field of an empty draft', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const started = await mutate(
      api,
      'grantApplicationCreate',
      { callId: call.id, leadOrganizationId: lead.id },
      lead.cookie,
    );
    await api.orm.em
      .getKnex()
      .raw(
        "update grant_application set target_groups = '[]', governorate_codes = '{}', locality = null where id = ?",
        [started.application!.uuid],
      );
    const result = await submit(started.application!.id, lead.cookie);
    expect(codes(result)).toEqual([
      ['REQUIRED', 'input.lotId'],
      ['REQUIRED', 'input.titleEn'],
      ['REQUIRED', 'input.summaryEn'],
      ['REQUIRED', 'input.descriptionEn'],
      ['REQUIRED', 'input.targetGroups'],
      ['REQUIRED', 'input.governorates'],
      ['REQUIRED', 'input.locality'],
      ['REQUIRED', 'input.durationMonths'],
      ['LOGFRAME_INCOMPLETE', 'input.logframe'],
      ['REQUIRED', 'input.budgetLines'],
    ]);
    expect(await applicationRow(api, started.application!.uuid)).toMatchObject({ status: 'DRAFT' });
  });

  it.each([
    [
      'an amount below the minimum grant',
      {
        budgetLines: [
          {
            category: 'STAFF',
            description: 'x',
            requestedMinor: 5_000_00,
            cofinancingMinor: 1_000_00,
            currency: 'EUR',
          },
        ],
      },
      [['AMOUNT_BELOW_MINIMUM', 'input.budgetLines']],
    ],
    [
      'an amount above the maximum grant',
      {
        budgetLines: [
          {
            category: 'STAFF',
            description: 'x',
            requestedMinor: 60_000_00,
            cofinancingMinor: 9_000_00,
            currency: 'EUR',
          },
        ],
      },
      [['AMOUNT_ABOVE_MAXIMUM', 'input.budgetLines']],
    ],
    [
      'co-financing below the rate of the total cost',
      {
        budgetLines: [
          {
            category: 'STAFF',
            description: 'x',
            requestedMinor: 45_000_00,
            cofinancingMinor: 4_999_99,
            currency: 'EUR',
          },
        ],
      },
      [['COFINANCING_TOO_LOW', 'input.budgetLines']],
    ],
    [
      "a line in another currency than the call's",
      {
        budgetLines: [
          {
            category: 'STAFF',
            description: 'x',
            requestedMinor: 45_000_00,
            cofinancingMinor: 5_000_00,
            currency: 'JOD',
          },
        ],
      },
      [['CURRENCY_MISMATCH', 'input.budgetLines.0.currency']],
    ],
    ['a duration longer than the call allows', { durationMonths: 36 }, [['DURATION_TOO_LONG', 'input.durationMonths']]],
    [
      'an objective without indicators',
      { logframe: [{ textEn: 'Something', indicators: [] }] },
      [['LOGFRAME_INCOMPLETE', 'input.logframe.0']],
    ],
    [
      'a target group without beneficiaries',
      { targetGroups: [{ code: 'WOMEN', expectedBeneficiaries: 0 }] },
      [['REQUIRED', 'input.targetGroups.0.expectedBeneficiaries']],
    ],
  ])('refuses %s, naming the field', async (_rule, extra, expected) => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead, extra);
    const result = await submit(draft.id, lead.cookie);
    expect(codes(result)).toEqual(expected);
    expect(await applicationRow(api, draft.uuid)).toMatchObject({ status: 'DRAFT', receipt_number: null });
  });

  it("refuses an amount above the lot's envelope", async () => {
    const call = await insertCall(api);
    await api.orm.em.getKnex()('grant_lot').where({ id: call.lots[0]!.uuid }).update({ envelope_minor: 40_000_00 });
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    expect(codes(await submit(draft.id, lead.cookie))).toEqual([['AMOUNT_ABOVE_ENVELOPE', 'input.budgetLines']]);
  });

  it('refuses a governorate the call does not fund', async () => {
    const call = await insertCall(api, { governorates: ['JO-MA', 'JO-IR'] });
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead, { governorates: ['JO-MA', 'JO-AQ'] });
    expect(codes(await submit(draft.id, lead.cookie))).toEqual([['GOVERNORATE_NOT_ELIGIBLE', 'input.governorates.1']]);
  });

  it('refuses an unverified lead and one registered too recently', async () => {
    const call = await insertCall(api, { minYearsRegistered: 3 });
    const lead = await organization(api, 'EDITOR', {
      verificationState: 'PENDING',
      foundingYear: new Date().getUTCFullYear() - 1,
    });
    const draft = await completeApplication(api, call, lead);
    expect(codes(await submit(draft.id, lead.cookie))).toEqual([
      ['LEAD_NOT_VERIFIED', 'input.leadOrganizationId'],
      ['TOO_RECENTLY_REGISTERED', 'input.leadOrganizationId'],
    ]);
  });

  it('refuses a co-applicant who has not confirmed, and an unverified one', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const co = await organization(api, 'EDITOR', { verificationState: 'UNVERIFIED' });
    const draft = await completeApplication(api, call, lead, { coApplicantIds: [co.id] });
    expect(codes(await submit(draft.id, lead.cookie))).toEqual([
      ['PARTNER_NOT_VERIFIED', 'input.coApplicantIds.0'],
      ['PARTNER_NOT_CONFIRMED', 'input.coApplicantIds.0'],
    ]);
  });

  it('refuses a consortium smaller than the call requires, and associates where the call allows none', async () => {
    const call = await insertCall(api, { minCoApplicants: 1, publicAssociatesAllowed: false });
    const lead = await organization(api);
    const associate = await institution(api);
    const draft = await completeApplication(api, call, lead, { associateIds: [associate.id] });
    await mutate(
      api,
      'grantApplicationPartnerConfirm',
      { applicationId: draft.id, partnerId: associate.id },
      associate.cookie,
    );
    expect(codes(await submit(draft.id, lead.cookie))).toEqual([
      ['CONSORTIUM_TOO_SMALL', 'input.coApplicantIds'],
      ['ASSOCIATES_NOT_ALLOWED', 'input.associateIds'],
    ]);
  });

  it("refuses a co-applicant's editor (only the lead submits) and hides it from others", async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const co = await organization(api);
    const draft = await completeApplication(api, call, lead, { coApplicantIds: [co.id] });
    expect(codes(await submit(draft.id, co.cookie))).toEqual([['NOT_A_MEMBER', 'input.applicationId']]);
    const stranger = await organization(api);
    expect(codes(await submit(draft.id, stranger.cookie))).toEqual([['APPLICATION_NOT_FOUND', 'input.applicationId']]);
    const viewer = await memberOf(api, lead.uuid, 'VIEWER');
    expect(codes(await submit(draft.id, viewer))).toEqual([['NOT_A_MEMBER', 'input.applicationId']]);
  });
});
