/**
 * Deinstitutionalisation pages' data and forms: the public figures (load), the officers' institutions (list, create,
 * edit) and a quarter's figures (record or correct). Loads run the generated operations; actions call one mutation
 * each and redirect (303) or answer the form again with the API's errors next to their fields. No rule is decided
 * here that the API does not decide.
 */
import { error, redirect } from '@sveltejs/kit';
import {
  ApiError,
  ApiUnavailableError,
  type ApiFiles,
  type CareOwnership,
  type DeinstFiguresQuery as FiguresData,
  type DeinstInstitutionsQuery as InstitutionsData,
  type Execute,
} from '@shabaka/graphql';
import { pagePath, translate, type Locale, type ViewerLocals } from '@shabaka/ui';
import { act, formErrors, invalid, text, type FieldErrors } from '@shabaka/ui/forms';
import { currentViewer, isOfficer, requireViewer, signInFirst } from '@shabaka/ui/viewer';
import {
  DeinstFiguresQuery,
  DeinstGovernoratesQuery,
  DeinstInstitutionCreateMutation,
  DeinstInstitutionQuery,
  DeinstInstitutionUpdateMutation,
  DeinstInstitutionsQuery,
  DeinstQuarterRecordMutation,
} from './graphql/deinstitutionalisation.js';
import * as m from './paraglide/messages.js';

export interface DeinstEvent {
  locals: { api: Execute; signedIn: boolean; locale: Locale } & ViewerLocals;
  url: URL;
  params: Record<string, string>;
}

export interface DeinstActionEvent extends DeinstEvent {
  request: Request;
  locals: DeinstEvent['locals'] & { files: { readonly maxBytes: number } };
}

const { rejected } = formErrors({
  codes: {
    NAME_REQUIRED: m.deinst_err_NAME_REQUIRED,
    UNKNOWN_CODE: m.deinst_err_UNKNOWN_CODE,
    NEGATIVE_NUMBER: m.deinst_err_NEGATIVE_NUMBER,
    FUTURE_QUARTER: m.deinst_err_FUTURE_QUARTER,
    TRANSITIONS_EXCEED_RESIDENTS: m.deinst_err_TRANSITIONS_EXCEED_RESIDENTS,
    CAPACITY_EXCEEDED: m.deinst_err_CAPACITY_EXCEEDED,
    ALREADY_RECORDED: m.deinst_err_ALREADY_RECORDED,
    CONFLICT: m.deinst_err_CONFLICT,
  },
});

export type FiguresPageData =
  | { state: 'ready'; figures: FiguresData['deinstitutionalisationFigures']; officer: boolean }
  | { state: 'unavailable'; officer: boolean };

/** The public figures; an unreachable API is a designed state, not an error page. */
export async function loadDeinstFigures(event: DeinstEvent): Promise<FiguresPageData> {
  const viewer = event.locals.signedIn ? await currentViewer(event) : null;
  const officer = viewer !== null && isOfficer(viewer);
  try {
    const { deinstitutionalisationFigures } = await event.locals.api(DeinstFiguresQuery);
    return { state: 'ready', figures: deinstitutionalisationFigures, officer };
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) return { state: 'unavailable', officer };
    throw failure;
  }
}

/** The public CSV, relayed from the API (the same suppression as the page). */
export async function downloadDeinstCsv(event: DeinstEvent & { locals: { files: ApiFiles } }): Promise<Response> {
  const response = await event.locals.files.download('/exports/deinstitutionalisation.csv');
  if (!response.ok) error(502, 'Unavailable');
  const headers = new Headers({ 'cache-control': 'public, max-age=300', 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}

function guard(event: DeinstEvent, failure: unknown): never {
  if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') signInFirst(event);
  if (failure instanceof ApiError && failure.code === 'FORBIDDEN') error(403, 'Forbidden');
  if (failure instanceof ApiError && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) {
    error(404, 'Not found');
  }
  throw failure;
}

async function requireOfficer(event: DeinstEvent): Promise<void> {
  const viewer = await requireViewer(event);
  if (!isOfficer(viewer)) error(403, 'Forbidden');
}

export type DeinstInstitution = InstitutionsData['careInstitutions']['edges'][number]['node'];

export async function loadDeinstInstitutions(event: DeinstEvent) {
  await requireOfficer(event);
  try {
    const { careInstitutions } = await event.locals.api(DeinstInstitutionsQuery);
    return { institutions: careInstitutions.edges.map((e) => e.node), total: careInstitutions.totalCount };
  } catch (failure) {
    guard(event, failure);
  }
}
export type InstitutionsPageData = Awaited<ReturnType<typeof loadDeinstInstitutions>>;

export interface InstitutionFormData {
  governorates: { code: string; name: { ar: string | null; en: string | null } }[];
  initial: Record<string, string>;
  institution: { id: string; name: { ar: string | null; en: string | null } } | null;
}

export async function loadDeinstInstitutionNew(event: DeinstEvent): Promise<InstitutionFormData> {
  await requireOfficer(event);
  try {
    const { governorates } = await event.locals.api(DeinstGovernoratesQuery);
    return { governorates, initial: { active: 'on' }, institution: null };
  } catch (failure) {
    guard(event, failure);
  }
}

export async function loadDeinstInstitutionEdit(event: DeinstEvent): Promise<InstitutionFormData> {
  await requireOfficer(event);
  try {
    const { careInstitution: row, governorates } = await event.locals.api(DeinstInstitutionQuery, {
      id: event.params.id ?? '',
    });
    return {
      governorates,
      institution: { id: row.id, name: row.name },
      initial: {
        nameAr: row.name.ar ?? '',
        nameEn: row.name.en ?? '',
        ownership: row.ownership,
        governorate: row.governorate.code,
        capacity: String(row.capacity),
        active: row.active ? 'on' : '',
        expectedVersion: String(row.version),
      },
    };
  } catch (failure) {
    guard(event, failure);
  }
}

/** A whole number typed in a field (Arabic-Indic digits too): null when empty, NaN when not a whole number. */
export function wholeNumber(data: FormData, name: string): number | null {
  const value = text(data, name).replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
  if (!value) return null;
  return /^-?\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
}

const OWNERSHIPS: readonly CareOwnership[] = ['PUBLIC', 'PRIVATE'];

function institutionInput(event: DeinstActionEvent, data: FormData) {
  const t = translate(event.locals.locale);
  const errors: FieldErrors = {};
  const capacity = wholeNumber(data, 'capacity');
  if (capacity !== null && Number.isNaN(capacity)) errors.capacity = t(m.deinst_errWholeNumber);
  const ownership = text(data, 'ownership');
  return {
    errors,
    input: {
      nameAr: text(data, 'nameAr') || null,
      nameEn: text(data, 'nameEn') || null,
      ownership: (OWNERSHIPS as readonly string[]).includes(ownership) ? (ownership as CareOwnership) : null,
      governorate: text(data, 'governorate') || null,
      capacity: capacity !== null && !Number.isNaN(capacity) ? capacity : null,
      active: data.get('active') === 'on',
    },
  };
}

export function createDeinstInstitution(event: DeinstActionEvent) {
  return act('institution', event, async (data, values) => {
    const { errors, input } = institutionInput(event, data);
    if (Object.keys(errors).length > 0) return invalid('institution', values, errors);
    const { careInstitutionCreate: answer } = await event.locals.api(DeinstInstitutionCreateMutation, { input });
    if (answer.userErrors.length > 0 || !answer.institution) {
      return rejected('institution', event, values, answer.userErrors);
    }
    redirect(303, pagePath(event.locals.locale, 'services/deinstitutionalisation/institutions'));
  });
}

export function updateDeinstInstitution(event: DeinstActionEvent) {
  return act('institution', event, async (data, values) => {
    const { errors, input } = institutionInput(event, data);
    if (Object.keys(errors).length > 0) return invalid('institution', values, errors);
    const version = wholeNumber(data, 'expectedVersion');
    const { careInstitutionUpdate: answer } = await event.locals.api(DeinstInstitutionUpdateMutation, {
      input: {
        ...input,
        institutionId: event.params.id ?? '',
        expectedVersion: version !== null && !Number.isNaN(version) ? version : null,
      },
    });
    if (answer.userErrors.length > 0 || !answer.institution) {
      return rejected('institution', event, values, answer.userErrors, { expectedVersion: '_form' });
    }
    redirect(303, pagePath(event.locals.locale, 'services/deinstitutionalisation/institutions'));
  });
}

export interface QuarterFormData {
  institutions: { id: string; name: { ar: string | null; en: string | null }; governorate: string }[];
  initial: Record<string, string>;
  correcting: boolean;
  years: number[];
  done: string | null;
}

/** The quarter form: new figures, or (with ?institution=&period=) the recorded figures to correct. */
export async function loadDeinstQuarterForm(event: DeinstEvent): Promise<QuarterFormData> {
  await requireOfficer(event);
  try {
    const { careInstitutions } = await event.locals.api(DeinstInstitutionsQuery);
    const rows = careInstitutions.edges.map((e) => e.node);
    const institutionId = event.url.searchParams.get('institution') ?? '';
    const period = event.url.searchParams.get('period') ?? '';
    const recorded = rows.find((r) => r.id === institutionId)?.quarters.find((q) => q.period === period);
    const thisYear = Number(
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Amman' }).format(new Date()),
    );
    const initial: Record<string, string> = recorded
      ? {
          institutionId,
          year: String(recorded.year),
          quarter: String(recorded.quarter),
          residents: String(recorded.residents),
          transitionsToFamily: String(recorded.transitionsToFamily),
          transitionsToCommunity: String(recorded.transitionsToCommunity),
          communityPlaces: String(recorded.communityPlaces),
          expectedVersion: String(recorded.version),
        }
      : { institutionId, year: String(thisYear) };
    const done = event.url.searchParams.get('recorded');
    return {
      institutions: rows
        .filter((r) => r.active || r.id === institutionId)
        .map((r) => ({ id: r.id, name: r.name, governorate: r.governorate.code })),
      initial,
      correcting: Boolean(recorded),
      years: Array.from({ length: 6 }, (_, i) => thisYear - i),
      done: done && /^\d{4}-Q[1-4]$/.test(done) ? done : null,
    };
  } catch (failure) {
    guard(event, failure);
  }
}

export function recordDeinstQuarter(event: DeinstActionEvent) {
  return act('quarter', event, async (data, values) => {
    const t = translate(event.locals.locale);
    const errors: FieldErrors = {};
    const numbers: Record<string, number> = {};
    for (const name of [
      'year',
      'quarter',
      'residents',
      'transitionsToFamily',
      'transitionsToCommunity',
      'communityPlaces',
    ]) {
      const value = wholeNumber(data, name);
      if (value === null || Number.isNaN(value)) errors[name] = t(m.deinst_errWholeNumber);
      else numbers[name] = value;
    }
    if (!text(data, 'institutionId')) errors.institutionId = t(m.deinst_err_UNKNOWN_CODE);
    if (Object.keys(errors).length > 0) return invalid('quarter', values, errors);
    const version = wholeNumber(data, 'expectedVersion');
    const { careInstitutionQuarterRecord: answer } = await event.locals.api(DeinstQuarterRecordMutation, {
      input: {
        institutionId: text(data, 'institutionId'),
        year: numbers.year!,
        quarter: numbers.quarter!,
        residents: numbers.residents!,
        transitionsToFamily: numbers.transitionsToFamily!,
        transitionsToCommunity: numbers.transitionsToCommunity!,
        communityPlaces: numbers.communityPlaces!,
        expectedVersion: version !== null && !Number.isNaN(version) ? version : null,
      },
    });
    if (answer.userErrors.length > 0 || !answer.figures) {
      return rejected('quarter', event, values, answer.userErrors, { expectedVersion: '_form' });
    }
    redirect(
      303,
      `${pagePath(event.locals.locale, 'services/deinstitutionalisation/quarters/new')}?recorded=${answer.figures.period}`,
    );
  });
}
