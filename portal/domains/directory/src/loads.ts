import { ApiUnavailableError, type Execute } from '@shabaka/graphql';
import { DirectoryHomeQuery } from './graphql/home.js';

/** What the directory's load functions need from a SvelteKit load event (the shell provides it). */
export interface DomainLoadEvent {
  locals: { api: Execute };
}

/** The home page: platform facts from the API, or a designed "unavailable" state when the API is down. */
export async function loadHome({ locals }: DomainLoadEvent) {
  try {
    const { platform } = await locals.api(DirectoryHomeQuery);
    return { state: 'ready' as const, platform };
  } catch (error) {
    if (error instanceof ApiUnavailableError) return { state: 'unavailable' as const };
    throw error;
  }
}

export type HomeData = Awaited<ReturnType<typeof loadHome>>;
