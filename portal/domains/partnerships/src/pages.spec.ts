import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { EditorData, ListingsData } from './loads.js';
import EditorPage from './pages/EditorPage.svelte';
import ListingsPage from './pages/ListingsPage.svelte';

const name = (en: string, ar: string) => ({ ar, en });
const listing = {
  id: 'L1',
  uuid: 'u1',
  kind: 'NEED' as const,
  status: 'ACTIVE' as const,
  expiresAt: '2027-03-10T20:59:00.000Z',
  description: { ar: null, en: 'Mentoring in bookkeeping' },
  capability: { code: 'FINANCIAL_MANAGEMENT', name: name('Financial management', 'الإدارة المالية') },
  governorates: [{ code: 'JO-MA', name: name('Mafraq', 'المفرق') }],
  targetGroups: [],
  party: {
    __typename: 'Organization' as const,
    id: 'O1',
    slug: 'olive-grove',
    name: name('Olive Grove', 'بستان الزيتون'),
  },
  governorateCodes: ['JO-MA'],
  targetGroupCodes: [],
};
const lists = {
  capabilities: [{ code: 'FINANCIAL_MANAGEMENT', name: name('Financial management', 'الإدارة المالية') }],
  governorates: [
    { code: 'JO-MA', name: name('Mafraq', 'المفرق') },
    { code: 'JO-AQ', name: name('Aqaba', 'العقبة') },
  ],
  targetGroups: [{ code: 'YOUTH', name: name('Youth', 'الشباب') }],
};

describe('needs and offers page', () => {
  const data: ListingsData = {
    state: 'ready',
    filter: { kind: 'NEED', capability: null, governorate: 'JO-MA', targetGroup: null },
    listings: {
      totalCount: 1,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [{ node: listing }],
    },
    ...lists,
  };

  it('links the party, marks a text in the other language and gives the expiry day in Amman', () => {
    const { body } = render(ListingsPage, { props: { data, locale: 'ar' } });
    expect(body).toContain('href="/ar/organizations/olive-grove"');
    expect(body).toContain('(بالإنجليزية)');
    expect(body).toContain('lang="en"');
    expect(body).toMatch(/<option value="JO-MA"[^>]*selected/);
    expect(body).toContain('١٠ آذار ٢٠٢٧');
  });

  it('says when nothing matches and when the API is down', () => {
    const empty = render(ListingsPage, {
      props: { data: { ...data, listings: { ...data.listings, totalCount: 0, edges: [] } }, locale: 'en' },
    });
    expect(empty.body).toContain('No need or offer matches these filters');
    const down = render(ListingsPage, { props: { data: { state: 'unavailable' }, locale: 'en' } });
    expect(down.body).toContain('role="alert"');
  });
});

describe('needs and offers editor', () => {
  const data: EditorData = {
    party: { kind: 'organization', id: 'O1', slug: 'olive-grove', name: name('Olive Grove', 'بستان الزيتون') },
    canEdit: true,
    listings: [listing],
    ...lists,
    editing: null,
    initial: { kind: 'NEED' },
    done: null,
  };

  it('comes back as typed with the error next to its field', () => {
    const form = {
      form: 'listing',
      values: { kind: 'OFFER', capability: 'FINANCIAL_MANAGEMENT', descriptionEn: 'Our hall', governorate: 'JO-AQ' },
      errors: { expiresOn: 'The day must be in the future.' },
    };
    const { body } = render(EditorPage, { props: { data, form, locale: 'en' } });
    expect(body).toContain('id="expiresOn-error"');
    expect(body).toContain('The day must be in the future.');
    expect(body).toMatch(/id="kind-offer"[^>]*checked/);
    expect(body).toMatch(/id="governorate-JO-AQ"[^>]*checked/);
    expect(body).not.toMatch(/id="governorate-JO-MA"[^>]*checked/);
    expect(body).toContain('Our hall');
  });

  it('offers no form to a viewer of the organisation', () => {
    const { body } = render(EditorPage, { props: { data: { ...data, canEdit: false }, form: null, locale: 'ar' } });
    expect(body).not.toContain('action="?/publish"');
    expect(body).not.toContain('action="?/withdraw"');
  });
});
