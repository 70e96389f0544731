/**
 * The optional disaggregation questions of the registration form: the consent text's version (the API refuses
 * consent to any other), the Washington Group short set's domains and answers, and the form's reading of them.
 */
import type {
  TrainingAgeBand,
  TrainingDisaggregationInput,
  TrainingSex,
  WashingtonGroupAnswer,
} from '@shabaka/graphql';
import * as m from './paraglide/messages.js';

/** The version of the consent text in messages (dgConsentText): change both together. */
export const CONSENT_TEXT_VERSION = '2026-12-1';
/** The version inside a sentence, isolated left to right (LRI ... PDI) so that Arabic around it does not reorder it. */
export const CONSENT_VERSION_SHOWN = `${String.fromCodePoint(0x2066)}${CONSENT_TEXT_VERSION}${String.fromCodePoint(0x2069)}`;

export const SEXES: readonly TrainingSex[] = ['FEMALE', 'MALE'];
export const AGE_BANDS: readonly TrainingAgeBand[] = [
  'AGE_18_24',
  'AGE_25_34',
  'AGE_35_44',
  'AGE_45_54',
  'AGE_55_64',
  'AGE_65_PLUS',
];
export const WG_ANSWERS: readonly WashingtonGroupAnswer[] = [
  'NO_DIFFICULTY',
  'SOME_DIFFICULTY',
  'A_LOT_OF_DIFFICULTY',
  'CANNOT_DO_AT_ALL',
];

/** The six domains: the form field, the API's input field and the question's words. */
export const WG_DOMAINS = [
  ['dgSeeing', 'seeing', m.dgWgSeeing],
  ['dgHearing', 'hearing', m.dgWgHearing],
  ['dgWalking', 'walking', m.dgWgWalking],
  ['dgCognition', 'cognition', m.dgWgCognition],
  ['dgSelfCare', 'selfCare', m.dgWgSelfCare],
  ['dgCommunication', 'communication', m.dgWgCommunication],
] as const;

export const SEX_LABEL: Record<TrainingSex, typeof m.dgSexFEMALE> = { FEMALE: m.dgSexFEMALE, MALE: m.dgSexMALE };
export const AGE_LABEL: Record<TrainingAgeBand, typeof m.dgAgeAGE_18_24> = {
  AGE_18_24: m.dgAgeAGE_18_24,
  AGE_25_34: m.dgAgeAGE_25_34,
  AGE_35_44: m.dgAgeAGE_35_44,
  AGE_45_54: m.dgAgeAGE_45_54,
  AGE_55_64: m.dgAgeAGE_55_64,
  AGE_65_PLUS: m.dgAgeAGE_65_PLUS,
};
export const WG_LABEL: Record<WashingtonGroupAnswer, typeof m.dgWgNO_DIFFICULTY> = {
  NO_DIFFICULTY: m.dgWgNO_DIFFICULTY,
  SOME_DIFFICULTY: m.dgWgSOME_DIFFICULTY,
  A_LOT_OF_DIFFICULTY: m.dgWgA_LOT_OF_DIFFICULTY,
  CANNOT_DO_AT_ALL: m.dgWgCANNOT_DO_AT_ALL,
};

function oneOf<T extends string>(data: FormData, name: string, allowed: readonly T[]): T | null {
  const value = data.get(name);
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * The answers as the API takes them; null when none was given (nothing to consent to). Unanswered questions stay
 * null: every question is optional, consent included, and the API refuses answers without it.
 */
export function disaggregationInput(data: FormData): TrainingDisaggregationInput | null {
  const input: TrainingDisaggregationInput = {
    consent: data.get('dgConsent') === 'on',
    consentTextVersion: data.get('dgConsent') === 'on' ? CONSENT_TEXT_VERSION : null,
    sex: oneOf(data, 'dgSex', SEXES),
    ageBand: oneOf(data, 'dgAgeBand', AGE_BANDS),
  };
  for (const [field, key] of WG_DOMAINS) input[key] = oneOf(data, field, WG_ANSWERS);
  const answered = Object.entries(input).some(([key, value]) => !key.startsWith('consent') && value !== null);
  return answered ? input : null;
}

/** The API's fields of these questions, by the form's names (its errors go next to the consent box). */
export const DISAGGREGATION_FIELDS: Record<string, string> = {
  consent: 'dgConsent',
  consentTextVersion: 'dgConsent',
};
