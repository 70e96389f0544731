/**
 * The catalogue's filters live in the query string (a GET form with the same names), so every search can be shared,
 * bookmarked and served without JavaScript.
 */
import type { TrainingCatalogueQueryVariables, TrainingLanguage } from '@shabaka/graphql';
import { ammanMonth } from './amman-time.js';

export const LANGUAGES: readonly TrainingLanguage[] = ['ARABIC', 'ENGLISH', 'ARABIC_AND_ENGLISH'];
export const PAGE_SIZE = 20;

export interface CatalogueState {
  topic: string;
  governorate: string;
  /** 'online', 'in-person' or '' (either). */
  mode: '' | 'online' | 'in-person';
  language: TrainingLanguage | '';
  /** YYYY-MM, or ''. */
  month: string;
  seatsLeft: boolean;
  after: string | null;
  before: string | null;
}

const CODE = /^[A-Z0-9_-]{1,40}$/;

export function parseCatalogueState(params: URLSearchParams): CatalogueState {
  const code = (name: string) => {
    const value = (params.get(name) ?? '').trim();
    return CODE.test(value) ? value : '';
  };
  const mode = params.get('mode');
  const language = params.get('language') ?? '';
  const month = params.get('month') ?? '';
  return {
    topic: code('topic'),
    governorate: code('governorate'),
    mode: mode === 'online' || mode === 'in-person' ? mode : '',
    language: (LANGUAGES as readonly string[]).includes(language) ? (language as TrainingLanguage) : '',
    month: ammanMonth(month) ? month : '',
    seatsLeft: params.get('seatsLeft') === '1',
    after: params.get('after') || null,
    before: params.get('after') ? null : params.get('before') || null,
  };
}

export function catalogueVariables(state: CatalogueState): TrainingCatalogueQueryVariables {
  const month = state.month ? ammanMonth(state.month) : null;
  return {
    filter: {
      topics: state.topic ? [state.topic] : null,
      governorates: state.governorate ? [state.governorate] : null,
      online: state.mode === 'online' ? true : state.mode === 'in-person' ? false : null,
      languages: state.language ? [state.language] : null,
      startsFrom: month?.from.toISOString() ?? null,
      startsBefore: month?.before.toISOString() ?? null,
      seatsLeft: state.seatsLeft || null,
    },
    ...(state.before ? { last: PAGE_SIZE, before: state.before } : { first: PAGE_SIZE, after: state.after }),
  };
}

/** The catalogue's address for a state (empty values left out). */
export function catalogueHref(action: string, state: CatalogueState): string {
  const params = new URLSearchParams();
  if (state.topic) params.set('topic', state.topic);
  if (state.governorate) params.set('governorate', state.governorate);
  if (state.mode) params.set('mode', state.mode);
  if (state.language) params.set('language', state.language);
  if (state.month) params.set('month', state.month);
  if (state.seatsLeft) params.set('seatsLeft', '1');
  if (state.after) params.set('after', state.after);
  if (state.before) params.set('before', state.before);
  const query = params.toString();
  return query ? `${action}?${query}` : action;
}

export function hasFilters(state: CatalogueState): boolean {
  return Boolean(state.topic || state.governorate || state.mode || state.language || state.month || state.seatsLeft);
}
