import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  outboxOf,
  register,
  sessionState,
} from '../training-support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

const UPDATE = /* GraphQL */ `
  mutation ($input: TrainingSessionUpdateInput!) {
    trainingSessionUpdate(input: $input) {
      session {
        seats
        seatsLeft
        waitlistCount
        registrationDeadline
        venue {
          governorate {
            code
          }
        }
        days {
          position
          startsAt
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`;

const COURSE_UPDATE = /* GraphQL */ `
  mutation ($input: TrainingCourseUpdateInput!) {
    trainingCourseUpdate(input: $input) {
      course {
        title {
          en
        }
        expectedHours
      }
      userErrors {
        field
        code
      }
    }
  }
`;

interface UpdateResult {
  trainingSessionUpdate: {
    session: {
      seats: number;
      seatsLeft: number;
      waitlistCount: number;
      registrationDeadline: string;
      venue: { governorate: { code: string } } | null;
      days: { position: number; startsAt: string }[];
    } | null;
    userErrors: { field: string[] | null; code: string }[];
  };
}

describe('trainingSessionUpdate and trainingCourseUpdate', () => {
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

  const update = async (sessionId: string, fields: Record<string, unknown>, cookie = officer) => {
    const response = await api.graphql<UpdateResult>(
      UPDATE,
      { input: { sessionId, ...fields } },
      { headers: { cookie } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.trainingSessionUpdate;
  };
  const days = (sessionUuid: string) =>
    knexRows<{ position: number }>(
      api.orm.em.getKnex(),
      'select position from training_session_day where session_id = ? order by position',
      [sessionUuid],
    );

  it('changes the days, the venue and the deadlines, and writes an audit event', async () => {
    // given a session of two days
    const session = await createSession(api, officer, courseId);
    const first = Date.now() + 20 * DAY;
    // when an officer gives three days in Irbid and a later deadline
    const answer = await update(session.id, {
      days: [0, 1, 2].map((i) => ({ startsAt: at(20 * DAY + i * DAY), endsAt: at(20 * DAY + i * DAY + 4 * HOUR) })),
      governorate: 'JO-IR',
      registrationDeadline: at(15 * DAY),
    });
    // then the session has them, and the change is in the audit log
    expect(answer.userErrors).toEqual([]);
    expect(answer.session!.days.map((d) => d.position)).toEqual([1, 2, 3]);
    expect(new Date(answer.session!.days[0]!.startsAt).getTime()).toBeGreaterThanOrEqual(first - 1000);
    expect(answer.session!.venue!.governorate.code).toBe('JO-IR');
    const [audit] = await knexRows<{ count: number }>(
      api.orm.em.getKnex(),
      `select count(*)::int as count from audit_event where action = 'TRAINING_SESSION_UPDATED' and subject_id = ?`,
      [session.uuid],
    );
    expect(audit!.count).toBe(1);
  });

  it('refuses overlapping days and a day that ends before it starts, naming the day; nothing is written', async () => {
    const session = await createSession(api, officer, courseId);
    const overlap = await update(session.id, {
      days: [
        { startsAt: at(20 * DAY), endsAt: at(20 * DAY + 6 * HOUR) },
        { startsAt: at(20 * DAY + 2 * HOUR), endsAt: at(20 * DAY + 8 * HOUR) },
      ],
    });
    expect(overlap.userErrors).toEqual([{ field: ['input', 'days', '1', 'startsAt'], code: 'DAYS_OVERLAP' }]);
    const backwards = await update(session.id, {
      days: [{ startsAt: at(20 * DAY), endsAt: at(20 * DAY - HOUR) }],
    });
    expect(backwards.userErrors).toEqual([{ field: ['input', 'days', '0', 'endsAt'], code: 'DAY_ENDS_BEFORE_START' }]);
    expect(await days(session.uuid)).toHaveLength(2);
  });

  it('refuses a deadline before registration opens, and no venue at all', async () => {
    const session = await createSession(api, officer, courseId);
    const deadline = await update(session.id, { registrationDeadline: at(-2 * DAY) });
    expect(deadline.userErrors).toEqual([
      { field: ['input', 'registrationDeadline'], code: 'DEADLINE_BEFORE_OPENING' },
    ]);
    const venue = await update(session.id, { governorate: null });
    expect(venue.userErrors).toEqual([{ field: ['input', 'governorate'], code: 'VENUE_REQUIRED' }]);
    const [row] = await knexRows<{ governorate_code: string }>(
      api.orm.em.getKnex(),
      'select governorate_code from training_session where id = ?',
      [session.uuid],
    );
    expect(row!.governorate_code).toBe('JO-AM');
  });

  it('refuses fewer seats than confirmed (seats unchanged); more seats promote the waitlist at once, emailed', async () => {
    // given 2 seats, 2 confirmed and 2 waitlisted
    const organization = await createOrganization(api);
    const session = await createSession(api, officer, courseId, { seats: 2 });
    for (const person of await createParticipants(api, 4, organization.uuid)) {
      await register(api, person.headers, { sessionId: session.id, organizationId: organization.id });
    }
    // when an officer asks for 1 seat
    const fewer = await update(session.id, { seats: 1 });
    // then it is refused, naming the field
    expect(fewer.userErrors).toEqual([{ field: ['input', 'seats'], code: 'SEATS_BELOW_CONFIRMED' }]);
    expect((await sessionState(api, session.uuid)).seats).toBe(2);
    // when they ask for 3: the first waitlisted is confirmed and emailed, the second is first now
    const before = (await outboxOf(api, ['TRAINING_REGISTRATION_PROMOTED'])).length;
    const more = await update(session.id, { seats: 3 });
    expect(more.userErrors).toEqual([]);
    expect(more.session).toMatchObject({ seats: 3, seatsLeft: 0, waitlistCount: 1 });
    const state = await sessionState(api, session.uuid);
    expect(state.confirmed).toBe(3);
    expect(state.waitlisted).toEqual([1]);
    expect((await outboxOf(api, ['TRAINING_REGISTRATION_PROMOTED'])).length).toBe(before + 1);
  });

  it('keeps the attendance marked on the days it keeps when the days change', async () => {
    // given a confirmed participant marked on both days
    const organization = await createOrganization(api);
    const session = await createSession(api, officer, courseId);
    const [person] = await createParticipants(api, 1, organization.uuid);
    const { registration } = await register(api, person!.headers, {
      sessionId: session.id,
      organizationId: organization.id,
    });
    for (const dayPosition of [1, 2]) {
      const marked = await api.graphql<{ trainingAttendanceMark: { userErrors: unknown[] } }>(
        `mutation($input: TrainingAttendanceMarkInput!) { trainingAttendanceMark(input: $input) { userErrors { code } } }`,
        { input: { registrationId: registration!.id, dayPosition, present: true } },
        { headers: { cookie: officer } },
      );
      expect(marked.body.data!.trainingAttendanceMark.userErrors).toEqual([]);
    }
    const marks = () =>
      knexRows<{ position: number }>(
        api.orm.em.getKnex(),
        `select d.position from training_attendance a join training_session_day d on d.id = a.day_id
          where a.registration_id = ? order by d.position`,
        [registration!.uuid],
      );
    // when the two days move by an hour, then the session loses its second day
    const moved = await update(session.id, {
      days: [0, 1].map((i) => ({ startsAt: at(10 * DAY + i * DAY + HOUR), endsAt: at(10 * DAY + i * DAY + 7 * HOUR) })),
    });
    expect(moved.userErrors).toEqual([]);
    // then both marks stay; with one day, only the first
    expect((await marks()).map((m) => m.position)).toEqual([1, 2]);
    const shorter = await update(session.id, { days: [{ startsAt: at(10 * DAY), endsAt: at(10 * DAY + 6 * HOUR) }] });
    expect(shorter.userErrors).toEqual([]);
    expect((await marks()).map((m) => m.position)).toEqual([1]);
    expect(await days(session.uuid)).toHaveLength(1);
  });

  it('is for officers only', async () => {
    const session = await createSession(api, officer, courseId);
    const [person] = await createParticipants(api, 1);
    const response = await api.graphql(
      UPDATE,
      { input: { sessionId: session.id, seats: 99 } },
      { headers: person!.headers },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await sessionState(api, session.uuid)).seats).toBe(30);
  });

  it('edits a course: the fields given change; no title at all is refused', async () => {
    const course = await createCourse(api, officer, { titleEn: `Course ${randomUUID().slice(0, 6)}` });
    const ok = await api.graphql<{
      trainingCourseUpdate: { course: { title: { en: string }; expectedHours: number }; userErrors: unknown[] };
    }>(
      COURSE_UPDATE,
      { input: { courseId: course, titleEn: 'Advocacy for CSOs', expectedHours: 18 } },
      { headers: { cookie: officer } },
    );
    expect(ok.body.data!.trainingCourseUpdate).toEqual({
      course: { title: { en: 'Advocacy for CSOs' }, expectedHours: 18 },
      userErrors: [],
    });
    const untitled = await api.graphql<{ trainingCourseUpdate: { userErrors: { field: string[]; code: string }[] } }>(
      COURSE_UPDATE,
      { input: { courseId: course, titleAr: '', titleEn: ' ' } },
      { headers: { cookie: officer } },
    );
    expect(untitled.body.data!.trainingCourseUpdate.userErrors).toEqual([
      { field: ['input', 'titleAr'], code: 'TITLE_REQUIRED' },
    ]);
    const [row] = await knexRows<{ title_en: string }>(
      api.orm.em.getKnex(),
      'select title_en from training_course where id = (select id from training_course where title_en = ?)',
      ['Advocacy for CSOs'],
    );
    expect(row!.title_en).toBe('Advocacy for CSOs');
  });
});
