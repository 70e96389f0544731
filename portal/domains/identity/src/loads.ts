import { redirect } from '@sveltejs/kit';
import type { Execute } from '@shabaka/graphql';
import { pagePath, type Viewer, type ViewerLocals } from '@shabaka/ui';
import { currentViewer, isOfficer, refused, signInFirst } from '@shabaka/ui/viewer';
import { AccountOverviewQuery, AccountViewerQuery } from './graphql/viewer.js';

/** What the identity pages need from a SvelteKit event (the shell provides it). */
export interface IdentityEvent {
  locals: { api: Execute; signedIn: boolean } & ViewerLocals;
  url: URL;
}

/**
 * Who is signed in, asked of the API: the shell's hook calls it at most once per request, for `locals.viewer`
 * (`@shabaka/ui/viewer`), which every page reads instead.
 */
export async function resolveViewer(api: Execute): Promise<Viewer | null> {
  const { viewer } = await api(AccountViewerQuery);
  return viewer ?? null;
}

/** Pages of signed-out visitors (sign in, sign up): a signed-in person goes to their account instead. */
export async function loadSignedOutPage(event: IdentityEvent) {
  const viewer = await currentViewer(event);
  if (viewer) redirect(303, pagePath(event.locals.locale, 'account'));
  return { next: event.url.searchParams.get('next') ?? '' };
}

/** Pages opened from an emailed link (confirm email, undo an email change, new password): the token from the link. */
export function loadTokenPage({ url }: IdentityEvent) {
  return { token: url.searchParams.get('token') ?? '' };
}

export async function loadAccount(event: IdentityEvent) {
  try {
    const { viewer } = event.locals.signedIn ? await event.locals.api(AccountOverviewQuery) : { viewer: null };
    if (!viewer) signInFirst(event);
    return { viewer, officer: isOfficer(viewer) };
  } catch (failure) {
    refused(event, failure);
  }
}
export type AccountData = Awaited<ReturnType<typeof loadAccount>>;
