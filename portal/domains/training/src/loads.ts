import { error } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError, type Execute } from '@shabaka/graphql';
import type { ViewerLocals } from '@shabaka/ui';
import { currentViewer, isOfficer, requireViewer, signInFirst } from '@shabaka/ui/viewer';
import { nextMonths } from './amman-time.js';
import { catalogueVariables, parseCatalogueState } from './catalogue-state.js';
import { TrainingCatalogueQuery } from './graphql/catalogue.js';
import {
  TrainingCourseFormQuery,
  TrainingCourseSessionsQuery,
  TrainingRegistrantsQuery,
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

export async function loadCourseForm(event: TrainingEvent) {
  await requireOfficer(event);
  try {
    const { trainingTopics } = await event.locals.api(TrainingCourseFormQuery);
    return { topics: trainingTopics };
  } catch (failure) {
    guard(event, failure);
  }
}
export type CourseFormData = Awaited<ReturnType<typeof loadCourseForm>>;

export async function loadSessionForm(event: TrainingEvent) {
  await requireOfficer(event);
  try {
    const { trainingCourses, governorates } = await event.locals.api(TrainingSessionFormQuery);
    return {
      courses: trainingCourses.edges.map((edge) => edge.node),
      governorates,
      course: event.url.searchParams.get('course') ?? '',
    };
  } catch (failure) {
    guard(event, failure);
  }
}
export type SessionFormData = Awaited<ReturnType<typeof loadSessionForm>>;

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
