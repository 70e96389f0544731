import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  outboxOf,
  register,
  sessionState,
} from './training-support.js';

describe('training registrations in the personal data export and erasure', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("exports the person's registrations with their accommodations; erasure frees their seat for the first waitlisted", async () => {
    // given a person holding the only seat of a session, with a colleague waiting
    const officer = await officerCookie(api);
    const session = await createSession(api, officer, await createCourse(api, officer), { seats: 1 });
    const organization = await createOrganization(api);
    const person = await createTestPerson(api, {
      memberships: [{ organizationId: organization.uuid, role: 'VIEWER' }],
    });
    const cookie = await signIn(api, person.email, person.password);
    const mine = await register(
      api,
      { cookie },
      {
        sessionId: session.id,
        organizationId: organization.id,
        accommodations: { accessibleVenue: true, note: 'I use a wheelchair' },
      },
    );
    expect(mine.registration!.status).toBe('CONFIRMED');
    const [colleague] = await createParticipants(api, 1, organization.uuid);
    await register(api, colleague!.headers, { sessionId: session.id, organizationId: organization.id });

    // and a calendar link
    const link = await api.graphql(`mutation { trainingCalendarLinkReset { userErrors { code } } }`, undefined, {
      headers: { cookie },
    });
    expect(link.body.errors).toBeUndefined();

    // when the person downloads their data
    const exported = await api.graphql<{ viewerDataExport: { trainingRegistrations: Record<string, unknown>[] } }>(
      `{ viewerDataExport }`,
      undefined,
      { headers: { cookie } },
    );
    // then the registration and what they asked for are in it
    expect(exported.body.data!.viewerDataExport).toHaveProperty('trainingAttendance', []);
    // (that they have a calendar link and since when; the secret itself is not kept)
    expect(exported.body.data!.viewerDataExport).toHaveProperty('trainingCalendarLink.created_at');
    expect(exported.body.data!.viewerDataExport.trainingRegistrations).toEqual([
      expect.objectContaining({
        id: mine.registration!.uuid,
        status: 'CONFIRMED',
        accommodations: expect.objectContaining({ accessible_venue: true, note: 'I use a wheelchair' }) as unknown,
      }),
    ]);

    // when they erase their account
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: person.password } },
      { headers: { cookie } },
    );
    expect(erased.body.data!.accountErase.userErrors).toEqual([]);
    // then their seat went to the colleague, nothing of their needs is left, and the counts hold
    const state = await sessionState(api, session.uuid);
    expect(state.rows.find((r) => r.user_id === colleague!.userId)!.status).toBe('CONFIRMED');
    expect(state.counts).toEqual({ confirmed_count: 1, waitlist_count: 0 });
    expect(await outboxOf(api, ['TRAINING_REGISTRATION_PROMOTED'])).toEqual([
      { recipient: colleague!.email, kind: 'TRAINING_REGISTRATION_PROMOTED' },
    ]);
    const [left] = await knexRows<{
      status: string;
      accommodations_note: string | null;
      needs_accessible_venue: boolean;
    }>(
      api.orm.em.getKnex(),
      'select status, accommodations_note, needs_accessible_venue from training_registration where user_id = ?',
      [person.id],
    );
    expect(left).toEqual({ status: 'CANCELLED', accommodations_note: null, needs_accessible_venue: false });
    // and their calendar link is gone
    expect(
      await knexRows(api.orm.em.getKnex(), 'select 1 from training_calendar_token where user_id = ?', [person.id]),
    ).toEqual([]);
  });
});
