import { render } from 'svelte/server';
import { WorkspaceSections } from '@shabaka/ui';
import { describe, expect, it } from 'vitest';
import type { CatalogueData, SessionData } from './loads.js';
import { parseCatalogueState } from './catalogue-state.js';
import { manifest } from './manifest.js';
import CataloguePage from './pages/CataloguePage.svelte';
import SessionPage from './pages/SessionPage.svelte';

const summary = {
  id: 'U2Vzc2lvbjox',
  uuid: '3f1c1f9e-0000-4000-8000-000000000001',
  status: 'OPEN',
  startsAt: '2026-12-15T06:00:00.000Z',
  endsAt: '2026-12-16T12:00:00.000Z',
  online: false,
  language: 'ARABIC',
  seats: 30,
  seatsLeft: 12,
  waitlistCount: 0,
  registrationOpensAt: '2026-11-01T06:00:00.000Z',
  registrationDeadline: '2026-12-10T14:00:00.000Z',
  course: {
    id: 'Q291cnNlOjE',
    title: { ar: 'التخطيط المجتمعي', en: 'Community planning' },
    level: 'INTRODUCTORY',
    audience: 'CSO_STAFF',
    expectedHours: 12,
    topic: { code: 'COMMUNITY_PLANNING', name: { ar: 'التخطيط المجتمعي', en: 'Community planning' } },
  },
  venue: { governorate: { code: 'JO-IR', name: { ar: 'إربد', en: 'Irbid' } } },
} as const;

function catalogue(edges: (typeof summary)[]): CatalogueData {
  return {
    state: 'ready',
    filter: parseCatalogueState(new URLSearchParams('governorate=JO-IR')),
    sessions: {
      totalCount: edges.length,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: edges.map((node) => ({ cursor: 'c', node })),
    },
    topics: [summary.course.topic],
    governorates: [summary.venue.governorate],
    months: ['2026-12'],
    officer: false,
    signedIn: false,
  } as unknown as CatalogueData;
}

describe('the catalogue page', () => {
  it('shows a session with its seats in Arabic-Indic digits, the filter kept', () => {
    const { body } = render(CataloguePage, { props: { data: catalogue([summary]), locale: 'ar' } });
    expect(body).toContain('href="/ar/training/sessions/3f1c1f9e-0000-4000-8000-000000000001"');
    expect(body).toContain('١٢ من ٣٠');
    expect(body).toMatch(/<option value="JO-IR"[^>]*selected/);
    expect(body).toContain('method="get"');
  });

  it('says when nothing matches', () => {
    const { body } = render(CataloguePage, { props: { data: catalogue([]), locale: 'en' } });
    expect(body).toContain('No session matches this search.');
  });
});

describe('the session page', () => {
  const data = {
    state: 'ready',
    signedIn: true,
    officer: false,
    idempotencyKey: 'key-1',
    memberships: [{ id: 'org-1', slug: 'olive', name: { ar: 'جمعية الزيتون', en: null } }],
    session: {
      ...summary,
      confirmedCount: 18,
      cancellationDeadline: '2026-12-14T21:00:00.000Z',
      cancellationReason: null,
      trainers: ['Nour Khatib'],
      onlineUrl: null,
      days: [
        { position: 1, startsAt: '2026-12-15T06:00:00.000Z', endsAt: '2026-12-15T12:00:00.000Z' },
        { position: 2, startsAt: '2026-12-16T06:00:00.000Z', endsAt: '2026-12-16T12:00:00.000Z' },
      ],
      eligibility: { audience: 'CSO_STAFF', verifiedOrganizationsOnly: true, maxPerOrganization: 2 },
      course: {
        ...summary.course,
        description: { ar: null, en: 'About planning' },
        prerequisites: { ar: null, en: null },
        completionRule: { attendancePercent: 80, postTestPassMark: null },
      },
      venue: {
        ...summary.venue,
        address: { ar: null, en: 'Irbid Chamber of Industry' },
        stepFreeAccess: true,
        accessibleToilet: false,
        hearingLoop: true,
        signLanguageInterpretation: false,
      },
      viewerRegistration: null,
    },
  } as unknown as SessionData;

  it('gives the days in Amman time and the registration form that keeps what was typed', () => {
    const form = {
      form: 'register',
      values: { organizationId: '', note: 'wheelchair', transport: 'on', idempotencyKey: 'key-0' },
      errors: { organizationId: 'Choose the organisation you register for.' },
    };
    const { body } = render(SessionPage, { props: { data, locale: 'en', form } });
    expect(body).toMatch(/Tuesday,? 15 December 2026/);
    expect(body).toContain('09:00 to 15:00');
    expect(body).toContain('Step-free access to the training room: <strong>Yes</strong>');
    expect(body).toContain('id="organizationId-error"');
    expect(body).toContain('wheelchair');
    expect(body).toMatch(/id="transport"[^>]*checked/);
    expect(body).toContain('value="key-0"');
  });

  it('writes the days in Arabic', () => {
    const { body } = render(SessionPage, { props: { data, locale: 'ar', form: null } });
    expect(body).toContain('الثلاثاء');
    expect(body).toContain('١٥');
  });
});

describe('training in the organisation workspace', () => {
  it.each(['ar', 'en'] as const)('adds "my registrations" through the manifest (%s)', (locale) => {
    const { body } = render(WorkspaceSections, {
      props: {
        sections: manifest.workspaceSections ?? [],
        locale,
        organization: { id: 'T3JnYW5pemF0aW9uOjE=', slug: 'olive-grove' },
        heading: 'More',
      },
    });
    expect(body).toContain(`href="/${locale}/training/mine?organization=olive-grove"`);
    expect(body).toContain(manifest.workspaceSections?.[0]?.label[locale]);
  });
});
