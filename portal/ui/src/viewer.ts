/**
 * Who is signed in, for every domain package. The shell's hook resolves the viewer at most once per request (on the
 * first ask, shared by the layout and the page) and puts it in `event.locals`; domains read it through these helpers
 * and never import the package that signs people in. Server-side (`@shabaka/ui/viewer`); the types are also in
 * `@shabaka/ui`.
 */
import { error, redirect } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError } from '@shabaka/graphql';
import { pagePath, type Locale } from './i18n.js';

/** An organisation the viewer belongs to, with their role in it. */
export interface ViewerMembership {
  role: string;
  organization: {
    id: string;
    slug: string;
    name: { ar?: string | null; en?: string | null };
    verification: { state: string };
  };
}

/** The signed-in person: what the header, the pages' guards and the workspace need. */
export interface Viewer {
  uuid: string;
  name: string;
  email: string;
  emailVerified: boolean;
  roles: readonly string[];
  memberships: readonly ViewerMembership[];
}

/** What the shell puts in `event.locals` for the viewer. */
export interface ViewerLocals {
  locale: Locale;
  /**
   * The signed-in person, or null (no session, or one the API no longer knows); asked of the API once per request.
   * Rejects with ApiUnavailableError when the API cannot be reached.
   */
  viewer: () => Promise<Viewer | null>;
}

/** The event parts the viewer helpers read (a SvelteKit load or action event has them). */
export interface ViewerEvent {
  locals: ViewerLocals;
  url: URL;
}

/**
 * `locals.viewer` for the shell's hook: one API call per request, on the first ask (a page that never asks costs
 * none), its answer shared by every later ask of the same request.
 */
export function viewerOnce(fetchViewer: () => Promise<Viewer | null>): () => Promise<Viewer | null> {
  let pending: Promise<Viewer | null> | undefined;
  return () => (pending ??= fetchViewer());
}

/** The viewer for a header or a greeting, or null: signed out, or the API is down (the page still renders). */
export async function currentViewer({ locals }: { locals: ViewerLocals }): Promise<Viewer | null> {
  try {
    return await locals.viewer();
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) return null;
    throw failure;
  }
}

/** The viewer, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireViewer(event: ViewerEvent): Promise<Viewer> {
  const viewer = await event.locals.viewer();
  if (!viewer) signInFirst(event);
  return viewer;
}

/** To the sign-in page, which comes back to this page afterwards. */
export function signInFirst({ locals, url }: ViewerEvent): never {
  const next = url.pathname + url.search;
  redirect(303, `${pagePath(locals.locale, 'account/sign-in')}?next=${encodeURIComponent(next)}`);
}

const OFFICER_ROLES = new Set(['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR']);

/** Whether the viewer works for the programme (officers' console, verification cases). */
export function isOfficer(viewer: Pick<Viewer, 'roles'>): boolean {
  return viewer.roles.some((role) => OFFICER_ROLES.has(role));
}

/** The viewer's role in an organisation, or null when they are not a member. */
export function roleIn(viewer: Pick<Viewer, 'memberships'>, slug: string): string | null {
  return viewer.memberships.find((membership) => membership.organization.slug === slug)?.role ?? null;
}

/**
 * The API's refusals of a page's data become what the reader needs: the sign-in page when the session is missing or
 * ended, 403 and 404 pages otherwise. Each protected page asks the API once; the API decides who may see what.
 */
export function refused(event: ViewerEvent, failure: unknown): never {
  if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') signInFirst(event);
  if (failure instanceof ApiError && failure.code === 'FORBIDDEN') error(403, 'Forbidden');
  if (failure instanceof ApiError && failure.code === 'NOT_FOUND') error(404, 'Not found');
  throw failure;
}
