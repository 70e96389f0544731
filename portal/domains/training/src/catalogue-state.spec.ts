import { describe, expect, it } from 'vitest';
import { catalogueHref, catalogueVariables, parseCatalogueState } from './catalogue-state.js';

describe('the catalogue state', () => {
  it('reads the filters of the query string and drops what is not one', () => {
    const state = parseCatalogueState(
      new URLSearchParams('topic=GOVERNANCE&governorate=JO-IR&mode=online&language=KLINGON&month=2026-13&seatsLeft=1'),
    );
    expect(state).toMatchObject({
      topic: 'GOVERNANCE',
      governorate: 'JO-IR',
      mode: 'online',
      language: '',
      month: '',
      seatsLeft: true,
    });
  });

  it('asks the API for the month in Amman time and a page of 20', () => {
    const variables = catalogueVariables(parseCatalogueState(new URLSearchParams('month=2027-01&mode=in-person')));
    expect(variables.filter).toMatchObject({
      online: false,
      startsFrom: '2026-12-31T21:00:00.000Z',
      startsBefore: '2027-01-31T21:00:00.000Z',
      seatsLeft: null,
    });
    expect(variables.first).toBe(20);
  });

  it('pages backwards with before', () => {
    const variables = catalogueVariables(parseCatalogueState(new URLSearchParams('before=abc')));
    expect(variables).toMatchObject({ last: 20, before: 'abc' });
  });

  it('writes a state back as a short address', () => {
    const state = parseCatalogueState(new URLSearchParams('topic=GOVERNANCE&seatsLeft=1&x=y'));
    expect(catalogueHref('/en/training', state)).toBe('/en/training?topic=GOVERNANCE&seatsLeft=1');
    expect(catalogueHref('/en/training', parseCatalogueState(new URLSearchParams()))).toBe('/en/training');
  });
});
