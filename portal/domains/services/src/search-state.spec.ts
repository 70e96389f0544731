import { describe, expect, it } from 'vitest';
import { parseSearchState, searchHref, searchVariables } from './search-state.js';

describe('services search state', () => {
  it('reads the address and writes it back, ignoring values that are not codes', () => {
    const state = parseSearchState(
      new URLSearchParams('q=تاهيل&governorate=JO-AJ&language=JORDANIAN_SIGN_LANGUAGE&governorate=<script>&open=1'),
    );
    expect(state).toMatchObject({
      q: 'تاهيل',
      governorates: ['JO-AJ'],
      languages: ['JORDANIAN_SIGN_LANGUAGE'],
      openNow: true,
    });
    expect(searchVariables(state).filter).toMatchObject({ governorates: ['JO-AJ'], categories: null, openNow: true });
    expect(searchHref('/ar/services', state, { governorates: [] })).toBe(
      `/ar/services?q=${encodeURIComponent('تاهيل')}&language=JORDANIAN_SIGN_LANGUAGE&open=1`,
    );
  });
});
