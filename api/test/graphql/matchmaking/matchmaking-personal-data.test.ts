import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { MEETING, mutate, officerCookie, participants, publishedDay, requestMeeting } from './matchmaking-support.js';

describe('matchmaking in the personal data export and erasure', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("exports the person's registrations, messages and answers; erasure keeps them to the parties without naming them", async () => {
    // given a person who registered an organisation, asked for a meeting, and declined one
    const officer = await officerCookie(api);
    const day = await publishedDay(api, officer, 60, 2);
    const [a, b, c] = await participants(api, day, 3, { sharedEditor: true });
    const asked = await requestMeeting(api, a!, b!, 'Meet about volunteers?');
    const received = await requestMeeting(api, c!, a!);
    await mutate(
      api,
      'matchmakingMeetingDecline',
      { meetingId: received.id, reason: 'Not this time' },
      a!.cookie,
      MEETING,
    );
    const [person] = await knexRows<{ user_id: string }>(
      api.orm.em.getKnex(),
      'select created_by as user_id from matchmaking_participant where id = ?',
      [a!.uuid],
    );
    // when the person downloads their data
    const exported = await api.graphql<{ viewerDataExport: Record<string, Record<string, unknown>[]> }>(
      `{ viewerDataExport }`,
      undefined,
      { headers: { cookie: a!.cookie } },
    );
    // then
    const data = exported.body.data!.viewerDataExport;
    expect(data.matchmakingParticipationsRegistered).toHaveLength(3);
    expect(data.matchmakingMeetingsRequested).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: asked.uuid, message: 'Meet about volunteers?' })]),
    );
    expect(data.matchmakingMeetingsAnswered).toEqual([
      expect.objectContaining({ id: received.uuid, status: 'DECLINED', decline_reason: 'Not this time' }),
    ]);
    // when the person erases their account
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: 'olive trees by the dead sea' } },
      { headers: { cookie: a!.cookie } },
    );
    expect(erased.body.data!.accountErase.userErrors).toEqual([]);
    // then the participations and meetings stay with their parties, no longer naming the person
    const [left] = await knexRows<{ named: number; participants: number; meetings: number }>(
      api.orm.em.getKnex(),
      `select (select count(*)::int from matchmaking_participant where created_by = ?)
                + (select count(*)::int from matchmaking_meeting where created_by = ? or answered_by = ?) as named,
              (select count(*)::int from matchmaking_participant where day_id = ?) as participants,
              (select count(*)::int from matchmaking_meeting where day_id = ?) as meetings`,
      [person!.user_id, person!.user_id, person!.user_id, day.uuid, day.uuid],
    );
    expect(left).toEqual({ named: 0, participants: 3, meetings: 2 });
  });
});
