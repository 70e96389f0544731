import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { PartnershipData, RequestsData } from './partnership-loads.js';
import PartnershipPage from './pages/PartnershipPage.svelte';
import RequestsPage from './pages/RequestsPage.svelte';

const name = (en: string, ar: string) => ({ ar, en });
const olive = {
  __typename: 'Organization' as const,
  id: 'O1',
  slug: 'olive-grove',
  name: name('Olive Grove', 'بستان الزيتون'),
};
const badia = {
  __typename: 'Institution' as const,
  id: 'I1',
  slug: 'mosd-mafraq',
  name: name('MoSD Mafraq', 'مديرية المفرق'),
};

const partnership = {
  id: 'P1',
  kind: 'CSO_INSTITUTION' as const,
  status: 'PROPOSED' as const,
  createdAt: '2026-12-01T21:30:00.000Z',
  activatedAt: null,
  startsOn: '2027-01-01',
  endsOn: null,
  mouSignedOn: null,
  agreementReference: null,
  terminationReason: null,
  agreementDocument: null,
  purpose: { ar: null, en: 'Day services' },
  governorateCodes: ['JO-MA'],
  governorates: [{ code: 'JO-MA', name: name('Mafraq', 'المفرق') }],
  targetGroupCodes: [],
  targetGroups: [],
  members: [
    { id: 'M1', role: 'LEAD' as const, confirmed: true, confirmedAt: '2026-12-01T21:30:00.000Z', party: olive },
    { id: 'M2', role: 'PUBLIC_PARTNER' as const, confirmed: false, confirmedAt: null, party: badia },
  ],
  history: [{ id: 'H1', at: '2026-12-01T21:30:00.000Z', from: null, to: 'PROPOSED' as const, reason: null }],
};

const lists = {
  governorates: [
    { code: 'JO-MA', name: name('Mafraq', 'المفرق') },
    { code: 'JO-AQ', name: name('Aqaba', 'العقبة') },
  ],
  targetGroups: [{ code: 'YOUTH', name: name('Youth', 'الشباب') }],
};

describe('partnership page', () => {
  it('gives times in Amman and a confirm button only for the member party the viewer acts for', () => {
    const data: PartnershipData = {
      state: 'ready',
      partnership,
      acting: ['I1'],
      done: null,
      uploadMaxBytes: 10_485_760,
      ...lists,
    };
    const { body } = render(PartnershipPage, { props: { data, locale: 'en', form: null } });
    // 21:30 UTC on 1 December is 00:30 on 2 December in Amman (UTC+3)
    expect(body).toContain('2 December 2026');
    expect(body).not.toContain('1 December 2026');
    expect(body.match(/name="partyId" value="([^"]+)"/g)).toEqual(['name="partyId" value="I1"']);
    expect(body).toContain('action="?/terminate"');
    // the agreement form starts from the partnership's governorates
    expect(body).toMatch(/id="governorate-JO-MA"[^>]*checked/);
    expect(body).not.toMatch(/id="governorate-JO-AQ"[^>]*checked/);
  });

  it('shows a reader who acts for no member no form', () => {
    const data: PartnershipData = {
      state: 'ready',
      partnership,
      acting: [],
      done: null,
      uploadMaxBytes: 10_485_760,
      ...lists,
    };
    const { body } = render(PartnershipPage, { props: { data, locale: 'ar', form: null } });
    expect(body).not.toContain('method="post"');
    expect(body).toContain('مقترحة');
  });
});

describe('requests page', () => {
  const request = {
    id: 'R1',
    status: 'PENDING' as const,
    message: 'Shall we work together?',
    declineReason: null,
    createdAt: '2026-12-01T08:00:00.000Z',
    answeredAt: null,
    from: badia,
    to: olive,
    listing: null,
    partnership: null,
  };
  const party = { id: 'O1', slug: 'olive-grove', kind: 'organization' as const, name: olive.name, canAct: true };
  const box = (edges: { node: typeof request }[]) => ({
    totalCount: edges.length,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges,
  });

  it('offers accept and decline on a pending received request, and keeps a decline reason with its error', () => {
    const data: RequestsData = {
      state: 'ready',
      parties: [party],
      officer: false,
      party,
      inbox: box([{ node: request }]),
      outbox: box([]),
      done: null,
    };
    const form = { form: 'decline', values: { requestId: 'R1', reason: '' }, errors: { reason: 'Say why.' } };
    const { body } = render(RequestsPage, { props: { data, locale: 'en', form } });
    expect(body).toContain('action="?/accept"');
    expect(body).toContain('id="reason-R1-error"');
    expect(body).toContain('href="/en/partnerships/institutions/mosd-mafraq"');
  });

  it('offers nothing to answer to a viewer of the organisation', () => {
    const data: RequestsData = {
      state: 'ready',
      parties: [{ ...party, canAct: false }],
      officer: false,
      party: { ...party, canAct: false },
      inbox: box([{ node: request }]),
      outbox: box([]),
      done: null,
    };
    const { body } = render(RequestsPage, { props: { data, locale: 'en', form: null } });
    expect(body).not.toContain('action="?/accept"');
  });
});
