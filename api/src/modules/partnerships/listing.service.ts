/**
 * Needs and offers: the rules of publishing, changing and withdrawing a listing, each change with its audit event in
 * the same transaction. Only an editor or owner of the party (organisation or institution) acts for it.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { hasMemberRole, type Viewer } from '../../common/auth/viewer.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import { sqlRows } from '../../database/sql.js';
import { cachedCodeLists } from '../directory/index.js';
import { InstitutionService } from './institution.service.js';
import { cachedCapabilities } from './partnerships.loaders.js';
import { InstitutionEntity, PartnershipListingEntity, type ListingKindValue } from './partnerships.entities.js';
import { PartnershipErrorCode as Code, partnershipError, type PartnershipError } from './partnerships.errors.js';

/** A listing is shown at most a year: long-lived ones go stale and mislead the matching. */
export const MAX_LISTING_MONTHS = 12;

export interface ListingActor {
  viewer: Viewer;
  requestId: string;
}

/** An organisation or an institution, by its uuid. */
export type PartyRef = { kind: 'Organization'; uuid: string } | { kind: 'Institution'; uuid: string };

export interface ListingFields {
  capability?: string | null;
  descriptionAr?: string | null;
  descriptionEn?: string | null;
  governorates?: string[] | null;
  targetGroups?: string[] | null;
  expiresAt?: Date | null;
}

export type ListingResult = { ok: PartnershipListingEntity } | { errors: PartnershipError[] };

/** The party behind a global id of an Organization or an Institution (undefined for anything else). */
export function partyOf(id: string): PartyRef | undefined {
  const global = fromGlobalId(id);
  if (!global || !isUuid(global.key)) return undefined;
  if (global.type === 'Organization' || global.type === 'Institution') return { kind: global.type, uuid: global.key };
  return undefined;
}

const trimmed = (text: string | null | undefined): string | null => {
  const value = text?.trim();
  return value ? value : null;
};

export class ListingService {
  constructor(private readonly em: EntityManager) {}

  /** Whether the viewer may act for the party: editor or owner of the organisation, or of the institution. */
  async canActFor(viewer: Viewer, party: PartyRef): Promise<boolean> {
    if (party.kind === 'Organization') return hasMemberRole(viewer, party.uuid, 'EDITOR');
    const role = await new InstitutionService(this.em).roleOf(party.uuid, viewer.userId);
    return role === 'OWNER' || role === 'EDITOR';
  }

  /** Whether the viewer belongs to the party in any role (viewers included): who may read its own documents. */
  async isMember(viewer: Viewer, party: PartyRef): Promise<boolean> {
    if (party.kind === 'Organization') return hasMemberRole(viewer, party.uuid, 'VIEWER');
    return (await new InstitutionService(this.em).roleOf(party.uuid, viewer.userId)) !== undefined;
  }

  private async partyExists(party: PartyRef): Promise<boolean> {
    if (party.kind === 'Institution') return (await this.em.count(InstitutionEntity, { id: party.uuid })) > 0;
    // the directory's table, read as the training module reads people: one existence check
    const [row] = await sqlRows<{ found: boolean }>(
      this.em,
      'select exists (select 1 from organization where id = ?) as found',
      [party.uuid],
    );
    return row?.found === true;
  }

  /** The rules on the fields given (all of them when publishing); errors name the input field. */
  private async check(fields: ListingFields, creating: boolean): Promise<PartnershipError[]> {
    const errors: PartnershipError[] = [];
    const [capabilities, lists] = await Promise.all([cachedCapabilities(this.em), cachedCodeLists(this.em)]);
    if (fields.capability !== undefined && (fields.capability === null || !capabilities.has(fields.capability))) {
      errors.push(
        partnershipError(
          Code.UNKNOWN_CAPABILITY,
          'is not a capability code (see partnershipCapabilities)',
          'capability',
        ),
      );
    }
    for (const [i, code] of (fields.governorates ?? []).entries()) {
      if (!lists.governorates.has(code)) {
        errors.push(
          partnershipError(Code.UNKNOWN_GOVERNORATE, `${code} is not a governorate code`, ['governorates', String(i)]),
        );
      }
    }
    for (const [i, code] of (fields.targetGroups ?? []).entries()) {
      if (!lists.targetGroups.has(code)) {
        errors.push(
          partnershipError(Code.UNKNOWN_TARGET_GROUP, `${code} is not a target group code`, [
            'targetGroups',
            String(i),
          ]),
        );
      }
    }
    if (fields.expiresAt !== undefined || creating) {
      const now = new Date();
      const limit = new Date(now);
      limit.setUTCMonth(limit.getUTCMonth() + MAX_LISTING_MONTHS);
      if (!fields.expiresAt || fields.expiresAt <= now) {
        errors.push(partnershipError(Code.EXPIRY_IN_PAST, 'must be in the future', 'expiresAt'));
      } else if (fields.expiresAt > limit) {
        errors.push(partnershipError(Code.EXPIRY_TOO_FAR, 'must be at most one year ahead', 'expiresAt'));
      }
    }
    return errors;
  }

  private static descriptionMissing(ar: string | null, en: string | null): PartnershipError[] {
    return ar === null && en === null
      ? [partnershipError(Code.DESCRIPTION_REQUIRED, 'describe it in Arabic or English', 'descriptionAr')]
      : [];
  }

  async publish(
    input: ListingFields & { partyId: string; kind: ListingKindValue },
    actor: ListingActor,
  ): Promise<ListingResult> {
    const party = partyOf(input.partyId);
    if (!party || !(await this.partyExists(party))) {
      return { errors: [partnershipError(Code.UNKNOWN_PARTY, 'is not an organisation or an institution', 'partyId')] };
    }
    if (!(await this.canActFor(actor.viewer, party))) {
      return {
        errors: [partnershipError(Code.NOT_A_MEMBER, 'only its editors and owners publish for it', 'partyId')],
      };
    }
    const descriptionAr = trimmed(input.descriptionAr);
    const descriptionEn = trimmed(input.descriptionEn);
    const errors = [
      ...(await this.check(input, true)),
      ...ListingService.descriptionMissing(descriptionAr, descriptionEn),
    ];
    if (errors.length) return { errors };
    return this.em.transactional((em) => {
      const listing = Object.assign(new PartnershipListingEntity(), {
        kind: input.kind,
        organizationId: party.kind === 'Organization' ? party.uuid : null,
        institutionId: party.kind === 'Institution' ? party.uuid : null,
        capabilityCode: input.capability!,
        descriptionAr,
        descriptionEn,
        governorateCodes: [...new Set(input.governorates ?? [])],
        targetGroupCodes: [...new Set(input.targetGroups ?? [])],
        expiresAt: input.expiresAt!,
        createdBy: actor.viewer.userId,
      });
      em.persist(listing);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'PARTNERSHIP_LISTING_PUBLISHED',
        subjectType: 'PartnershipListing',
        subjectId: listing.id,
        to: 'ACTIVE',
        requestId: actor.requestId,
      });
      return Promise.resolve({ ok: listing });
    });
  }

  /** The listing and whether the actor acts for its party; the same answer for a missing one and another's. */
  private async ownListing(
    em: EntityManager,
    listingId: string,
    actor: ListingActor,
  ): Promise<{ ok: PartnershipListingEntity } | { errors: PartnershipError[] }> {
    const listing = isUuid(listingId)
      ? await em.findOne(PartnershipListingEntity, { id: listingId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!listing) return { errors: [partnershipError(Code.LISTING_NOT_FOUND, 'no such need or offer', 'listingId')] };
    const party: PartyRef = listing.organizationId
      ? { kind: 'Organization', uuid: listing.organizationId }
      : { kind: 'Institution', uuid: listing.institutionId! };
    if (!(await this.canActFor(actor.viewer, party))) {
      return {
        errors: [partnershipError(Code.NOT_A_MEMBER, "only its party's editors and owners change it", 'listingId')],
      };
    }
    if (listing.status === 'WITHDRAWN') {
      return { errors: [partnershipError(Code.LISTING_WITHDRAWN, 'it was withdrawn', 'listingId')] };
    }
    return { ok: listing };
  }

  async update(listingId: string, fields: ListingFields, actor: ListingActor): Promise<ListingResult> {
    return this.em.transactional(async (em): Promise<ListingResult> => {
      const found = await this.ownListing(em, listingId, actor);
      if ('errors' in found) return found;
      const listing = found.ok;
      const descriptionAr = fields.descriptionAr === undefined ? listing.descriptionAr : trimmed(fields.descriptionAr);
      const descriptionEn = fields.descriptionEn === undefined ? listing.descriptionEn : trimmed(fields.descriptionEn);
      const errors = [
        ...(await this.check(fields, false)),
        ...ListingService.descriptionMissing(descriptionAr, descriptionEn),
      ];
      if (errors.length) return { errors };
      Object.assign(listing, {
        descriptionAr,
        descriptionEn,
        ...(fields.capability ? { capabilityCode: fields.capability } : {}),
        ...(fields.governorates ? { governorateCodes: [...new Set(fields.governorates)] } : {}),
        ...(fields.targetGroups ? { targetGroupCodes: [...new Set(fields.targetGroups)] } : {}),
        ...(fields.expiresAt ? { expiresAt: fields.expiresAt } : {}),
        updatedAt: new Date(),
      });
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'PARTNERSHIP_LISTING_UPDATED',
        subjectType: 'PartnershipListing',
        subjectId: listing.id,
        from: 'ACTIVE',
        to: 'ACTIVE',
        requestId: actor.requestId,
      });
      return { ok: listing };
    });
  }

  async withdraw(listingId: string, actor: ListingActor): Promise<ListingResult> {
    return this.em.transactional(async (em): Promise<ListingResult> => {
      const found = await this.ownListing(em, listingId, actor);
      if ('errors' in found) return found;
      const listing = found.ok;
      listing.status = 'WITHDRAWN';
      listing.withdrawnAt = new Date();
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'PARTNERSHIP_LISTING_WITHDRAWN',
        subjectType: 'PartnershipListing',
        subjectId: listing.id,
        from: 'ACTIVE',
        to: 'WITHDRAWN',
        requestId: actor.requestId,
      });
      return { ok: listing };
    });
  }
}
