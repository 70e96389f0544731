import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { dayTimes, mutate, officerCookie } from '../matchmaking-support.js';

describe('matchmakingDayCreate and matchmakingDayPublish', () => {
  let api: TestApi;
  let officer = '';
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const create = (input: Record<string, unknown>, cookie = officer) =>
    mutate<{
      day: { uuid: string; status: string; slots: { position: number; startsAt: string; endsAt: string }[] } | null;
    }>(
      api,
      'matchmakingDayCreate',
      { titleEn: 'Matchmaking day', ...dayTimes(), slotMinutes: 20, governorate: 'JO-IR', ...input },
      cookie,
      'day { uuid status slots { position startsAt endsAt } }',
    );

  it('creates a draft day with its slots cut from start to end, audited, hidden from the public until published', async () => {
    // given 09:00-12:00 in 25-minute slots (the last 5 minutes hold no slot)
    const times = dayTimes();
    // when
    const result = await create({ ...times, slotMinutes: 25 });
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.day!.status).toBe('DRAFT');
    expect(result.day!.slots).toHaveLength(7);
    expect(result.day!.slots[0]).toEqual({
      position: 1,
      startsAt: times.startsAt,
      endsAt: new Date(Date.parse(times.startsAt) + 25 * 60_000).toISOString(),
    });
    expect(Date.parse(result.day!.slots[6]!.endsAt)).toBeLessThanOrEqual(Date.parse(times.endsAt));
    const query = `query($id: ID!) { matchmakingDay(id: $id) { status } }`;
    expect((await api.graphql(query, { id: result.day!.uuid })).body.data).toEqual({ matchmakingDay: null });
    const published = await mutate(
      api,
      'matchmakingDayPublish',
      { dayId: result.day!.uuid },
      officer,
      'day { status }',
    );
    expect(published).toEqual({ day: { status: 'PUBLISHED' }, userErrors: [] });
    expect((await api.graphql(query, { id: result.day!.uuid })).body.data).toEqual({
      matchmakingDay: { status: 'PUBLISHED' },
    });
    const events = await knexRows<{ action: string }>(
      api.orm.em.getKnex(),
      'select action from audit_event where subject_id = ? order by occurred_at, action',
      [result.day!.uuid],
    );
    expect(events.map((e) => e.action).sort()).toEqual(['MATCHMAKING_DAY_CREATED', 'MATCHMAKING_DAY_PUBLISHED']);
    // publishing twice is refused
    const again = await mutate(api, 'matchmakingDayPublish', { dayId: result.day!.uuid }, officer, 'day { status }');
    expect(again.userErrors.map((e) => e.code)).toEqual(['ALREADY_PUBLISHED']);
  });

  it.each([
    [{ titleEn: ' ', titleAr: null }, 'TITLE_REQUIRED', 'titleAr'],
    [{ endsAt: dayTimes(10, 0).startsAt }, 'END_BEFORE_START', 'endsAt'],
    [{ slotMinutes: 240, ...dayTimes(10, 2) }, 'NO_SLOTS', 'slotMinutes'],
    [{ governorate: null }, 'VENUE_REQUIRED', 'governorate'],
    [{ governorate: 'JO-XX' }, 'UNKNOWN_GOVERNORATE', 'governorate'],
    [{ governorate: null, onlineUrl: 'http://insecure.example' }, 'INVALID_VALUE', 'onlineUrl'],
  ])('refuses %j with %s, writing nothing', async (input, code, field) => {
    // given
    const before = await knexRows<{ n: number }>(
      api.orm.em.getKnex(),
      'select count(*)::int as n from matchmaking_day',
    );
    // when
    const result = await create(input);
    // then
    expect(result.day).toBeNull();
    expect(result.userErrors.map((e) => [e.code, e.field])).toEqual([[code, ['input', field]]]);
    const after = await knexRows<{ n: number }>(api.orm.em.getKnex(), 'select count(*)::int as n from matchmaking_day');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('accepts an online day without a governorate', async () => {
    const result = await create({ governorate: null, onlineUrl: 'https://meet.example.org/day' });
    expect(result.userErrors).toEqual([]);
  });

  it('is refused to people who are not officers', async () => {
    const person = await createTestPerson(api);
    const cookie = await signIn(api, person.email, person.password);
    const response = await api.graphql(
      `mutation($input: MatchmakingDayCreateInput!) { matchmakingDayCreate(input: $input) { userErrors { code } } }`,
      { input: { titleEn: 'X', ...dayTimes(), slotMinutes: 30, governorate: 'JO-MA' } },
      { headers: { cookie } },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
