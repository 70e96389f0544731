import { describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION, disaggregationInput } from './disaggregation.js';
import { parseDimensions } from './participation.js';

const form = (entries: [string, string][]): FormData => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('disaggregationInput', () => {
  it('sends nothing when no question was answered, even with the box ticked', () => {
    expect(
      disaggregationInput(
        form([
          ['dgConsent', 'on'],
          ['dgSex', ''],
          ['dgSeeing', ''],
        ]),
      ),
    ).toBeNull();
  });

  it("sends the answers with the consent and the text's version", () => {
    expect(
      disaggregationInput(
        form([
          ['dgConsent', 'on'],
          ['dgSex', 'FEMALE'],
          ['dgWalking', 'A_LOT_OF_DIFFICULTY'],
          ['dgAgeBand', 'not-a-band'],
        ]),
      ),
    ).toEqual({
      consent: true,
      consentTextVersion: CONSENT_TEXT_VERSION,
      sex: 'FEMALE',
      ageBand: null,
      seeing: null,
      hearing: null,
      walking: 'A_LOT_OF_DIFFICULTY',
      cognition: null,
      selfCare: null,
      communication: null,
    });
  });

  it('sends answers without consent as such: the API refuses them and says so next to the box', () => {
    expect(disaggregationInput(form([['dgSex', 'MALE']]))).toMatchObject({ consent: false, sex: 'MALE' });
  });
});

describe('parseDimensions', () => {
  it('keeps the known dimensions once, in order, and falls back to sex', () => {
    expect(parseDimensions(new URLSearchParams('by=DISABILITY&by=SEX&by=DISABILITY&by=NOPE'))).toEqual([
      'DISABILITY',
      'SEX',
    ]);
    expect(parseDimensions(new URLSearchParams(''))).toEqual(['SEX']);
  });
});
