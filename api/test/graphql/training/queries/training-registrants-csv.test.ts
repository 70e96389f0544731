/** GET /exports/training-sessions/<uuid>/registrants.csv: officers only, every registrant, formulas neutralised. */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  register,
} from '../training-support.js';

describe('the registrants CSV of a session', () => {
  let api: TestApi;
  let officer = '';
  let session: { id: string; uuid: string };
  let people: Awaited<ReturnType<typeof createParticipants>>;
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    const course = await createCourse(api, officer);
    session = await createSession(api, officer, course, { seats: 2 });
    const organization = await createOrganization(api);
    people = await createParticipants(api, 3, organization.uuid);
    // a name that a spreadsheet would run as a formula
    await api.orm.em
      .getKnex()('auth_user')
      .where({ id: people[0]!.userId })
      .update({ name: '=HYPERLINK("http://evil")' });
    for (const [i, person] of people.entries()) {
      await register(api, person.headers, {
        sessionId: session.id,
        organizationId: organization.id,
        accommodations: { signLanguage: i === 0, note: i === 1 ? '@SUM(A1:A9) ramp please' : null },
      });
    }
  });
  afterAll(async () => {
    await api.stop();
  });

  const get = (uuid: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/exports/training-sessions/${uuid}/registrants.csv`, { headers });

  it('gives an officer every registrant with status and accommodations, formulas neutralised', async () => {
    const response = await get(session.uuid, { cookie: officer });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    // a byte-order mark first, so spreadsheets read the Arabic right
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(bytes.subarray(3).toString('utf8'), { columns: true });
    expect(rows.map((r) => [r.email, r.status, r.waitlist_position])).toEqual([
      [people[0]!.email, 'CONFIRMED', ''],
      [people[1]!.email, 'CONFIRMED', ''],
      [people[2]!.email, 'WAITLISTED', '1'],
    ]);
    expect(rows[0]!.name).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[0]!.needs_sign_language).toBe('true');
    expect(rows[1]!.accommodations_note).toBe(`'@SUM(A1:A9) ramp please`);
  });

  it('refuses anyone but officers, and says 404 for an unknown session', async () => {
    expect((await get(session.uuid)).status).toBe(401);
    expect((await get(session.uuid, people[0]!.headers)).status).toBe(403);
    expect((await get(randomUUID(), { cookie: officer })).status).toBe(404);
  });
});
