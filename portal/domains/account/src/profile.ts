/**
 * The organisation profile form: its fields as texts (lists one code a line, as `formValues` joins them), and what
 * someone else changed while the form was open. The form carries the version it was opened at and the values it
 * showed (`base`); when the API refuses a stale save (CONFLICT), the fields whose saved value differs from `base` are
 * the ones the other person changed: each is marked with what it is now, and the reader's own entries stay.
 */
export interface ProfileSource {
  version: number;
  name: { ar?: string | null; en?: string | null };
  mission: { ar?: string | null; en?: string | null };
  address: { ar?: string | null; en?: string | null };
  acronym?: string | null;
  district?: string | null;
  foundingYear?: number | null;
  website?: string | null;
  staffCount?: number | null;
  volunteerCount?: number | null;
  targetGroups: readonly { code: string }[];
  sectors: readonly { code: string }[];
}

export const PROFILE_FIELDS = [
  'nameAr',
  'nameEn',
  'missionAr',
  'missionEn',
  'addressAr',
  'addressEn',
  'acronym',
  'district',
  'foundingYear',
  'website',
  'staffCount',
  'volunteerCount',
  'targetGroups',
  'sectors',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export const LIST_FIELDS: readonly ProfileField[] = ['targetGroups', 'sectors'];

/** The saved profile as the form's texts. */
export function profileValues(org: ProfileSource): Record<ProfileField, string> {
  const codes = (list: readonly { code: string }[]): string =>
    list
      .map((item) => item.code)
      .sort()
      .join('\n');
  return {
    nameAr: org.name.ar ?? '',
    nameEn: org.name.en ?? '',
    missionAr: org.mission.ar ?? '',
    missionEn: org.mission.en ?? '',
    addressAr: org.address.ar ?? '',
    addressEn: org.address.en ?? '',
    acronym: org.acronym ?? '',
    district: org.district ?? '',
    foundingYear: org.foundingYear?.toString() ?? '',
    website: org.website ?? '',
    staffCount: org.staffCount?.toString() ?? '',
    volunteerCount: org.volunteerCount?.toString() ?? '',
    targetGroups: codes(org.targetGroups),
    sectors: codes(org.sectors),
  };
}

/** The hidden fields that make a save conditional: the version and the values the form was opened with. */
export function profileBase(org: ProfileSource): { expectedVersion: string; base: string } {
  return { expectedVersion: String(org.version), base: JSON.stringify(profileValues(org)) };
}

const normalized = (field: ProfileField, value: string | undefined): string =>
  LIST_FIELDS.includes(field) ? (value ?? '').split('\n').filter(Boolean).sort().join('\n') : (value ?? '').trim();

/** The values the form was opened with (what the page wrote in its hidden `base` field; texts only). */
function parseBase(base: string): Partial<Record<ProfileField, string>> {
  try {
    const parsed: unknown = JSON.parse(base);
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => typeof value === 'string'));
  } catch {
    return {};
  }
}

/** The fields whose saved value is no longer what the form was opened with, and what each is now. */
export function changedSince(base: string, now: ProfileSource): Partial<Record<ProfileField, string>> {
  const opened = parseBase(base);
  const current = profileValues(now);
  const changed: Partial<Record<ProfileField, string>> = {};
  for (const field of PROFILE_FIELDS) {
    if (normalized(field, opened[field]) !== current[field]) changed[field] = current[field];
  }
  return changed;
}

/**
 * A stale save merged with what was saved meanwhile: a field the reader left as it was takes its new value, a field
 * both changed keeps the reader's entry; `changed` names every field the other person changed, with its value now.
 */
export function mergeConflict(
  values: Record<string, string>,
  now: ProfileSource,
): { values: Record<string, string>; changed: Partial<Record<ProfileField, string>> } {
  const opened = parseBase(values.base ?? '');
  const changed = changedSince(values.base ?? '', now);
  const merged: Record<string, string> = { ...values, ...profileBase(now) };
  for (const [field, value] of Object.entries(changed) as [ProfileField, string][]) {
    if (normalized(field, values[field]) === normalized(field, opened[field])) merged[field] = value;
  }
  return { values: merged, changed };
}
