import { registerEnumType } from 'type-graphql';

export enum ServiceFee {
  FREE = 'FREE',
  SUBSIDISED = 'SUBSIDISED',
  PAID = 'PAID',
}
registerEnumType(ServiceFee, {
  name: 'ServiceFee',
  description: 'What a service costs the person served.',
  valuesConfig: {
    FREE: { description: 'Free of charge.' },
    SUBSIDISED: { description: 'A reduced fee (the fee details say for whom).' },
    PAID: { description: 'A fee is charged.' },
  },
});

export enum ServiceDelivery {
  AT_LOCATION = 'AT_LOCATION',
  HOME_BASED = 'HOME_BASED',
  REMOTE = 'REMOTE',
}
registerEnumType(ServiceDelivery, {
  name: 'ServiceDelivery',
  description: 'How a service reaches people (HSDS service_at_location / service_area).',
  valuesConfig: {
    AT_LOCATION: { description: 'At one of its locations.' },
    HOME_BASED: { description: "At the person's home (the locations are where staff are based)." },
    REMOTE: { description: 'By phone or online.' },
  },
});

export enum ServiceLanguage {
  ARABIC = 'ARABIC',
  ENGLISH = 'ENGLISH',
  JORDANIAN_SIGN_LANGUAGE = 'JORDANIAN_SIGN_LANGUAGE',
}
registerEnumType(ServiceLanguage, {
  name: 'ServiceLanguage',
  description: 'A language staff use with the people served.',
  valuesConfig: {
    ARABIC: { description: 'Arabic (ISO 639: ar).' },
    ENGLISH: { description: 'English (ISO 639: en).' },
    JORDANIAN_SIGN_LANGUAGE: { description: 'Jordanian Sign Language (ISO 639-3: jos).' },
  },
});

/** ISO 639 codes of the languages, for HSDS. */
export const LANGUAGE_CODES: Record<ServiceLanguage, { code: string; name: string }> = {
  ARABIC: { code: 'ar', name: 'Arabic' },
  ENGLISH: { code: 'en', name: 'English' },
  JORDANIAN_SIGN_LANGUAGE: { code: 'jos', name: 'Jordanian Sign Language' },
};

export enum ServiceAccessibility {
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS',
  ACCESSIBLE_TOILET = 'ACCESSIBLE_TOILET',
  ACCESSIBLE_PARKING = 'ACCESSIBLE_PARKING',
  HEARING_LOOP = 'HEARING_LOOP',
  SIGN_LANGUAGE_STAFF = 'SIGN_LANGUAGE_STAFF',
  BRAILLE_SIGNAGE = 'BRAILLE_SIGNAGE',
  EASY_READ_MATERIAL = 'EASY_READ_MATERIAL',
}
registerEnumType(ServiceAccessibility, {
  name: 'ServiceAccessibility',
  description: 'An accessibility feature of a location (HSDS accessibility).',
  valuesConfig: {
    STEP_FREE_ACCESS: { description: 'Step-free entrance and route (ramp or lift).' },
    ACCESSIBLE_TOILET: { description: 'An accessible toilet.' },
    ACCESSIBLE_PARKING: { description: 'Accessible parking near the entrance.' },
    HEARING_LOOP: { description: 'A hearing loop at reception.' },
    SIGN_LANGUAGE_STAFF: { description: 'Staff who sign (Jordanian Sign Language).' },
    BRAILLE_SIGNAGE: { description: 'Braille and tactile signage.' },
    EASY_READ_MATERIAL: { description: 'Easy-read information.' },
  },
});

/** English words for the accessibility features, for HSDS. */
export const ACCESSIBILITY_TEXT: Record<ServiceAccessibility, string> = {
  STEP_FREE_ACCESS: 'Step-free entrance and route (ramp or lift)',
  ACCESSIBLE_TOILET: 'Accessible toilet',
  ACCESSIBLE_PARKING: 'Accessible parking',
  HEARING_LOOP: 'Hearing loop at reception',
  SIGN_LANGUAGE_STAFF: 'Staff who sign Jordanian Sign Language',
  BRAILLE_SIGNAGE: 'Braille and tactile signage',
  EASY_READ_MATERIAL: 'Easy-read information',
};

export enum ServiceLocalityType {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
}
registerEnumType(ServiceLocalityType, {
  name: 'ServiceLocalityType',
  description: 'Whether a location is in an urban or a rural area.',
  valuesConfig: {
    URBAN: { description: 'In a town or city.' },
    RURAL: { description: 'In a village or the countryside.' },
  },
});

export enum Weekday {
  MONDAY = 1,
  TUESDAY = 2,
  WEDNESDAY = 3,
  THURSDAY = 4,
  FRIDAY = 5,
  SATURDAY = 6,
  SUNDAY = 7,
}
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week (ISO 8601 numbering, Monday first).',
  valuesConfig: {
    MONDAY: { description: 'Monday (1).' },
    TUESDAY: { description: 'Tuesday (2).' },
    WEDNESDAY: { description: 'Wednesday (3).' },
    THURSDAY: { description: 'Thursday (4).' },
    FRIDAY: { description: 'Friday (5), the weekly day off in Jordan.' },
    SATURDAY: { description: 'Saturday (6).' },
    SUNDAY: { description: 'Sunday (7), the first working day of the week in Jordan.' },
  },
});

/** HSDS / RFC 5545 BYDAY codes of the weekdays. */
export const BYDAY: Record<number, string> = { 1: 'MO', 2: 'TU', 3: 'WE', 4: 'TH', 5: 'FR', 6: 'SA', 7: 'SU' };
