import { describe, expect, it } from 'vitest';
import {
  changedSince,
  contactsFrom,
  contactValues,
  mergeConflict,
  profileBase,
  profileValues,
  type ProfileSource,
} from './profile.js';

const opened: ProfileSource = {
  version: 3,
  name: { ar: 'جمعية الأمل', en: null },
  mission: { ar: null, en: 'Training' },
  address: { ar: null, en: null },
  website: 'https://a.example',
  foundingYear: 2004,
  targetGroups: [{ code: 'YOUTH' }, { code: 'WOMEN' }],
  sectors: [],
};

describe('the profile form', () => {
  it('carries the version and the values it was opened with', () => {
    const base = profileBase(opened);
    expect(base.expectedVersion).toBe('3');
    expect(JSON.parse(base.base)).toEqual({ ...profileValues(opened), ...contactValues(opened) });
    expect(profileValues(opened).targetGroups).toBe('WOMEN\nYOUTH');
  });

  it("names what someone else changed since, with its value now, and nothing of the reader's own", () => {
    const { base } = profileBase(opened);
    const now: ProfileSource = {
      ...opened,
      version: 4,
      mission: { ar: null, en: 'Vocational training for young women' },
      website: null,
      targetGroups: [{ code: 'YOUTH' }, { code: 'WOMEN' }],
    };
    expect(changedSince(base, now)).toEqual({ missionEn: 'Vocational training for young women', website: '' });
    expect(changedSince(base, { ...opened, version: 4 })).toEqual({});
    expect(changedSince(base, { ...opened, sectors: [{ code: 'HEALTH' }] })).toEqual({ sectors: 'HEALTH' });
  });

  it("takes the other's value where the reader changed nothing, and keeps the reader's own entries", () => {
    const { base, expectedVersion } = profileBase(opened);
    const typed = { ...profileValues(opened), website: 'https://mine.example', base, expectedVersion };
    const now: ProfileSource = {
      ...opened,
      version: 4,
      mission: { ar: null, en: 'Theirs' },
      website: 'https://theirs.example',
    };
    const { values, changed } = mergeConflict(typed, now);
    expect(changed).toEqual({ missionEn: 'Theirs', website: 'https://theirs.example' });
    expect(values.missionEn).toBe('Theirs');
    expect(values.website).toBe('https://mine.example');
    expect(values.expectedVersion).toBe('4');
    expect(JSON.parse(values.base!)).toEqual({ ...profileValues(now), ...contactValues(now) });
  });
});

describe('the contact rows of the profile form', () => {
  it('reads the rows filled in (empty rows dropped) and the networks given', () => {
    const typed: Record<string, string> = {
      'contact-0-name': 'Front office',
      'contact-0-email': 'info@example.org',
      'contact-0-visibility': 'PUBLIC',
      'contact-1-visibility': 'PRIVATE',
      'contact-2-phone': '+962 6 555 1234',
      'contact-2-visibility': 'PRIVATE',
      'social-facebook': 'https://facebook.com/example',
    };
    const { contacts, rows, socialLinks } = contactsFrom((name) => typed[name] ?? '');
    expect(contacts).toEqual([
      { visibility: 'PUBLIC', name: 'Front office', role: null, email: 'info@example.org', phone: null },
      { visibility: 'PRIVATE', name: null, role: null, email: null, phone: '+962 6 555 1234' },
    ]);
    expect(rows).toEqual([0, 2]);
    expect(socialLinks).toEqual([{ kind: 'facebook', url: 'https://facebook.com/example' }]);
  });

  it('shows the saved contacts, public first, and notices when someone changed them', () => {
    const saved: ProfileSource = {
      ...opened,
      publicContacts: [{ name: 'Office', email: 'office@example.org' }],
      privateContacts: [{ phone: '0790000000' }],
      socialLinks: [{ kind: 'x', url: 'https://x.com/example' }],
    };
    expect(contactValues(saved)).toMatchObject({
      'contact-0-name': 'Office',
      'contact-0-visibility': 'PUBLIC',
      'contact-1-phone': '0790000000',
      'contact-1-visibility': 'PRIVATE',
      'social-x': 'https://x.com/example',
      'social-facebook': '',
    });
    const { base } = profileBase(saved);
    expect(changedSince(base, { ...saved, privateContacts: [] })).toEqual({ contacts: '' });
    expect(changedSince(base, { ...saved, socialLinks: [] })).toEqual({ socialLinks: '' });
  });
});
