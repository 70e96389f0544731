import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { officer, organization } from '../grants-support.js';
import {
  AWARD_SELECTION,
  auditCount,
  award,
  awardCall,
  awardsOfLot,
  envelopeAwarded,
  gql,
  shortlisted,
  type AwardPayload,
} from './awards-support.js';

describe('grantAward', () => {
  let api: TestApi;
  let officerCookie: string;
  beforeAll(async () => {
    // 200 requests at once on a shared 2-core machine: the burst, not one request, is what is timed here
    api = await startTestApi({ env: { EXECUTION_TIMEOUT_MS: '120000' } });
    officerCookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('gives exactly 10 of 50 concurrent awards at an envelope that fits 10, audited, nothing half-written', async () => {
    // given a lot of 100,000 EUR and 50 shortlisted applications
    const call = await awardCall(api, { lotEnvelopeMinor: 100_000_00 });
    const applications = await shortlisted(api, call, 50);
    // when all 50 are awarded 10,000 EUR at once
    const results = await Promise.all(applications.map((a) => award(api, officerCookie, a.id, 10_000_00)));
    // then exactly 10 are awarded, the others refused for the lot's envelope
    const awarded = results.filter((r) => r.award);
    expect(awarded).toHaveLength(10);
    expect(results.filter((r) => r.userErrors[0]?.code === 'LOT_ENVELOPE_EXCEEDED')).toHaveLength(40);
    const rows = await awardsOfLot(api, call.lots[0]!.uuid);
    expect(rows).toHaveLength(10);
    expect(await envelopeAwarded(api, `LOT:${call.lots[0]!.uuid}`)).toBe(100_000_00);
    expect(await envelopeAwarded(api, `CALL:${call.uuid}`)).toBe(100_000_00);
    expect(
      await auditCount(
        api,
        'GRANT_AWARDED',
        rows.map((r) => r.id),
      ),
    ).toBe(10);
  });

  it('commits exactly 30,000 EUR of 200 concurrent awards of 1,000 against 30,000', async () => {
    const call = await awardCall(api, { lotEnvelopeMinor: 30_000_00, minGrantMinor: 1_000_00 });
    const applications = await shortlisted(api, call, 200);
    const before = await envelopeAwarded(api, 'PROGRAMME');
    const results = await Promise.all(applications.map((a) => award(api, officerCookie, a.id, 1_000_00)));
    expect(results.every((r) => r.award !== null || r.userErrors.length === 1)).toBe(true);
    const rows = await awardsOfLot(api, call.lots[0]!.uuid);
    expect(rows.reduce((sum, r) => sum + r.amount_minor, 0)).toBe(30_000_00);
    expect(results.filter((r) => r.award)).toHaveLength(30);
    expect(await envelopeAwarded(api, `LOT:${call.lots[0]!.uuid}`)).toBe(30_000_00);
    expect((await envelopeAwarded(api, 'PROGRAMME')) - before).toBe(30_000_00);
  });

  it('answers the same key and input with the first award, and refuses the same key with another input', async () => {
    const call = await awardCall(api);
    const [a, b] = await shortlisted(api, call, 2);
    const key = randomUUID();
    const repeats = await Promise.all([1, 2, 3, 4, 5].map(() => award(api, officerCookie, a!.id, 20_000_00, key)));
    const ids = new Set(repeats.map((r) => r.award?.uuid));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(await awardsOfLot(api, call.lots[0]!.uuid)).toHaveLength(1);
    expect(await envelopeAwarded(api, `LOT:${call.lots[0]!.uuid}`)).toBe(20_000_00);
    // another amount, or another application, under the same key
    expect((await award(api, officerCookie, a!.id, 25_000_00, key)).userErrors).toMatchObject([
      { code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] },
    ]);
    expect((await award(api, officerCookie, b!.id, 20_000_00, key)).userErrors).toMatchObject([
      { code: 'IDEMPOTENCY_KEY_REUSED' },
    ]);
    // the same application under a new key
    expect((await award(api, officerCookie, a!.id, 20_000_00)).userErrors).toMatchObject([{ code: 'ALREADY_AWARDED' }]);
    expect(await envelopeAwarded(api, `LOT:${call.lots[0]!.uuid}`)).toBe(20_000_00);
  });

  it('gives one of two stale edits and a VERSION_CONFLICT to the other; an amount change moves the envelopes', async () => {
    const call = await awardCall(api);
    const [a] = await shortlisted(api, call, 1);
    const first = await award(api, officerCookie, a!.id, 20_000_00);
    const edit = (amountMinor: number) =>
      gql<AwardPayload>(
        api,
        'grantAwardUpdate',
        { awardId: first.award!.id, expectedVersion: 1, amountMinor, reasonsEn: 'Revised budget' },
        officerCookie,
        AWARD_SELECTION,
      );
    const [x, y] = await Promise.all([edit(30_000_00), edit(40_000_00)]);
    const winners = [x, y].filter((r) => r.award);
    expect(winners).toHaveLength(1);
    expect([x, y].find((r) => !r.award)!.userErrors).toMatchObject([
      { code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] },
    ]);
    expect(winners[0]!.award!.version).toBe(2);
    expect(await envelopeAwarded(api, `LOT:${call.lots[0]!.uuid}`)).toBe(winners[0]!.award!.amount.amountMinor);
    expect(await auditCount(api, 'GRANT_AWARD_CHANGED', [first.award!.uuid])).toBe(1);
  });

  it('refuses each bad input with a typed error naming the rule, writing nothing', async () => {
    const call = await awardCall(api, { lotEnvelopeMinor: 30_000_00 });
    const [ok1, ok2] = await shortlisted(api, call, 2);
    const [underReview] = await shortlisted(api, call, 1, 'UNDER_REVIEW');
    const [draft] = await shortlisted(api, call, 1, 'DRAFT');
    const codeOf = async (p: Promise<AwardPayload>) => (await p).userErrors.map((e) => e.code);
    expect(await codeOf(award(api, officerCookie, underReview!.id, 20_000_00))).toEqual(['NOT_SHORTLISTED']);
    expect(await codeOf(award(api, officerCookie, draft!.id, 20_000_00))).toEqual(['APPLICATION_NOT_FOUND']);
    expect(await codeOf(award(api, officerCookie, ok1!.id, 5_000_00))).toEqual(['AMOUNT_BELOW_CALL_MINIMUM']);
    expect(await codeOf(award(api, officerCookie, ok1!.id, 60_000_00))).toEqual(['AMOUNT_ABOVE_CALL_MAXIMUM']);
    expect(await codeOf(award(api, officerCookie, ok1!.id, 20_000_00, randomUUID(), '  '))).toEqual([
      'REASONS_REQUIRED',
    ]);
    expect(await codeOf(award(api, officerCookie, ok1!.id, 20_000_00))).toEqual([]);
    // the lot has 10,000 left: 20,000 is refused, the counters and the table unchanged
    expect(await codeOf(award(api, officerCookie, ok2!.id, 20_000_00))).toEqual(['LOT_ENVELOPE_EXCEEDED']);
    expect(await awardsOfLot(api, call.lots[0]!.uuid)).toHaveLength(1);
    expect(await envelopeAwarded(api, `LOT:${call.lots[0]!.uuid}`)).toBe(20_000_00);
    expect(await envelopeAwarded(api, `CALL:${call.uuid}`)).toBe(20_000_00);
  });

  it('refuses the programme envelope once 4,000,000 EUR are awarded', async () => {
    const call = await awardCall(api);
    const [a] = await shortlisted(api, call, 1);
    const knex = api.orm.em.getKnex();
    const [row] = await knex<{ awarded_minor: string }>('grant_envelope')
      .where({ key: 'PROGRAMME' })
      .select('awarded_minor');
    const saved = Number(row!.awarded_minor);
    await knex('grant_envelope')
      .where({ key: 'PROGRAMME' })
      .update({ awarded_minor: 400_000_000 - 15_000_00 });
    try {
      const result = await award(api, officerCookie, a!.id, 20_000_00);
      expect(result.userErrors.map((e) => e.code)).toEqual(['PROGRAMME_ENVELOPE_EXCEEDED']);
      expect(await envelopeAwarded(api, `LOT:${call.lots[0]!.uuid}`)).toBe(0);
    } finally {
      await knex('grant_envelope').where({ key: 'PROGRAMME' }).update({ awarded_minor: saved });
    }
  });

  it('is for officers only', async () => {
    const call = await awardCall(api);
    const [a] = await shortlisted(api, call, 1);
    const member = await organization(api);
    const response = await api.graphql(
      `mutation($input: GrantAwardInput!) { grantAward(input: $input) { ${AWARD_SELECTION} } }`,
      { input: { applicationId: a!.id, amountMinor: 20_000_00, reasonsEn: 'x', idempotencyKey: randomUUID() } },
      { headers: { cookie: member.cookie } },
    );
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
