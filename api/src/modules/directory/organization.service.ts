/**
 * The write side of an organisation's directory profile: its rules (what a valid profile is) and its transaction.
 * Each change locks the organisation's row, checks every field at once (so a form can mark each), applies the
 * change to the entities, and writes its audit event in the same flush.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { audit } from '../../common/audit/audit.js';
import { cachedCodeLists, type CodeLists } from './code-lists.js';
import { DirectoryErrorCode, directoryError, type DirectoryError } from './directory.errors.js';
import {
  OrganizationContactEntity,
  OrganizationEntity,
  OrganizationSectorEntity,
  OrganizationTargetGroupEntity,
  type ContactVisibility,
  type SocialLink,
} from './organization.entity.js';

/** A change of the profile: a field left out keeps its value, null (or an empty text) clears it. */
export interface OrganizationChanges {
  nameAr?: string | null;
  nameEn?: string | null;
  acronym?: string | null;
  missionAr?: string | null;
  missionEn?: string | null;
  addressAr?: string | null;
  addressEn?: string | null;
  district?: string | null;
  website?: string | null;
  foundingYear?: number | null;
  staffCount?: number | null;
  volunteerCount?: number | null;
  /** The whole list (null clears it). */
  targetGroups?: string[] | null;
  sectors?: string[] | null;
  /** The whole list, in the order shown. */
  contacts?: ContactChange[] | null;
  socialLinks?: SocialLink[] | null;
}

export interface ContactChange {
  visibility: ContactVisibility;
  name?: string | null;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
}

export const SOCIAL_NETWORKS = ['facebook', 'instagram', 'x', 'linkedin', 'youtube', 'tiktok', 'other'] as const;
export const MAX_CONTACTS = 10;
export const MAX_SOCIAL_LINKS = 10;
// as the organization_contact table's checks have them
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[0-9 ]{6,20}$/;

export interface Actor {
  userId: string;
  requestId: string;
}

const TEXT_FIELDS = [
  'nameAr',
  'nameEn',
  'acronym',
  'missionAr',
  'missionEn',
  'addressAr',
  'addressEn',
  'district',
  'website',
] as const;
const COUNT_FIELDS = ['staffCount', 'volunteerCount'] as const;
type ScalarField = (typeof TEXT_FIELDS)[number] | (typeof COUNT_FIELDS)[number] | 'foundingYear';

/** The audit log names columns, as it always has. */
const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Checks every field first (all errors at once), then returns the values to set. */
function plan(
  changes: OrganizationChanges,
  lists: CodeLists,
  currentYear: number,
): { errors: DirectoryError[]; values: Partial<Record<ScalarField, string | number | null>> } {
  const errors: DirectoryError[] = [];
  const values: Partial<Record<ScalarField, string | number | null>> = {};
  for (const key of TEXT_FIELDS) {
    const value = changes[key];
    if (value !== undefined) values[key] = value?.trim() || null;
  }
  const website = values.website;
  if (typeof website === 'string' && !isWebAddress(website)) {
    errors.push(
      directoryError(DirectoryErrorCode.INVALID_VALUE, 'must be a web address starting with https://', 'website'),
    );
  }
  if (changes.foundingYear !== undefined) {
    const year = changes.foundingYear;
    if (year !== null && (year < 1900 || year > currentYear)) {
      errors.push(
        directoryError(DirectoryErrorCode.INVALID_VALUE, `must be from 1900 to ${currentYear}`, 'foundingYear'),
      );
    }
    values.foundingYear = year;
  }
  for (const key of COUNT_FIELDS) {
    const value = changes[key];
    if (value === undefined) continue;
    if (value !== null && (value < 0 || value > 1_000_000)) {
      errors.push(directoryError(DirectoryErrorCode.INVALID_VALUE, 'must be from 0 to 1,000,000', key));
    }
    values[key] = value;
  }
  for (const key of ['targetGroups', 'sectors'] as const) {
    const unknown = (changes[key] ?? []).filter((code) => !lists[key].has(code));
    if (unknown.length > 0) {
      errors.push(
        directoryError(
          DirectoryErrorCode.UNKNOWN_CODE,
          `unknown codes ${unknown.join(', ')}; expected some of ${[...lists[key].keys()].join(', ')}`,
          key,
        ),
      );
    }
  }
  return { errors, values };
}

/** Contacts trimmed and checked (each needs an email or a phone); phone punctuation other than spaces is dropped. */
function planContacts(contacts: ContactChange[], errors: DirectoryError[]): ContactChange[] {
  if (contacts.length > MAX_CONTACTS) {
    errors.push(directoryError(DirectoryErrorCode.INVALID_VALUE, `at most ${MAX_CONTACTS} contacts`, 'contacts'));
  }
  return contacts.map((contact, index) => {
    const at = (field: string) => ['contacts', String(index), field];
    const email = contact.email?.trim() || null;
    const phone =
      contact.phone
        ?.replace(/[-().]/g, '')
        .replace(/\s+/g, ' ')
        .trim() || null;
    if (!email && !phone) {
      errors.push(
        directoryError(DirectoryErrorCode.CONTACT_UNREACHABLE, 'give an email address or a phone number', at('email')),
      );
    }
    if (email && (!EMAIL.test(email) || email.length > 200)) {
      errors.push(directoryError(DirectoryErrorCode.INVALID_VALUE, 'must be an email address', at('email')));
    }
    if (phone && !PHONE.test(phone)) {
      errors.push(
        directoryError(DirectoryErrorCode.INVALID_VALUE, 'must be a phone number: 6 to 20 digits', at('phone')),
      );
    }
    for (const field of ['name', 'role'] as const) {
      if ((contact[field]?.trim().length ?? 0) > 200) {
        errors.push(directoryError(DirectoryErrorCode.INVALID_VALUE, 'at most 200 characters', at(field)));
      }
    }
    return {
      visibility: contact.visibility,
      name: contact.name?.trim() || null,
      role: contact.role?.trim() || null,
      email,
      phone,
    };
  });
}

function planSocialLinks(links: SocialLink[], errors: DirectoryError[]): SocialLink[] {
  if (links.length > MAX_SOCIAL_LINKS) {
    errors.push(directoryError(DirectoryErrorCode.INVALID_VALUE, `at most ${MAX_SOCIAL_LINKS} links`, 'socialLinks'));
  }
  return links.map((link, index) => {
    const kind = link.kind.trim().toLowerCase();
    const url = link.url.trim();
    if (!(SOCIAL_NETWORKS as readonly string[]).includes(kind)) {
      errors.push(
        directoryError(
          DirectoryErrorCode.UNKNOWN_CODE,
          `unknown network ${kind}; expected one of ${SOCIAL_NETWORKS.join(', ')}`,
          ['socialLinks', String(index), 'kind'],
        ),
      );
    }
    if (!isWebAddress(url) || url.length > 300) {
      errors.push(
        directoryError(DirectoryErrorCode.INVALID_VALUE, 'must be a web address starting with https://', [
          'socialLinks',
          String(index),
          'url',
        ]),
      );
    }
    return { kind, url };
  });
}

export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export class OrganizationService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Edits the profile; the errors say why nothing changed (none when it did). With `expectedVersion` (the version the
   * form was opened at), a profile changed meanwhile is left as it is: CONFLICT, instead of a lost update.
   */
  async update(
    organizationId: string,
    changes: OrganizationChanges,
    actor: Actor,
    expectedVersion?: number | null,
  ): Promise<DirectoryError[]> {
    const lists = await cachedCodeLists(this.em);
    const { errors, values } = plan(changes, lists, new Date().getUTCFullYear());
    const contacts = changes.contacts === undefined ? undefined : planContacts(changes.contacts ?? [], errors);
    const socialLinks =
      changes.socialLinks === undefined ? undefined : planSocialLinks(changes.socialLinks ?? [], errors);
    if (errors.length > 0) return errors;
    return this.em.transactional(async (em) => {
      const organization = await em.findOne(
        OrganizationEntity,
        { id: organizationId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!organization) {
        return [directoryError(DirectoryErrorCode.NOT_FOUND, 'no such organisation', 'organizationId')];
      }
      // the row is locked: a concurrent save of the same version waits, then finds the version raised
      if (expectedVersion != null && organization.version !== expectedVersion) {
        return [
          directoryError(
            DirectoryErrorCode.CONFLICT,
            `the profile was changed meanwhile (it is now at version ${organization.version}): reload it and apply your changes again`,
            'expectedVersion',
          ),
        ];
      }
      const nameAr = 'nameAr' in values ? values.nameAr : organization.nameAr;
      const nameEn = 'nameEn' in values ? values.nameEn : organization.nameEn;
      if (!nameAr && !nameEn) {
        return [directoryError(DirectoryErrorCode.NAME_REQUIRED, 'keep a name in Arabic or English', 'nameAr')];
      }
      Object.assign(organization, values);
      const changed: string[] = Object.keys(values).map(snake);
      if (changes.targetGroups !== undefined) {
        const rows = await em.find(OrganizationTargetGroupEntity, { organizationId });
        replaceCodes(
          em,
          rows,
          (row) => row.targetGroupCode,
          changes.targetGroups,
          (code) => em.create(OrganizationTargetGroupEntity, { organizationId, targetGroupCode: code }),
        );
        changed.push('target_groups');
      }
      if (changes.sectors !== undefined) {
        const rows = await em.find(OrganizationSectorEntity, { organizationId });
        replaceCodes(
          em,
          rows,
          (row) => row.sectorCode,
          changes.sectors,
          (code) => em.create(OrganizationSectorEntity, { organizationId, sectorCode: code }),
        );
        changed.push('sectors');
      }
      // a save is a new version, even when only the lists changed
      if (contacts) {
        for (const row of await em.find(OrganizationContactEntity, { organizationId })) em.remove(row);
        contacts.forEach((contact, position) =>
          em.create(OrganizationContactEntity, {
            organizationId,
            visibility: contact.visibility,
            name: contact.name ?? null,
            role: contact.role ?? null,
            email: contact.email ?? null,
            phone: contact.phone ?? null,
            position,
          }),
        );
        changed.push('contacts');
      }
      if (socialLinks) {
        organization.socialLinks = socialLinks;
        changed.push('social_links');
      }
      if (changed.length > 0) organization.updatedAt = new Date();
      audit(em, {
        actorId: actor.userId,
        action: 'ORGANIZATION_UPDATED',
        subjectType: 'Organization',
        subjectId: organizationId,
        to: changed.join(',') || null,
        requestId: actor.requestId,
      });
      return [];
    });
  }
}

/** Makes a link table's rows `current` hold exactly `codes`: removes the others, adds the missing. */
function replaceCodes<T extends object>(
  em: EntityManager,
  current: T[],
  codeOf: (row: T) => string,
  codes: string[] | null,
  add: (code: string) => unknown,
): void {
  const wanted = new Set(codes ?? []);
  for (const row of current) {
    if (!wanted.delete(codeOf(row))) em.remove(row);
  }
  for (const code of wanted) add(code);
}

/** The current version of each organisation (what an edit form sends back as `expectedVersion`). */
export function organizationVersions(em: EntityManager) {
  return new DataLoader<string, number | null>(async (ids) => {
    const rows = await em.find(
      OrganizationEntity,
      { id: { $in: [...ids] } },
      { fields: ['id', 'version'], disableIdentityMap: true },
    );
    const byId = new Map(rows.map((row) => [row.id, row.version]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
