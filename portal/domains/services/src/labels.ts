import type { CompiledMessage } from '@shabaka/ui';
import * as m from './paraglide/messages.js';

type Message = CompiledMessage<Record<string, never>>;

/** The words for the API's enums (types from the generated client). */
export const DELIVERY_LABEL: Record<string, Message> = {
  AT_LOCATION: m.delivery_AT_LOCATION,
  HOME_BASED: m.delivery_HOME_BASED,
  REMOTE: m.delivery_REMOTE,
};
export const LANGUAGE_LABEL: Record<string, Message> = {
  ARABIC: m.language_ARABIC,
  ENGLISH: m.language_ENGLISH,
  JORDANIAN_SIGN_LANGUAGE: m.language_JORDANIAN_SIGN_LANGUAGE,
};
export const ACCESS_LABEL: Record<string, Message> = {
  STEP_FREE_ACCESS: m.access_STEP_FREE_ACCESS,
  ACCESSIBLE_TOILET: m.access_ACCESSIBLE_TOILET,
  ACCESSIBLE_PARKING: m.access_ACCESSIBLE_PARKING,
  HEARING_LOOP: m.access_HEARING_LOOP,
  SIGN_LANGUAGE_STAFF: m.access_SIGN_LANGUAGE_STAFF,
  BRAILLE_SIGNAGE: m.access_BRAILLE_SIGNAGE,
  EASY_READ_MATERIAL: m.access_EASY_READ_MATERIAL,
};
export const FEE_LABEL: Record<string, Message> = { FREE: m.fee_FREE, SUBSIDISED: m.fee_SUBSIDISED, PAID: m.fee_PAID };
export const DAY_LABEL: Record<string, Message> = {
  SUNDAY: m.day_SUNDAY,
  MONDAY: m.day_MONDAY,
  TUESDAY: m.day_TUESDAY,
  WEDNESDAY: m.day_WEDNESDAY,
  THURSDAY: m.day_THURSDAY,
  FRIDAY: m.day_FRIDAY,
  SATURDAY: m.day_SATURDAY,
};
