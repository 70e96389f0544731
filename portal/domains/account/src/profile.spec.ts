import { describe, expect, it } from 'vitest';
import { changedSince, mergeConflict, profileBase, profileValues, type ProfileSource } from './profile.js';

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
    expect(JSON.parse(base.base)).toEqual(profileValues(opened));
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
    expect(JSON.parse(values.base!)).toEqual(profileValues(now));
  });
});
