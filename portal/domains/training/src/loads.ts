import { error, redirect } from '@sveltejs/kit';
import {
  ApiError,
  ApiUnavailableError,
  type ApiFiles,
  type Execute,
  type TrainingCourseEditQuery,
  type TrainingSessionEditQuery,
} from '@shabaka/graphql';
import { pagePath } from '@shabaka/ui';
import type { ViewerLocals } from '@shabaka/ui';
import { currentViewer, isOfficer, requireViewer, signInFirst } from '@shabaka/ui/viewer';
import { ammanLocal, nextMonths } from './amman-time.js';
import { catalogueVariables, parseCatalogueState } from './catalogue-state.js';
import { TrainingCatalogueQuery } from './graphql/catalogue.js';
import {
  TrainingAttendanceQuery,
  TrainingCourseEditQuery as CourseEditDocument,
  TrainingCourseFormQuery,
  TrainingCourseSessionsQuery,
  TrainingOrganizationRegistrationsQuery,
  TrainingRegistrantsQuery,
  TrainingSessionEditQuery as SessionEditDocument,
  TrainingSessionFormQuery,
} from './graphql/officer.js';
import { TrainingMyRegistrationsQuery, TrainingSessionQuery } from './graphql/session.js';

/** What the training pages need from a SvelteKit event (the shell provides it). */
export interface TrainingEvent {
  locals: { api: Execute; signedIn: boolean } & ViewerLocals;
  url: URL;
  params: Record<string, string>;
}

/** Runs a public load's queries; an unreachable API becomes a designed "unavailable" state, not an error page. */
async function orUnavailable<T extends object>(work: () => Promise<T>): Promise<T | { state: 'unavailable' }> {
  try {
    return await work();
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) return { state: 'unavailable' as const };
    throw failure;
  }
}

/**
 * The API's refusals of a page's data become what the reader needs: the sign-in page when the session is missing or
 * ended, 403 and 404 pages otherwise. The API decides who may see what; the portal only says it.
 */
function guard(event: TrainingEvent, failure: unknown): never {
  if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') signInFirst(event);
  if (failure instanceof ApiError && failure.code === 'FORBIDDEN') error(403, 'Forbidden');
  if (failure instanceof ApiError && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) {
    error(404, 'Not found');
  }
  throw failure;
}

/** The catalogue: sessions still to come, filtered and paged from the query string. */
export async function loadCatalogue(event: TrainingEvent) {
  const filter = parseCatalogueState(event.url.searchParams);
  const viewer = await currentViewer(event);
  return orUnavailable(async () => {
    let answer;
    try {
      answer = await event.locals.api(TrainingCatalogueQuery, catalogueVariables(filter));
    } catch (failure) {
      // a cursor from another search (an edited address): start again from the first page
      if (!(failure instanceof ApiError && failure.code === 'BAD_USER_INPUT' && (filter.after || filter.before))) {
        throw failure;
      }
      filter.after = null;
      filter.before = null;
      answer = await event.locals.api(TrainingCatalogueQuery, catalogueVariables(filter));
    }
    return {
      state: 'ready' as const,
      filter,
      sessions: answer.trainingSessions,
      topics: answer.trainingTopics,
      governorates: answer.governorates,
      months: nextMonths(new Date(), 12),
      officer: viewer ? isOfficer(viewer) : false,
      signedIn: viewer !== null,
    };
  });
}
export type CatalogueData = Awaited<ReturnType<typeof loadCatalogue>>;

/** A session's page; signed in, the reader's own registration and the organisations they may register for. */
export async function loadSession(event: TrainingEvent) {
  const viewer = await currentViewer(event);
  return orUnavailable(async () => {
    try {
      const { trainingSession } = await event.locals.api(TrainingSessionQuery, { id: event.params.id ?? '' });
      if (!trainingSession) error(404, 'Not found');
      return {
        state: 'ready' as const,
        session: trainingSession,
        signedIn: viewer !== null,
        officer: viewer ? isOfficer(viewer) : false,
        memberships: (viewer?.memberships ?? []).map((membership) => membership.organization),
        // one key per registration attempt: a repeated post (a double click, a reload) returns the first answer
        idempotencyKey: crypto.randomUUID(),
      };
    } catch (failure) {
      guard(event, failure);
    }
  });
}
export type SessionData = Awaited<ReturnType<typeof loadSession>>;

/** The signed-in person's registrations, with their status and waitlist position. */
export async function loadMyRegistrations(event: TrainingEvent) {
  await requireViewer(event);
  const includeCancelled = event.url.searchParams.get('cancelled') === '1';
  try {
    const { viewer } = await event.locals.api(TrainingMyRegistrationsQuery, {
      includeCancelled,
      after: event.url.searchParams.get('after'),
    });
    if (!viewer) signInFirst(event);
    // from an organisation's workspace: the registrations for that organisation only
    const organization = event.url.searchParams.get('organization') ?? '';
    const registrations = viewer.trainingRegistrations;
    return {
      registrations: organization
        ? {
            ...registrations,
            edges: registrations.edges.filter((edge) => edge.node.organization?.slug === organization),
          }
        : registrations,
      includeCancelled,
      calendarLink: viewer.trainingCalendarLink ?? null,
      trainerSessions: viewer.trainingSessionsAsTrainer.edges.map((edge) => edge.node),
      organization: organization
        ? (viewer.memberships.find((membership) => membership.organization.slug === organization)?.organization ?? null)
        : null,
    };
  } catch (failure) {
    guard(event, failure);
  }
}
export type MyRegistrationsData = Awaited<ReturnType<typeof loadMyRegistrations>>;

/** Officers only: the portal asks, the API decides (a person sees the 403 page). */
async function requireOfficer(event: TrainingEvent): Promise<void> {
  const viewer = await requireViewer(event);
  if (!isOfficer(viewer)) error(403, 'Forbidden');
}

type EditedCourse = NonNullable<TrainingCourseEditQuery['trainingCourse']>;
type EditedSession = NonNullable<TrainingSessionEditQuery['trainingSession']>;

/** The course form: empty for a new course, or the course's values (`loadCourseEdit`). */
export interface CourseFormData {
  topics: TrainingCourseEditQuery['trainingTopics'];
  initial: Record<string, string>;
  course: Pick<EditedCourse, 'id' | 'uuid' | 'title'> | null;
}

export async function loadCourseForm(event: TrainingEvent): Promise<CourseFormData> {
  await requireOfficer(event);
  try {
    const { trainingTopics } = await event.locals.api(TrainingCourseFormQuery);
    return { topics: trainingTopics, initial: {}, course: null };
  } catch (failure) {
    guard(event, failure);
  }
}

const number = (value: number | null | undefined): string => (value == null ? '' : String(value));

/** The course's values as its form's fields hold them. */
export function courseValues(course: EditedCourse): Record<string, string> {
  return {
    titleAr: course.title.ar ?? '',
    titleEn: course.title.en ?? '',
    descriptionAr: course.description.ar ?? '',
    descriptionEn: course.description.en ?? '',
    prerequisitesAr: course.prerequisites.ar ?? '',
    prerequisitesEn: course.prerequisites.en ?? '',
    topic: course.topic.code,
    level: course.level,
    audience: course.audience,
    expectedHours: number(course.expectedHours),
    completionAttendancePercent: number(course.completionRule.attendancePercent),
    completionPassMark: number(course.completionRule.postTestPassMark),
  };
}

export async function loadCourseEdit(event: TrainingEvent): Promise<CourseFormData> {
  await requireOfficer(event);
  try {
    const { trainingTopics, trainingCourse } = await event.locals.api(CourseEditDocument, {
      id: event.params.id ?? '',
    });
    if (!trainingCourse) error(404, 'Not found');
    return { topics: trainingTopics, initial: courseValues(trainingCourse), course: trainingCourse };
  } catch (failure) {
    guard(event, failure);
  }
}

/** The session form: a new session (courses to choose from), or a session's values (`loadSessionEdit`). */
export interface SessionFormData {
  courses: { id: string; title: { ar: string | null; en: string | null } }[];
  governorates: TrainingSessionEditQuery['governorates'];
  initial: Record<string, string>;
  session: Pick<EditedSession, 'id' | 'uuid' | 'status' | 'confirmedCount' | 'course'> | null;
}

export async function loadSessionForm(event: TrainingEvent): Promise<SessionFormData> {
  await requireOfficer(event);
  try {
    const { trainingCourses, governorates } = await event.locals.api(TrainingSessionFormQuery);
    return {
      courses: trainingCourses.edges.map((edge) => edge.node),
      governorates,
      initial: { courseId: event.url.searchParams.get('course') ?? '', verifiedOrganizationsOnly: 'on' },
      session: null,
    };
  } catch (failure) {
    guard(event, failure);
  }
}

/** The session's values as its form's fields hold them: days and moments in Amman time. */
export function sessionValues(session: EditedSession): Record<string, string> {
  const values: Record<string, string> = {
    seats: number(session.seats),
    maxPerOrganization: number(session.eligibility.maxPerOrganization),
    language: session.language,
    audience: session.eligibility.audience,
    governorate: session.venue?.governorate.code ?? '',
    venueAddressAr: session.venue?.address.ar ?? '',
    venueAddressEn: session.venue?.address.en ?? '',
    onlineUrl: session.onlineUrl ?? '',
    trainers: session.trainers.join('\n'),
    registrationOpensAt: ammanLocal(session.registrationOpensAt),
    registrationDeadline: ammanLocal(session.registrationDeadline),
    cancellationDeadline: ammanLocal(session.cancellationDeadline),
  };
  const checks = {
    verifiedOrganizationsOnly: session.eligibility.verifiedOrganizationsOnly,
    stepFreeAccess: session.venue?.stepFreeAccess,
    accessibleToilet: session.venue?.accessibleToilet,
    hearingLoop: session.venue?.hearingLoop,
    signLanguageInterpretation: session.venue?.signLanguageInterpretation,
  };
  for (const [name, on] of Object.entries(checks)) if (on) values[name] = 'on';
  session.days.forEach((day, row) => {
    const start = ammanLocal(day.startsAt);
    values[`day-${row}-date`] = start.slice(0, 10);
    values[`day-${row}-start`] = start.slice(11, 16);
    values[`day-${row}-end`] = ammanLocal(day.endsAt).slice(11, 16);
  });
  return values;
}

export async function loadSessionEdit(event: TrainingEvent): Promise<SessionFormData> {
  await requireOfficer(event);
  try {
    const { governorates, trainingSession } = await event.locals.api(SessionEditDocument, {
      id: event.params.id ?? '',
    });
    if (!trainingSession) error(404, 'Not found');
    return { courses: [], governorates, initial: sessionValues(trainingSession), session: trainingSession };
  } catch (failure) {
    guard(event, failure);
  }
}

/** A session's registrants with their accommodations and scores, and the other sessions of its course to move one to. */
export async function loadRegistrants(event: TrainingEvent) {
  // officers and the session's trainers: the API decides (a FORBIDDEN becomes the 403 page)
  const viewer = await requireViewer(event);
  try {
    const { trainingSession } = await event.locals.api(TrainingRegistrantsQuery, {
      id: event.params.id ?? '',
      after: event.url.searchParams.get('after'),
    });
    if (!trainingSession) error(404, 'Not found');
    const { trainingSessions } = await event.locals.api(TrainingCourseSessionsQuery, {
      courseId: trainingSession.course.id,
    });
    return {
      session: trainingSession,
      officer: isOfficer(viewer),
      others: trainingSessions.edges.map((edge) => edge.node).filter((node) => node.id !== trainingSession.id),
    };
  } catch (failure) {
    guard(event, failure);
  }
}
export type RegistrantsData = Awaited<ReturnType<typeof loadRegistrants>>;

/**
 * The attendance page of one session day (`?day=`, the first by default): the confirmed participants, each with the
 * day marked so far, and the other days to switch to.
 */
export async function loadAttendance(event: TrainingEvent) {
  // officers and the session's trainers: the API decides (a FORBIDDEN becomes the 403 page)
  await requireViewer(event);
  try {
    const { trainingSession } = await event.locals.api(TrainingAttendanceQuery, {
      id: event.params.id ?? '',
      after: event.url.searchParams.get('after'),
    });
    if (!trainingSession) error(404, 'Not found');
    const asked = Number(event.url.searchParams.get('day') ?? '1');
    const day = trainingSession.days.find((d) => d.position === asked);
    if (!day) error(404, 'Not found');
    return {
      session: trainingSession,
      day,
      participants: trainingSession.registrations.edges.map(({ node }) => ({
        id: node.id,
        uuid: node.uuid,
        name: node.participant?.name ?? null,
        present: node.attendance.find((a) => a.dayPosition === day.position)?.present ?? null,
      })),
    };
  } catch (failure) {
    guard(event, failure);
  }
}
export type AttendanceData = Awaited<ReturnType<typeof loadAttendance>>;

/** The registrants' CSV, relayed from the API with the officer's session (the API decides who may have it). */
export async function downloadRegistrantsCsv(
  event: TrainingEvent & { locals: { files: ApiFiles } },
): Promise<Response> {
  const id = event.params.id ?? '';
  if (!/^[0-9a-f-]{36}$/.test(id)) error(404, 'Not found');
  const response = await event.locals.files.download(`/exports/training-sessions/${id}/registrants.csv`);
  if (response.status === 401) redirect(303, pagePath(event.locals.locale, 'account/sign-in'));
  if (!response.ok) error(response.status === 403 ? 403 : 404, 'Not found');
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}

/** An organisation's training registrations, from its workspace (its members and officers; the API decides). */
export async function loadOrganizationRegistrations(event: TrainingEvent) {
  await requireViewer(event);
  try {
    const { organizationBySlug } = await event.locals.api(TrainingOrganizationRegistrationsQuery, {
      slug: event.params.slug ?? '',
      after: event.url.searchParams.get('after'),
    });
    if (!organizationBySlug) error(404, 'Not found');
    return { organization: organizationBySlug };
  } catch (failure) {
    guard(event, failure);
  }
}
export type OrganizationRegistrationsData = Awaited<ReturnType<typeof loadOrganizationRegistrations>>;
