import { describe, expect, it } from 'vitest';
import { parseSearchState, searchHref, searchVariables, toggleFilter } from './search-state.js';

describe('directory search state', () => {
  it('reads the query string, dropping unknown and repeated values', () => {
    const state = parseSearchState(
      new URLSearchParams('q=+جمعية+&governorate=JO-AM&governorate=JO-AM&verification=NOPE&verification=VERIFIED'),
    );
    expect(state).toMatchObject({
      q: 'جمعية',
      sort: 'relevance',
      filters: { governorate: ['JO-AM'], verification: ['VERIFIED'], sector: [] },
      after: null,
    });
  });

  it('writes the same state back as a short, stable URL and toggles filters from the first page', () => {
    const state = parseSearchState(new URLSearchParams('q=women&sector=HEALTH&after=abc'));
    expect(searchHref('/en/directory', state)).toBe('/en/directory?q=women&sector=HEALTH&after=abc');
    const toggled = toggleFilter(state, 'governorate', 'JO-IR');
    expect(searchHref('/en/directory', toggled)).toBe('/en/directory?q=women&governorate=JO-IR&sector=HEALTH');
    expect(searchHref('/en/directory', toggleFilter(toggled, 'governorate', 'JO-IR'))).toBe(
      '/en/directory?q=women&sector=HEALTH',
    );
  });

  it('turns the state into the API variables: relevance only with a search, names in the reader language', () => {
    const listing = parseSearchState(new URLSearchParams('sort=relevance&before=xyz'));
    expect(searchVariables(listing, 'ar')).toEqual({
      search: null,
      filter: {},
      orderBy: { field: 'NAME_AR', direction: 'ASC' },
      last: 20,
      before: 'xyz',
    });
    const search = parseSearchState(new URLSearchParams('q=care&verification=PENDING&targetGroup=YOUTH'));
    expect(searchVariables(search, 'en')).toEqual({
      search: 'care',
      filter: { verificationStates: ['PENDING'], targetGroups: ['YOUTH'] },
      orderBy: { field: 'RELEVANCE', direction: 'DESC' },
      first: 20,
      after: null,
    });
  });
});
