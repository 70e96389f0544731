import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { SESSION_CREATE, createCourse, officerCookie, sessionInput } from '../training-support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

interface Result {
  trainingSessionCreate: {
    session: { id: string; status: string; seats: number } | null;
    userErrors: { field: string[] | null; code: string; message: string }[];
  };
}

describe('trainingSessionCreate', () => {
  let api: TestApi;
  let officer = '';
  let courseId = '';
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    courseId = await createCourse(api, officer);
  });
  afterAll(async () => {
    await api.stop();
  });

  const sessions = async () =>
    (
      await knexRows<{ n: number }>(
        api.orm.em.getKnex(),
        'select (select count(*)::int from training_session) + (select count(*)::int from training_session_day) as n',
      )
    )[0]!.n;

  const create = async (input: Record<string, unknown>) => {
    const response = await api.graphql<Result>(
      SESSION_CREATE,
      { input: sessionInput(courseId, input) },
      { headers: { cookie: officer } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.trainingSessionCreate;
  };

  const refused = async (input: Record<string, unknown>) => {
    const before = await sessions();
    const result = await create(input);
    expect(result.session).toBeNull();
    expect(await sessions()).toBe(before);
    return result.userErrors.map((e) => [e.field?.join('.') ?? null, e.code]);
  };

  it('schedules a session with its days in order, open for registration', async () => {
    const result = await create({
      days: [
        { startsAt: at(11 * DAY), endsAt: at(11 * DAY + 6 * HOUR) },
        { startsAt: at(10 * DAY), endsAt: at(10 * DAY + 6 * HOUR) },
      ],
    });
    expect(result.userErrors).toEqual([]);
    expect(result.session).toMatchObject({ status: 'OPEN', seats: 30 });
    const read = await api.graphql<{
      trainingSession: { days: { position: number; startsAt: string }[]; venue: { governorate: { code: string } } };
    }>(`query($id: ID!) { trainingSession(id: $id) { days { position startsAt } venue { governorate { code } } } }`, {
      id: result.session!.id,
    });
    const days = read.body.data!.trainingSession.days;
    expect(days.map((d) => d.position)).toEqual([1, 2]);
    expect(new Date(days[0]!.startsAt) < new Date(days[1]!.startsAt)).toBe(true);
    expect(read.body.data!.trainingSession.venue.governorate.code).toBe('JO-AM');
  });

  it('refuses days that overlap', async () => {
    expect(
      await refused({
        days: [
          { startsAt: at(10 * DAY), endsAt: at(10 * DAY + 6 * HOUR) },
          { startsAt: at(10 * DAY + 5 * HOUR), endsAt: at(10 * DAY + 8 * HOUR) },
        ],
      }),
    ).toEqual([['input.days.1.startsAt', 'DAYS_OVERLAP']]);
  });

  it('refuses a day that ends before it starts', async () => {
    expect(await refused({ days: [{ startsAt: at(10 * DAY), endsAt: at(10 * DAY - HOUR) }] })).toEqual([
      ['input.days.0.endsAt', 'DAY_ENDS_BEFORE_START'],
    ]);
  });

  it('refuses a session without days', async () => {
    expect(await refused({ days: [] })).toEqual([['input.days', 'DAYS_REQUIRED']]);
  });

  it('refuses a session with neither a venue nor an online link, and an unknown governorate', async () => {
    expect(await refused({ governorate: null })).toEqual([['input.governorate', 'VENUE_REQUIRED']]);
    expect(await refused({ governorate: 'JO-XX' })).toEqual([['input.governorate', 'UNKNOWN_CODE']]);
    expect(await refused({ governorate: null, onlineUrl: 'http://meet.example' })).toEqual([
      ['input.onlineUrl', 'INVALID_VALUE'],
    ]);
  });

  it('refuses a registration deadline before registration opens', async () => {
    expect(await refused({ registrationOpensAt: at(2 * DAY), registrationDeadline: at(DAY) })).toEqual([
      ['input.registrationDeadline', 'DEADLINE_BEFORE_OPENING'],
    ]);
  });

  it('accepts an online session', async () => {
    const result = await create({ governorate: null, onlineUrl: 'https://meet.example.org/abc' });
    expect(result.userErrors).toEqual([]);
  });
});
