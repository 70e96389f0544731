/**
 * The services forms: an editor updates a service's places and waiting list (one form per service, two clicks:
 * type, save) and adds a service with its location, hours and referral steps. Each action calls one mutation and
 * either redirects (303) or answers the form as typed with the API's errors next to their fields.
 */
import { redirect } from '@sveltejs/kit';
import type { ServiceAccessibility, ServiceDelivery, ServiceFee, ServiceLanguage, Weekday } from '@shabaka/graphql';
import { pagePath, translate } from '@shabaka/ui';
import { act, invalid, required, text } from '@shabaka/ui/forms';
import { rejected } from './errors.js';
import { ServiceCreateMutation, ServicePlacesUpdateMutation } from './graphql/services.js';
import type { ServicesEvent } from './loads.js';
import * as m from './paraglide/messages.js';

export interface ServicesActionEvent extends ServicesEvent {
  request: Request;
  locals: ServicesEvent['locals'] & { files: { readonly maxBytes: number } };
}

export const DELIVERY: readonly ServiceDelivery[] = ['AT_LOCATION', 'HOME_BASED', 'REMOTE'];
export const LANGUAGES: readonly ServiceLanguage[] = ['ARABIC', 'ENGLISH', 'JORDANIAN_SIGN_LANGUAGE'];
export const ACCESSIBILITY: readonly ServiceAccessibility[] = [
  'STEP_FREE_ACCESS',
  'ACCESSIBLE_TOILET',
  'ACCESSIBLE_PARKING',
  'HEARING_LOOP',
  'SIGN_LANGUAGE_STAFF',
  'BRAILLE_SIGNAGE',
  'EASY_READ_MATERIAL',
];
export const FEES: readonly ServiceFee[] = ['FREE', 'SUBSIDISED', 'PAID'];
export const WEEKDAYS: readonly Weekday[] = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
];

const picked = <T extends string>(data: FormData, name: string, allowed: readonly T[]): T[] =>
  data.getAll(name).filter((v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v));

/** A number typed in a field (Arabic-Indic digits too): null when empty, NaN when not a number. */
function numberIn(data: FormData, name: string, pattern = /^-?\d{1,6}$/): number | null {
  const value = text(data, name).replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
  if (!value) return null;
  return pattern.test(value) ? Number(value) : Number.NaN;
}

/** The places and waiting list of one service, as they are today. */
export function updatePlaces(event: ServicesActionEvent) {
  return act('places', event, async (data, values) => {
    const t = translate(event.locals.locale);
    const placesAvailable = numberIn(data, 'placesAvailable');
    const waitingListLength = numberIn(data, 'waitingListLength');
    const errors: Record<string, string> = {};
    if (Number.isNaN(placesAvailable)) errors.placesAvailable = t(m.errWholeNumber);
    if (Number.isNaN(waitingListLength)) errors.waitingListLength = t(m.errWholeNumber);
    if (Object.keys(errors).length) return invalid('places', values, errors);
    const { servicePlacesUpdate: answer } = await event.locals.api(ServicePlacesUpdateMutation, {
      input: { serviceId: text(data, 'serviceId'), placesAvailable, waitingListLength },
    });
    if (answer.userErrors.length > 0)
      return rejected('places', event, values, answer.userErrors, { serviceId: '_form' });
    return { form: 'places', values: { serviceId: values.serviceId ?? '' }, errors: {}, done: t(m.saved) };
  });
}

/** A new service of the organisation, with one location, its weekly hours and how to be referred. */
export function createService(event: ServicesActionEvent) {
  return act('create', event, async (data, values) => {
    const t = translate(event.locals.locale);
    const errors = required(event.locals.locale, data, ['category', 'fee', 'governorate']);
    if (!text(data, 'nameAr') && !text(data, 'nameEn')) errors.nameAr = t(m.errNAME_REQUIRED);
    const delivery = picked(data, 'delivery', DELIVERY);
    if (delivery.length === 0) errors.delivery = t(m.errChooseDelivery);
    const latitude = numberIn(data, 'latitude', /^-?\d{1,3}(\.\d{1,7})?$/);
    const longitude = numberIn(data, 'longitude', /^-?\d{1,3}(\.\d{1,7})?$/);
    if (Number.isNaN(latitude)) errors.latitude = t(m.errNumber);
    if (Number.isNaN(longitude)) errors.longitude = t(m.errNumber);
    const placesAvailable = numberIn(data, 'placesAvailable');
    const waitingListLength = numberIn(data, 'waitingListLength');
    if (Number.isNaN(placesAvailable)) errors.placesAvailable = t(m.errWholeNumber);
    if (Number.isNaN(waitingListLength)) errors.waitingListLength = t(m.errWholeNumber);
    if (Object.keys(errors).length) return invalid('create', values, errors);
    const opensAt = text(data, 'opensAt');
    const closesAt = text(data, 'closesAt');
    const days = picked(data, 'days', WEEKDAYS);
    const optional = (name: string) => text(data, name) || null;
    const { serviceCreate: answer } = await event.locals.api(ServiceCreateMutation, {
      input: {
        organizationId: text(data, 'organizationId'),
        nameAr: optional('nameAr'),
        nameEn: optional('nameEn'),
        descriptionAr: optional('descriptionAr'),
        descriptionEn: optional('descriptionEn'),
        category: text(data, 'category'),
        fee: text(data, 'fee') as ServiceFee,
        delivery,
        languages: picked(data, 'languages', LANGUAGES),
        contactPhone: optional('contactPhone'),
        referralStepsAr: optional('referralStepsAr'),
        referralStepsEn: optional('referralStepsEn'),
        documentsAr: optional('documentsAr'),
        documentsEn: optional('documentsEn'),
        officeHoursAr: optional('officeHoursAr'),
        officeHoursEn: optional('officeHoursEn'),
        hours: opensAt && closesAt ? days.map((weekday) => ({ weekday, opensAt, closesAt })) : [],
        placesAvailable,
        waitingListLength,
        locations: [
          {
            governorate: text(data, 'governorate'),
            district: optional('district'),
            addressAr: optional('addressAr'),
            addressEn: optional('addressEn'),
            latitude,
            longitude,
            accessibility: picked(data, 'accessibility', ACCESSIBILITY),
          },
        ],
      },
    });
    if (answer.userErrors.length > 0 || !answer.service) {
      return rejected('create', event, values, answer.userErrors, { organizationId: '_form' });
    }
    redirect(303, pagePath(event.locals.locale, `services/${answer.service.id}`));
  });
}
