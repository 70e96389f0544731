import { error, redirect } from '@sveltejs/kit';
import { ApiUnavailableError, type ApiFiles, type Execute } from '@shabaka/graphql';
import { pagePath, type ViewerLocals } from '@shabaka/ui';
import { currentViewer } from '@shabaka/ui/viewer';
import { ConsultationQuery, ConsultationReportQuery, ConsultationsQuery } from './graphql/participation.js';

/** What the participation pages need from a SvelteKit event (the shell provides it). */
export interface ParticipationEvent {
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

/** Open and past consultations. */
export async function loadConsultations(event: ParticipationEvent) {
  return orUnavailable(async () => {
    const answer = await event.locals.api(ConsultationsQuery, { first: 50 });
    const all = answer.consultations.edges.map((e) => e.node);
    return {
      state: 'ready' as const,
      current: all.filter((c) => c.phase === 'OPEN' || c.phase === 'UPCOMING'),
      past: all.filter((c) => c.phase === 'ANALYSIS' || c.phase === 'ANSWERED'),
    };
  });
}

/** A consultation's page, and the verified organisations the viewer edits (who may contribute and endorse). */
export async function loadConsultation(event: ParticipationEvent) {
  const viewer = await currentViewer(event);
  return orUnavailable(async () => {
    const answer = await event.locals.api(ConsultationQuery, { id: event.params.id ?? '' });
    if (!answer.consultation) error(404, 'Not found');
    const editable = (viewer?.memberships ?? [])
      .filter((m) => (m.role === 'OWNER' || m.role === 'EDITOR') && m.organization.verification.state === 'VERIFIED')
      .map((m) => m.organization);
    return { state: 'ready' as const, consultation: answer.consultation, signedIn: viewer !== null, editable };
  });
}
export type ConsultationData = Awaited<ReturnType<typeof loadConsultation>>;

/** The report page (public once published; the owners see it as it forms). */
export async function loadReport(event: ParticipationEvent) {
  return orUnavailable(async () => {
    const answer = await event.locals.api(ConsultationReportQuery, { id: event.params.id ?? '' });
    if (!answer.consultation) error(404, 'Not found');
    return { state: 'ready' as const, consultation: answer.consultation };
  });
}

/** The contributions' CSV, relayed from the API with the owner's session (the API decides who may have it). */
export async function downloadContributionsCsv(
  event: ParticipationEvent & { locals: { files: ApiFiles } },
): Promise<Response> {
  const id = event.params.id ?? '';
  if (!/^[0-9a-f-]{36}$/.test(id)) error(404, 'Not found');
  const response = await event.locals.files.download(`/exports/consultations/${id}/contributions.csv`);
  if (response.status === 401) redirect(303, pagePath(event.locals.locale, 'account/sign-in'));
  if (!response.ok) error(response.status === 403 ? 403 : 404, 'Not found');
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}
