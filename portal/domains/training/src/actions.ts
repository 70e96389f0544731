/**
 * The training pages' form actions: each reads its form, calls one mutation through the generated client, and either
 * redirects (303, so a reload does not post again) or answers a FormState with the typed values and the API's errors
 * next to their fields. They work without JavaScript; with it, the shell enhances the forms.
 */
import { redirect } from '@sveltejs/kit';
import type { TrainingAudience, TrainingLanguage, TrainingLevel, TrainingSessionDayInput } from '@shabaka/graphql';
import { formatNumber, pagePath, translate, type Locale } from '@shabaka/ui';
import { act, invalid, required, text, type FieldErrors, type UserError } from '@shabaka/ui/forms';
import { fromAmman } from './amman-time.js';
import { DISAGGREGATION_FIELDS, disaggregationInput } from './disaggregation.js';
import { errorMessage, fieldErrors, rejected } from './errors.js';
import {
  TrainingAccommodationsConfirmMutation,
  TrainingAttendanceMarkMutation,
  TrainingCourseCreateMutation,
  TrainingCourseUpdateMutation,
  TrainingRegistrationMoveMutation,
  TrainingSessionCancelMutation,
  TrainingSessionCreateMutation,
  TrainingSessionUpdateMutation,
} from './graphql/officer.js';
import { TrainingRegisterMutation, TrainingRegistrationCancelMutation } from './graphql/session.js';
import type { TrainingEvent } from './loads.js';
import * as m from './paraglide/messages.js';

export interface TrainingActionEvent extends TrainingEvent {
  request: Request;
  locals: TrainingEvent['locals'] & { files: { readonly maxBytes: number } };
}

/** How many days the session form offers (rows left empty are ignored). */
export const DAY_ROWS = 5;

const AUDIENCES: readonly TrainingAudience[] = ['CSO_STAFF', 'PUBLIC_OFFICIALS', 'BOTH'];
const LEVELS: readonly TrainingLevel[] = ['INTRODUCTORY', 'INTERMEDIATE', 'ADVANCED'];
const LANGUAGES: readonly TrainingLanguage[] = ['ARABIC', 'ENGLISH', 'ARABIC_AND_ENGLISH'];

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

const checked = (data: FormData, name: string): boolean => data.get(name) === 'on';

/** A whole number typed in a field: null when empty, NaN when not a whole number (said next to the field). */
function wholeNumber(data: FormData, name: string): number | null {
  const value = text(data, name).replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
  if (!value) return null;
  return /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
}

/** Registers the signed-in person for the session, for one of their organisations or as a public official. */
export function register(event: TrainingActionEvent) {
  return act('register', event, async (data, values) => {
    const t = translate(event.locals.locale);
    const as = text(data, 'organizationId');
    if (!as) return invalid('register', values, { organizationId: t(m.errChooseOrganization) });
    const { trainingRegistrationCreate: answer } = await event.locals.api(TrainingRegisterMutation, {
      input: {
        sessionId: text(data, 'sessionId'),
        organizationId: as === 'official' ? null : as,
        idempotencyKey: text(data, 'idempotencyKey') || null,
        accommodations: {
          signLanguage: checked(data, 'signLanguage'),
          accessibleVenue: checked(data, 'accessibleVenue'),
          transport: checked(data, 'transport'),
          carerSeat: checked(data, 'carerSeat'),
          accessibleMaterials: checked(data, 'accessibleMaterials'),
          note: text(data, 'note') || null,
        },
        disaggregation: disaggregationInput(data),
      },
    });
    if (answer.userErrors.length > 0 || !answer.registration) {
      return rejected('register', event, values, answer.userErrors, {
        sessionId: '_form',
        idempotencyKey: '_form',
        ...DISAGGREGATION_FIELDS,
      });
    }
    const { status, waitlistPosition } = answer.registration;
    const done =
      status === 'WAITLISTED'
        ? t(m.registeredWaitlisted, { position: formatNumber(waitlistPosition ?? 0, event.locals.locale) })
        : t(m.registeredConfirmed);
    return { form: 'register', values: {}, errors: {}, done };
  });
}

/** Cancels a registration: the person's own, or any by an officer (with a reason). */
export function cancelRegistration(event: TrainingActionEvent) {
  return act('cancel', event, async (data, values) => {
    const { trainingRegistrationCancel: answer } = await event.locals.api(TrainingRegistrationCancelMutation, {
      input: { registrationId: text(data, 'registrationId'), reason: text(data, 'reason') || null },
    });
    if (answer.userErrors.length > 0) {
      return rejected('cancel', event, values, answer.userErrors, { registrationId: '_form' });
    }
    return { form: 'cancel', values: {}, errors: {}, done: translate(event.locals.locale)(m.cancelled) };
  });
}

/** An officer moves a registration to another session of the course. */
export function moveRegistration(event: TrainingActionEvent) {
  return act('move', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['sessionId']);
    if (Object.keys(missing).length > 0) return invalid('move', values, missing);
    const { trainingRegistrationMove: answer } = await event.locals.api(TrainingRegistrationMoveMutation, {
      input: { registrationId: text(data, 'registrationId'), sessionId: text(data, 'sessionId') },
    });
    if (answer.userErrors.length > 0) {
      return rejected('move', event, values, answer.userErrors, { registrationId: '_form' });
    }
    return { form: 'move', values: {}, errors: {}, done: translate(event.locals.locale)(m.moved) };
  });
}

/** An officer confirms that a registrant's accommodations are arranged. */
export function confirmAccommodations(event: TrainingActionEvent) {
  return act('accommodations', event, async (data, values) => {
    const { trainingRegistrationAccommodationsConfirm: answer } = await event.locals.api(
      TrainingAccommodationsConfirmMutation,
      { input: { registrationId: text(data, 'registrationId') } },
    );
    if (answer.userErrors.length > 0) {
      return rejected('accommodations', event, values, answer.userErrors, { registrationId: '_form' });
    }
    return {
      form: 'accommodations',
      values: {},
      errors: {},
      done: translate(event.locals.locale)(m.accommodationsConfirmed),
    };
  });
}

/** The course form's fields, checked for shape; the API checks the rules. */
function courseInput(event: TrainingActionEvent, data: FormData) {
  const locale = event.locals.locale;
  const t = translate(locale);
  const errors: FieldErrors = required(locale, data, ['topic', 'level', 'audience', 'expectedHours']);
  const numbers = {
    expectedHours: wholeNumber(data, 'expectedHours'),
    completionAttendancePercent: wholeNumber(data, 'completionAttendancePercent'),
    completionPassMark: wholeNumber(data, 'completionPassMark'),
  };
  for (const [name, value] of Object.entries(numbers)) {
    if (Number.isNaN(value)) errors[name] ??= t(m.errWholeNumber);
  }
  if (!text(data, 'titleAr') && !text(data, 'titleEn')) errors.titleAr = t(m.errTITLE_REQUIRED);
  const input = {
    titleAr: text(data, 'titleAr') || null,
    titleEn: text(data, 'titleEn') || null,
    descriptionAr: text(data, 'descriptionAr') || null,
    descriptionEn: text(data, 'descriptionEn') || null,
    prerequisitesAr: text(data, 'prerequisitesAr') || null,
    prerequisitesEn: text(data, 'prerequisitesEn') || null,
    topic: text(data, 'topic'),
    level: oneOf(text(data, 'level'), LEVELS),
    audience: oneOf(text(data, 'audience'), AUDIENCES),
    expectedHours: numbers.expectedHours,
    completionAttendancePercent: numbers.completionAttendancePercent,
    completionPassMark: numbers.completionPassMark,
  };
  return { errors, input };
}

/** An officer adds a course; then on to its first session. */
export function createCourse(event: TrainingActionEvent) {
  return act('course', event, async (data, values) => {
    const { errors, input } = courseInput(event, data);
    if (Object.keys(errors).length > 0) return invalid('course', values, errors);
    const { trainingCourseCreate: answer } = await event.locals.api(TrainingCourseCreateMutation, { input });
    if (answer.userErrors.length > 0 || !answer.course) {
      return rejected('course', event, values, answer.userErrors);
    }
    redirect(
      303,
      `${pagePath(event.locals.locale, 'training/sessions/new')}?course=${encodeURIComponent(answer.course.id)}`,
    );
  });
}

/** An officer edits a course; then back to the catalogue. */
export function updateCourse(event: TrainingActionEvent) {
  return act('course', event, async (data, values) => {
    const { errors, input } = courseInput(event, data);
    if (Object.keys(errors).length > 0) return invalid('course', values, errors);
    const { trainingCourseUpdate: answer } = await event.locals.api(TrainingCourseUpdateMutation, {
      input: { ...input, courseId: text(data, 'courseId') },
    });
    if (answer.userErrors.length > 0 || !answer.course) {
      return rejected('course', event, values, answer.userErrors, { courseId: '_form' });
    }
    redirect(303, `${pagePath(event.locals.locale, 'training')}?course=${encodeURIComponent(answer.course.id)}`);
  });
}

/** The API's errors of the session form next to their fields: a day's next to its row. */
function sessionErrors(userErrors: readonly UserError[], rows: number[], locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  const others: UserError[] = [];
  for (const error of userErrors) {
    const [, list, index] = error.field ?? [];
    if (list === 'days' && index !== undefined)
      errors[`day-${rows[Number(index)] ?? 0}`] ??= errorMessage(error, locale);
    else if (list === 'days') errors['day-0'] ??= errorMessage(error, locale);
    else others.push(error);
  }
  return { ...fieldErrors(others, locale, { courseId: 'courseId' }), ...errors };
}

/** The session form's fields, checked for shape (days and moments typed in Amman time); the API checks the rules. */
function sessionInput(event: TrainingActionEvent, data: FormData, creating: boolean) {
  const locale = event.locals.locale;
  const t = translate(locale);
  const errors: FieldErrors = required(locale, data, [
    ...(creating ? ['courseId'] : []),
    'seats',
    'language',
    'audience',
    'registrationOpensAt',
    'registrationDeadline',
  ]);
  // the days typed, in Amman time; the rows left empty are not days
  const days: TrainingSessionDayInput[] = [];
  const rows: number[] = [];
  for (let row = 0; row < DAY_ROWS; row += 1) {
    const date = text(data, `day-${row}-date`);
    const start = text(data, `day-${row}-start`);
    const end = text(data, `day-${row}-end`);
    if (!date && !start && !end) continue;
    const startsAt = fromAmman(`${date}T${start}`);
    const endsAt = fromAmman(`${date}T${end}`);
    if (!startsAt || !endsAt) {
      errors[`day-${row}`] = t(m.errDayIncomplete);
      continue;
    }
    days.push({ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
    rows.push(row);
  }
  if (days.length === 0 && !errors['day-0']) errors['day-0'] = t(m.errDAYS_REQUIRED);
  const moment = (name: string) => {
    const value = text(data, name);
    if (!value) return null;
    const instant = fromAmman(value);
    if (!instant) errors[name] ??= t(m.errDateTime);
    return instant?.toISOString() ?? null;
  };
  const registrationOpensAt = moment('registrationOpensAt');
  const registrationDeadline = moment('registrationDeadline');
  const cancellationDeadline = moment('cancellationDeadline');
  const seats = wholeNumber(data, 'seats');
  const maxPerOrganization = wholeNumber(data, 'maxPerOrganization');
  if (Number.isNaN(seats)) errors.seats ??= t(m.errWholeNumber);
  if (Number.isNaN(maxPerOrganization)) errors.maxPerOrganization ??= t(m.errWholeNumber);
  const governorate = text(data, 'governorate');
  const input = {
    days,
    seats,
    maxPerOrganization,
    language: oneOf(text(data, 'language'), LANGUAGES),
    audience: oneOf(text(data, 'audience'), AUDIENCES),
    governorate: governorate || null,
    venueAddressAr: text(data, 'venueAddressAr') || null,
    venueAddressEn: text(data, 'venueAddressEn') || null,
    stepFreeAccess: checked(data, 'stepFreeAccess'),
    accessibleToilet: checked(data, 'accessibleToilet'),
    hearingLoop: checked(data, 'hearingLoop'),
    signLanguageInterpretation: checked(data, 'signLanguageInterpretation'),
    onlineUrl: text(data, 'onlineUrl') || null,
    trainers: text(data, 'trainers')
      .split('\n')
      .map((name) => name.trim())
      .filter(Boolean),
    registrationOpensAt,
    registrationDeadline,
    cancellationDeadline,
    verifiedOrganizationsOnly: checked(data, 'verifiedOrganizationsOnly'),
  };
  return { errors, rows, input };
}

/** An officer schedules a session: days, seats, venue or online, deadlines and who may register. */
export function createSession(event: TrainingActionEvent) {
  return act('session', event, async (data, values) => {
    const { errors, rows, input } = sessionInput(event, data, true);
    if (Object.keys(errors).length > 0) return invalid('session', values, errors);
    const { trainingSessionCreate: answer } = await event.locals.api(TrainingSessionCreateMutation, {
      input: { ...input, courseId: text(data, 'courseId') },
    });
    if (answer.userErrors.length > 0 || !answer.session) {
      return invalid('session', values, sessionErrors(answer.userErrors, rows, event.locals.locale));
    }
    redirect(303, pagePath(event.locals.locale, `training/sessions/${answer.session.uuid}`));
  });
}

/** An officer edits a session: fewer seats than confirmed is refused; more seats promote the waitlist at once. */
export function updateSession(event: TrainingActionEvent) {
  return act('session', event, async (data, values) => {
    const { errors, rows, input } = sessionInput(event, data, false);
    if (Object.keys(errors).length > 0) return invalid('session', values, errors);
    const { trainingSessionUpdate: answer } = await event.locals.api(TrainingSessionUpdateMutation, {
      input: { ...input, sessionId: text(data, 'sessionId') },
    });
    if (answer.userErrors.length > 0 || !answer.session) {
      const errors = sessionErrors(answer.userErrors, rows, event.locals.locale);
      if (errors.sessionId) errors._form ??= errors.sessionId;
      return invalid('session', values, errors);
    }
    redirect(303, pagePath(event.locals.locale, `training/sessions/${answer.session.uuid}`));
  });
}

/** An officer cancels a session, with the reason its registrants are emailed. */
export function cancelSession(event: TrainingActionEvent) {
  return act('cancelSession', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['reason']);
    if (Object.keys(missing).length > 0) return invalid('cancelSession', values, missing);
    const { trainingSessionCancel: answer } = await event.locals.api(TrainingSessionCancelMutation, {
      input: { sessionId: text(data, 'sessionId'), reason: text(data, 'reason') },
    });
    if (answer.userErrors.length > 0 || !answer.session) {
      return rejected('cancelSession', event, values, answer.userErrors, { sessionId: '_form' });
    }
    redirect(303, pagePath(event.locals.locale, `training/sessions/${answer.session.uuid}`));
  });
}

/** An officer or trainer marks one participant present or absent on one day (the attendance page). */
export function markAttendance(event: TrainingActionEvent) {
  return act('attendance', event, async (data, values) => {
    const day = Number(text(data, 'day'));
    const { trainingAttendanceMark: answer } = await event.locals.api(TrainingAttendanceMarkMutation, {
      input: {
        registrationId: text(data, 'registrationId'),
        dayPosition: Number.isInteger(day) && day > 0 ? day : 0,
        present: text(data, 'present') === 'yes',
      },
    });
    if (answer.userErrors.length > 0) {
      return rejected('attendance', event, values, answer.userErrors, {
        registrationId: '_form',
        dayPosition: '_form',
      });
    }
    return { form: 'attendance', values: {}, errors: {}, done: translate(event.locals.locale)(m.attendanceSaved) };
  });
}
