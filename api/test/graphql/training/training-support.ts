/** What the training tests share: an officer, courses and sessions made over HTTP, and many participants fast. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { createApiToken } from '../../../src/modules/accounts/api-token.service.js';
import { knexRows } from '../../../src/database/sql.js';
import type { TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const REGISTER = /* GraphQL */ `
  mutation Register($input: TrainingRegistrationCreateInput!) {
    trainingRegistrationCreate(input: $input) {
      registration {
        id
        uuid
        status
        waitlistPosition
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

export const CANCEL = /* GraphQL */ `
  mutation Cancel($input: TrainingRegistrationCancelInput!) {
    trainingRegistrationCancel(input: $input) {
      registration {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

export interface RegisterPayload {
  trainingRegistrationCreate: {
    registration: { id: string; uuid: string; status: string; waitlistPosition: number | null } | null;
    userErrors: { field: string[] | null; code: string; message: string }[];
  };
}

export async function officerCookie(api: TestApi): Promise<string> {
  const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
  return signIn(api, officer.email, officer.password);
}

export async function createCourse(api: TestApi, cookie: string, input: Record<string, unknown> = {}): Promise<string> {
  const response = await api.graphql<{
    trainingCourseCreate: { course: { id: string } | null; userErrors: unknown[] };
  }>(
    `mutation($input: TrainingCourseCreateInput!) { trainingCourseCreate(input: $input) { course { id } userErrors { field code message } } }`,
    {
      input: {
        titleAr: 'الإدارة المالية للجمعيات',
        titleEn: 'Financial management for CSOs',
        topic: 'FINANCIAL_MANAGEMENT',
        level: 'INTRODUCTORY',
        audience: 'BOTH',
        expectedHours: 12,
        ...input,
      },
    },
    { headers: { cookie } },
  );
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data!.trainingCourseCreate.userErrors).toEqual([]);
  return response.body.data!.trainingCourseCreate.course!.id;
}

/** A session's input: open for registration now, two days in ten days' time, 30 seats in Amman. */
export function sessionInput(courseId: string, input: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now();
  const first = now + 10 * DAY;
  return {
    courseId,
    days: [
      { startsAt: new Date(first).toISOString(), endsAt: new Date(first + 6 * HOUR).toISOString() },
      { startsAt: new Date(first + DAY).toISOString(), endsAt: new Date(first + DAY + 6 * HOUR).toISOString() },
    ],
    governorate: 'JO-AM',
    venueAddressEn: 'Jabal Al-Weibdeh, Amman',
    stepFreeAccess: true,
    language: 'ARABIC',
    trainers: ['Rana Haddad'],
    seats: 30,
    registrationOpensAt: new Date(now - HOUR).toISOString(),
    registrationDeadline: new Date(now + 7 * DAY).toISOString(),
    verifiedOrganizationsOnly: false,
    audience: 'BOTH',
    ...input,
  };
}

export const SESSION_CREATE = /* GraphQL */ `
  mutation ($input: TrainingSessionCreateInput!) {
    trainingSessionCreate(input: $input) {
      session {
        id
        uuid
        status
        seats
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

export async function createSession(
  api: TestApi,
  cookie: string,
  courseId: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; uuid: string }> {
  const response = await api.graphql<{
    trainingSessionCreate: { session: { id: string; uuid: string } | null; userErrors: unknown[] };
  }>(SESSION_CREATE, { input: sessionInput(courseId, input) }, { headers: { cookie } });
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data!.trainingSessionCreate.userErrors).toEqual([]);
  return response.body.data!.trainingSessionCreate.session!;
}

/** A (verified unless said) organisation: its global id and uuid. */
export async function createOrganization(
  api: TestApi,
  verificationState = 'VERIFIED',
): Promise<{ id: string; uuid: string }> {
  const [organization] = await createOrganizations(api.orm, [
    { verificationState, verifiedAt: verificationState === 'VERIFIED' ? new Date() : null },
  ]);
  return { id: toGlobalId('Organization', organization!.id), uuid: organization!.id };
}

export interface Participant {
  userId: string;
  email: string;
  headers: Record<string, string>;
}

/**
 * `count` people, members of `organizationUuid` when given, each with an API token (no password hashing: a burst of
 * hundreds of people is set up in a second).
 */
export async function createParticipants(
  api: TestApi,
  count: number,
  organizationUuid?: string,
): Promise<Participant[]> {
  const knex = api.orm.em.getKnex();
  const people = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    name: `Participant ${i + 1}`,
    email: `participant-${randomUUID().slice(0, 8)}@example.org`,
    email_verified: true,
  }));
  await knex('auth_user').insert(people);
  if (organizationUuid) {
    await knex('organization_member').insert(
      people.map((p) => ({ organization_id: organizationUuid, user_id: p.id, role: 'VIEWER' })),
    );
  }
  const participants: Participant[] = [];
  for (const person of people) {
    const { secret } = await createApiToken(knex, person.id, 'training test', 'READ_WRITE');
    participants.push({ userId: person.id, email: person.email, headers: { authorization: `Bearer ${secret}` } });
  }
  return participants;
}

export async function register(
  api: TestApi,
  headers: Record<string, string>,
  input: Record<string, unknown>,
): Promise<RegisterPayload['trainingRegistrationCreate']> {
  const response = await api.graphql<RegisterPayload>(REGISTER, { input }, { headers });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.trainingRegistrationCreate;
}

/** The session's registrations and counts as the database holds them. */
export async function sessionState(
  api: TestApi,
  sessionUuid: string,
): Promise<{
  seats: number;
  confirmed: number;
  waitlisted: number[];
  counts: { confirmed_count: number; waitlist_count: number };
  rows: { user_id: string; status: string; waitlist_position: number | null; created_at: Date }[];
}> {
  const knex = api.orm.em.getKnex();
  const rows = await knexRows<{
    user_id: string;
    status: string;
    waitlist_position: number | null;
    created_at: Date;
  }>(knex, 'select user_id, status, waitlist_position, created_at from training_registration where session_id = ?', [
    sessionUuid,
  ]);
  const [session] = await knexRows<{ seats: number; confirmed_count: number; waitlist_count: number }>(
    knex,
    'select seats, confirmed_count, waitlist_count from training_session where id = ?',
    [sessionUuid],
  );
  return {
    seats: session!.seats,
    confirmed: rows.filter((r) => r.status === 'CONFIRMED').length,
    waitlisted: rows
      .filter((r) => r.status === 'WAITLISTED')
      .map((r) => r.waitlist_position!)
      .sort((a, b) => a - b),
    counts: { confirmed_count: session!.confirmed_count, waitlist_count: session!.waitlist_count },
    rows,
  };
}

export const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** The emails of `kinds` in the outbox: recipient and kind. */
export function outboxOf(api: TestApi, kinds: string[]): Promise<{ recipient: string; kind: string }[]> {
  return knexRows(
    api.orm.em.getKnex(),
    'select recipient, kind from email_outbox where kind = any(?) order by created_at',
    [kinds],
  );
}

export const ISSUE_CERTIFICATE = /* GraphQL */ `
  mutation ($input: TrainingCertificateIssueInput!) {
    trainingCertificateIssue(input: $input) {
      certificate {
        id
        uuid
        code
        participantName
        status
        pdfPath
        issuer {
          ar
          en
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

export interface IssuedCertificate {
  id: string;
  uuid: string;
  code: string;
  participantName: string;
  status: string;
  pdfPath: string;
  issuer: { ar: string; en: string };
}

/** Marks a registration's attendance for the given days (1-based), as an officer. */
export async function markAttended(
  api: TestApi,
  cookie: string,
  registrationId: string,
  days: number[],
): Promise<void> {
  for (const dayPosition of days) {
    const response = await api.graphql<{ trainingAttendanceMark: { userErrors: unknown[] } }>(
      `mutation($input: TrainingAttendanceMarkInput!) { trainingAttendanceMark(input: $input) { userErrors { code } } }`,
      { input: { registrationId, dayPosition, present: true } },
      { headers: { cookie } },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.trainingAttendanceMark.userErrors).toEqual([]);
  }
}

/** A two-day session with `count` confirmed participants named as given (the last ones named `Participant n`). */
export async function sessionWithParticipants(
  api: TestApi,
  officer: string,
  names: string[],
  course: Record<string, unknown> = {},
): Promise<{ session: { id: string; uuid: string }; participants: (Participant & { registrationId: string })[] }> {
  const session = await createSession(api, officer, await createCourse(api, officer, course));
  const organization = await createOrganization(api);
  const people = await createParticipants(api, names.length, organization.uuid);
  const knex = api.orm.em.getKnex();
  const participants: (Participant & { registrationId: string })[] = [];
  for (const [i, person] of people.entries()) {
    await knex('auth_user').update({ name: names[i] }).where({ id: person.userId });
    const registered = await register(api, person.headers, { sessionId: session.id, organizationId: organization.id });
    participants.push({ ...person, registrationId: registered.registration!.id });
  }
  return { session, participants };
}
