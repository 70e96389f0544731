import { describe, expect, it } from 'vitest';
import { fromAmman } from './amman-time.js';
import { sessionValues } from './loads.js';

describe('sessionValues', () => {
  it("gives the session's days and moments in Amman time, as the form reads them back", () => {
    const values = sessionValues({
      id: 'x',
      uuid: 'u',
      status: 'OPEN',
      seats: 30,
      confirmedCount: 3,
      language: 'ARABIC',
      trainers: ['Rana Haddad', 'Omar Khalil'],
      onlineUrl: null,
      registrationOpensAt: '2026-11-01T06:00:00.000Z',
      registrationDeadline: '2026-12-10T14:00:00.000Z',
      cancellationDeadline: '2026-12-14T21:59:00.000Z',
      days: [
        { position: 1, startsAt: '2026-12-15T06:00:00.000Z', endsAt: '2026-12-15T12:00:00.000Z' },
        { position: 2, startsAt: '2026-12-16T06:30:00.000Z', endsAt: '2026-12-16T12:00:00.000Z' },
      ],
      eligibility: { audience: 'BOTH', verifiedOrganizationsOnly: true, maxPerOrganization: null },
      venue: {
        governorate: { code: 'JO-IR' },
        address: { ar: null, en: 'Irbid' },
        stepFreeAccess: true,
        accessibleToilet: false,
        hearingLoop: false,
        signLanguageInterpretation: false,
      },
      course: { id: 'c', title: { ar: null, en: 'Course' } },
    });
    // Amman is UTC+3
    expect(values).toMatchObject({
      'day-0-date': '2026-12-15',
      'day-0-start': '09:00',
      'day-0-end': '15:00',
      'day-1-start': '09:30',
      seats: '30',
      maxPerOrganization: '',
      governorate: 'JO-IR',
      trainers: 'Rana Haddad\nOmar Khalil',
      verifiedOrganizationsOnly: 'on',
      stepFreeAccess: 'on',
    });
    expect(values.hearingLoop).toBeUndefined();
    expect(fromAmman(values.registrationDeadline!)?.toISOString()).toBe('2026-12-10T14:00:00.000Z');
  });
});
