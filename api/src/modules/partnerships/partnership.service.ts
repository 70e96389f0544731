/**
 * Partnerships after their request was accepted: the members record purpose, places, groups, dates and agreement;
 * each member party confirms; the last confirmation makes it active; a member completes or terminates it. Every
 * change of status is kept (partnership_status_change) and audited in the same transaction.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { isOfficer, type Viewer } from '../../common/auth/viewer.js';
import { isUuid } from '../../common/relay/global-id.js';
import { cachedCodeLists } from '../directory/index.js';
import { ListingService, partyOf, type ListingActor, type PartyRef } from './listing.service.js';
import {
  PartnershipEntity,
  PartnershipMemberEntity,
  PartnershipStatusChangeEntity,
  type PartnershipStatusValue,
} from './partnership.entities.js';
import { PartnershipErrorCode as Code, partnershipError, type PartnershipError } from './partnerships.errors.js';

export type PartnershipResult = { ok: PartnershipEntity } | { errors: PartnershipError[] };

export interface PartnershipFields {
  purposeAr?: string | null;
  purposeEn?: string | null;
  governorates?: string[] | null;
  targetGroups?: string[] | null;
  startsOn?: string | null;
  endsOn?: string | null;
  mouSignedOn?: string | null;
  agreementReference?: string | null;
}

const fail = (code: Code, message: string, field: string): { errors: PartnershipError[] } => ({
  errors: [partnershipError(code, message, field)],
});

export const memberParty = (m: PartnershipMemberEntity): PartyRef =>
  m.organizationId ? { kind: 'Organization', uuid: m.organizationId } : { kind: 'Institution', uuid: m.institutionId! };

const trimmed = (text: string | null | undefined): string | null => {
  const value = text?.trim();
  return value ? value : null;
};

/** Whether the viewer sees a partnership: public once active or completed; before (or terminated) its members and officers. */
export async function canSeePartnership(
  em: EntityManager,
  viewer: Viewer | null,
  partnership: PartnershipEntity,
): Promise<boolean> {
  if (partnership.status === 'ACTIVE' || partnership.status === 'COMPLETED') return true;
  if (!viewer) return false;
  if (isOfficer(viewer)) return true;
  const members = await em.find(PartnershipMemberEntity, { partnershipId: partnership.id });
  const listings = new ListingService(em);
  for (const member of members) {
    if (await listings.canActFor(viewer, memberParty(member))) return true;
  }
  return false;
}

export class PartnershipService {
  private readonly listings: ListingService;

  constructor(private readonly em: EntityManager) {
    this.listings = new ListingService(em);
  }

  /** The partnership, locked, with its members, if the actor acts for one of them (all the same error otherwise). */
  private async ofMember(
    em: EntityManager,
    partnershipId: string,
    actor: ListingActor,
  ): Promise<
    | { partnership: PartnershipEntity; members: PartnershipMemberEntity[]; mine: PartnershipMemberEntity[] }
    | { errors: PartnershipError[] }
  > {
    const partnership = isUuid(partnershipId)
      ? await em.findOne(PartnershipEntity, { id: partnershipId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!partnership) return fail(Code.PARTNERSHIP_NOT_FOUND, 'no such partnership', 'partnershipId');
    const members = await em.find(PartnershipMemberEntity, { partnershipId }, { orderBy: { position: 'asc' } });
    const mine: PartnershipMemberEntity[] = [];
    for (const member of members) {
      if (await this.listings.canActFor(actor.viewer, memberParty(member))) mine.push(member);
    }
    if (!mine.length) {
      return fail(
        Code.NOT_A_PARTNERSHIP_MEMBER,
        "only its member parties' editors and owners act on it",
        'partnershipId',
      );
    }
    return { partnership, members, mine };
  }

  private changeStatus(
    em: EntityManager,
    partnership: PartnershipEntity,
    to: PartnershipStatusValue,
    actor: ListingActor,
    reason: string | null = null,
  ): void {
    const from = partnership.status;
    partnership.status = to;
    partnership.updatedAt = new Date();
    em.persist(
      Object.assign(new PartnershipStatusChangeEntity(), {
        partnershipId: partnership.id,
        fromStatus: from,
        toStatus: to,
        reason,
        changedBy: actor.viewer.userId,
      }),
    );
    audit(em, {
      actorId: actor.viewer.userId,
      action: `PARTNERSHIP_${to}`,
      subjectType: 'Partnership',
      subjectId: partnership.id,
      from,
      to,
      reason,
      requestId: actor.requestId,
    });
  }

  private async check(fields: PartnershipFields, current: PartnershipEntity): Promise<PartnershipError[]> {
    const errors: PartnershipError[] = [];
    const lists = await cachedCodeLists(this.em);
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
    const startsOn = fields.startsOn === undefined ? current.startsOn : fields.startsOn;
    const endsOn = fields.endsOn === undefined ? current.endsOn : fields.endsOn;
    if (startsOn && endsOn && endsOn < startsOn) {
      errors.push(partnershipError(Code.END_BEFORE_START, 'the end date is before the start date', 'endsOn'));
    }
    return errors;
  }

  /** Records what the partnership is about and its agreement (members; while proposed or active). */
  async update(partnershipId: string, fields: PartnershipFields, actor: ListingActor): Promise<PartnershipResult> {
    return this.em.transactional(async (em): Promise<PartnershipResult> => {
      const found = await this.ofMember(em, partnershipId, actor);
      if ('errors' in found) return found;
      const { partnership } = found;
      if (partnership.status !== 'PROPOSED' && partnership.status !== 'ACTIVE') {
        return fail(Code.WRONG_STATUS, 'only a proposed or active partnership changes', 'partnershipId');
      }
      const errors = await this.check(fields, partnership);
      if (errors.length) return { errors };
      const given = <K extends keyof PartnershipFields>(key: K) => fields[key] !== undefined;
      Object.assign(partnership, {
        ...(given('purposeAr') ? { purposeAr: trimmed(fields.purposeAr) } : {}),
        ...(given('purposeEn') ? { purposeEn: trimmed(fields.purposeEn) } : {}),
        ...(fields.governorates ? { governorateCodes: [...new Set(fields.governorates)] } : {}),
        ...(fields.targetGroups ? { targetGroupCodes: [...new Set(fields.targetGroups)] } : {}),
        ...(given('startsOn') ? { startsOn: fields.startsOn ?? null } : {}),
        ...(given('endsOn') ? { endsOn: fields.endsOn ?? null } : {}),
        ...(given('mouSignedOn') ? { mouSignedOn: fields.mouSignedOn ?? null } : {}),
        ...(given('agreementReference') ? { agreementReference: trimmed(fields.agreementReference) } : {}),
        updatedAt: new Date(),
      });
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'PARTNERSHIP_UPDATED',
        subjectType: 'Partnership',
        subjectId: partnership.id,
        from: partnership.status,
        to: partnership.status,
        requestId: actor.requestId,
      });
      return { ok: partnership };
    });
  }

  /**
   * Records the signed agreement's file (already stored, see partnership-agreement.routes.ts) on a proposed or an
   * active partnership, replacing any earlier one; audited.
   */
  async attachAgreement(
    partnershipId: string,
    file: { storageKey: string; sizeBytes: number },
    actor: ListingActor,
  ): Promise<PartnershipResult> {
    return this.em.transactional(async (em): Promise<PartnershipResult> => {
      const found = await this.ofMember(em, partnershipId, actor);
      if ('errors' in found) return found;
      const { partnership } = found;
      if (partnership.status !== 'PROPOSED' && partnership.status !== 'ACTIVE') {
        return fail(Code.WRONG_STATUS, 'only a proposed or active partnership takes an agreement', 'partnershipId');
      }
      const replaced = partnership.agreementDocumentKey !== null;
      Object.assign(partnership, {
        agreementDocumentKey: file.storageKey,
        agreementDocumentBytes: file.sizeBytes,
        agreementDocumentUploadedAt: new Date(),
        agreementDocumentUploadedBy: actor.viewer.userId,
      });
      audit(em, {
        actorId: actor.viewer.userId,
        action: replaced ? 'PARTNERSHIP_AGREEMENT_REPLACED' : 'PARTNERSHIP_AGREEMENT_UPLOADED',
        subjectType: 'Partnership',
        subjectId: partnership.id,
        from: partnership.status,
        to: partnership.status,
        requestId: actor.requestId,
      });
      return { ok: partnership };
    });
  }

  /** A member party confirms; the last confirmation makes the partnership active. */
  async confirm(partnershipId: string, partyId: string, actor: ListingActor): Promise<PartnershipResult> {
    return this.em.transactional(async (em): Promise<PartnershipResult> => {
      const found = await this.ofMember(em, partnershipId, actor);
      if ('errors' in found) return found;
      const { partnership, members, mine } = found;
      const party = partyOf(partyId);
      const member = party && mine.find((m) => memberParty(m).uuid === party.uuid);
      if (!member) {
        return fail(Code.NOT_A_PARTNERSHIP_MEMBER, 'not a member party you act for', 'partyId');
      }
      if (partnership.status !== 'PROPOSED') {
        return fail(Code.WRONG_STATUS, 'only a proposed partnership is confirmed', 'partnershipId');
      }
      if (member.confirmedAt) return fail(Code.ALREADY_CONFIRMED, 'this party has already confirmed it', 'partyId');
      Object.assign(member, { confirmedAt: new Date(), confirmedBy: actor.viewer.userId });
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'PARTNERSHIP_CONFIRMED',
        subjectType: 'Partnership',
        subjectId: partnership.id,
        from: 'PROPOSED',
        to: 'PROPOSED',
        requestId: actor.requestId,
      });
      if (members.every((m) => m.confirmedAt)) {
        partnership.activatedAt = new Date();
        this.changeStatus(em, partnership, 'ACTIVE', actor);
      }
      return { ok: partnership };
    });
  }

  /** Ends an active partnership: completed (its work done) or terminated (with a reason). */
  async end(
    partnershipId: string,
    to: 'COMPLETED' | 'TERMINATED',
    reason: string | null,
    actor: ListingActor,
  ): Promise<PartnershipResult> {
    const why = trimmed(reason);
    if (to === 'TERMINATED' && !why) return fail(Code.REASON_REQUIRED, 'say why the partnership ends', 'reason');
    return this.em.transactional(async (em): Promise<PartnershipResult> => {
      const found = await this.ofMember(em, partnershipId, actor);
      if ('errors' in found) return found;
      const { partnership } = found;
      const allowed = to === 'COMPLETED' ? ['ACTIVE'] : ['PROPOSED', 'ACTIVE'];
      if (!allowed.includes(partnership.status)) {
        return fail(
          Code.WRONG_STATUS,
          to === 'COMPLETED'
            ? 'only an active partnership is completed'
            : 'only a proposed or active partnership is terminated',
          'partnershipId',
        );
      }
      if (to === 'TERMINATED') partnership.terminationReason = why;
      this.changeStatus(em, partnership, to, actor, why);
      return { ok: partnership };
    });
  }
}
