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
  publicContacts?: readonly ContactSource[];
  privateContacts?: readonly ContactSource[];
  socialLinks?: readonly { kind: string; url: string }[];
}

export interface ContactSource {
  name?: string | null;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** How many contact rows the form offers at most (the API takes 10). */
export const MAX_CONTACT_ROWS = 10;
export const CONTACT_PARTS = ['name', 'role', 'email', 'phone', 'visibility'] as const;
/** One address field per network, in this order. */
export const SOCIAL_KINDS = ['facebook', 'instagram', 'x', 'linkedin', 'youtube', 'tiktok', 'other'] as const;

/** The contacts and social links as the form's fields: contact-<i>-<part> and social-<kind>. */
export function contactValues(org: ProfileSource): Record<string, string> {
  const values: Record<string, string> = {};
  const contacts = [
    ...(org.publicContacts ?? []).map((c) => ({ ...c, visibility: 'PUBLIC' })),
    ...(org.privateContacts ?? []).map((c) => ({ ...c, visibility: 'PRIVATE' })),
  ];
  contacts.slice(0, MAX_CONTACT_ROWS).forEach((contact, index) => {
    for (const part of CONTACT_PARTS) values[`contact-${index}-${part}`] = contact[part] ?? '';
  });
  for (const kind of SOCIAL_KINDS) {
    values[`social-${kind}`] = org.socialLinks?.find((link) => link.kind === kind)?.url ?? '';
  }
  return values;
}

/** The contacts typed in the form (rows left empty are dropped), and the links, with the field of each. */
export function contactsFrom(read: (name: string) => string): {
  contacts: {
    visibility: 'PUBLIC' | 'PRIVATE';
    name: string | null;
    role: string | null;
    email: string | null;
    phone: string | null;
  }[];
  rows: number[];
  socialLinks: { kind: string; url: string }[];
} {
  const contacts = [];
  const rows: number[] = [];
  for (let index = 0; index < MAX_CONTACT_ROWS; index += 1) {
    const part = (name: string) => read(`contact-${index}-${name}`) || null;
    if (!part('name') && !part('role') && !part('email') && !part('phone')) continue;
    contacts.push({
      visibility: part('visibility') === 'PRIVATE' ? ('PRIVATE' as const) : ('PUBLIC' as const),
      name: part('name'),
      role: part('role'),
      email: part('email'),
      phone: part('phone'),
    });
    rows.push(index);
  }
  const socialLinks = SOCIAL_KINDS.map((kind) => ({ kind, url: read(`social-${kind}`) })).filter((link) => link.url);
  return { contacts, rows, socialLinks };
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
  return {
    expectedVersion: String(org.version),
    base: JSON.stringify({ ...profileValues(org), ...contactValues(org) }),
  };
}

const normalized = (field: ProfileField, value: string | undefined): string =>
  LIST_FIELDS.includes(field) ? (value ?? '').split('\n').filter(Boolean).sort().join('\n') : (value ?? '').trim();

/** The values the form was opened with (what the page wrote in its hidden `base` field; texts only). */
function parseBase(base: string): Partial<Record<string, string>> {
  try {
    const parsed: unknown = JSON.parse(base);
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => typeof value === 'string'));
  } catch {
    return {};
  }
}

/**
 * The fields whose saved value is no longer what the form was opened with, and what each is now; `contacts` and
 * `socialLinks` stand for all the rows of each.
 */
export function changedSince(
  base: string,
  now: ProfileSource,
): Partial<Record<ProfileField | 'contacts' | 'socialLinks', string>> {
  const opened = parseBase(base);
  const current = profileValues(now);
  const changed: Partial<Record<ProfileField | 'contacts' | 'socialLinks', string>> = {};
  for (const field of PROFILE_FIELDS) {
    if (normalized(field, opened[field]) !== current[field]) changed[field] = current[field];
  }
  const contacts = contactValues(now);
  for (const [name, value] of Object.entries(contacts)) {
    if (opened[name] !== value) {
      changed[name.startsWith('social-') ? 'socialLinks' : 'contacts'] = '';
    }
  }
  for (const name of Object.keys(opened)) {
    if (name.startsWith('contact-') && !(name in contacts)) changed.contacts = '';
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
): { values: Record<string, string>; changed: Partial<Record<ProfileField | 'contacts' | 'socialLinks', string>> } {
  const opened = parseBase(values.base ?? '');
  const changed = changedSince(values.base ?? '', now);
  const merged: Record<string, string> = { ...values, ...profileBase(now) };
  for (const [field, value] of Object.entries(changed) as [ProfileField, string][]) {
    if (!PROFILE_FIELDS.includes(field)) continue;
    if (normalized(field, values[field]) === normalized(field, opened[field])) merged[field] = value;
  }
  return { values: merged, changed };
}
