/**
 * Requests between parties and the partnership an accepted one creates: the rules of sending, accepting, declining
 * and withdrawing, each change with its audit event and its emails in the same transaction. Only an editor or owner
 * of a party acts for it: the sender's to withdraw, the recipient's to answer.
 */
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import type { EmailOutbox } from '../../common/email/email-outbox.js';
import { isUuid } from '../../common/relay/global-id.js';
import { sqlRows } from '../../database/sql.js';
import { ListingService, partyOf, type ListingActor, type PartyRef } from './listing.service.js';
import {
  PartnershipEntity,
  PartnershipMemberEntity,
  PartnershipRequestEntity,
  PartnershipStatusChangeEntity,
} from './partnership.entities.js';
import { partnershipEmail, type PartnershipEmailKind, type PartyNames } from './partnership.emails.js';
import { PartnershipListingEntity } from './partnerships.entities.js';
import { PartnershipErrorCode as Code, partnershipError, type PartnershipError } from './partnerships.errors.js';

export type RequestResult = { ok: PartnershipRequestEntity } | { errors: PartnershipError[] };

export const senderOf = (r: PartnershipRequestEntity): PartyRef =>
  r.fromOrganizationId
    ? { kind: 'Organization', uuid: r.fromOrganizationId }
    : { kind: 'Institution', uuid: r.fromInstitutionId! };

export const recipientOf = (r: PartnershipRequestEntity): PartyRef =>
  r.toOrganizationId
    ? { kind: 'Organization', uuid: r.toOrganizationId }
    : { kind: 'Institution', uuid: r.toInstitutionId! };

const fail = (code: Code, message: string, field: string): { errors: PartnershipError[] } => ({
  errors: [partnershipError(code, message, field)],
});

/** The names of a party (for emails), each language falling back on the other. */
export async function partyNames(em: EntityManager, party: PartyRef): Promise<PartyNames> {
  const table = party.kind === 'Organization' ? 'organization' : 'institution';
  // one row of another module's table (the directory's), read as the listings' existence check does
  const [row] = await sqlRows<{ name_ar: string | null; name_en: string | null }>(
    em,
    `select name_ar, name_en from ${table} where id = ?`,
    [party.uuid],
  );
  const ar = row?.name_ar ?? row?.name_en ?? '';
  const en = row?.name_en ?? row?.name_ar ?? '';
  return { ar, en };
}

/** The addresses of every member of a party (organisation or institution). */
export async function partyMemberEmails(em: EntityManager, party: PartyRef): Promise<string[]> {
  const table = party.kind === 'Organization' ? 'organization_member' : 'institution_member';
  const column = party.kind === 'Organization' ? 'organization_id' : 'institution_id';
  const rows = await sqlRows<{ email: string }>(
    em,
    `select distinct u.email from ${table} m join auth_user u on u.id = m.user_id where m.${column} = ? order by u.email`,
    [party.uuid],
  );
  return rows.map((r) => r.email);
}

export class RequestService {
  private readonly listings: ListingService;

  constructor(
    private readonly em: EntityManager,
    private readonly outbox: EmailOutbox,
    private readonly portalUrl: string | null,
  ) {
    this.listings = new ListingService(em);
  }

  private async partyExists(party: PartyRef): Promise<boolean> {
    const table = party.kind === 'Organization' ? 'organization' : 'institution';
    const [row] = await sqlRows<{ found: boolean }>(
      this.em,
      `select exists (select 1 from ${table} where id = ?) as found`,
      [party.uuid],
    );
    return row?.found === true;
  }

  private async emailMembers(
    em: EntityManager,
    party: PartyRef,
    kind: PartnershipEmailKind,
    other: PartyRef,
    reason: string | null = null,
  ): Promise<void> {
    const names = await partyNames(em, other);
    for (const recipient of await partyMemberEmails(em, party)) {
      await this.outbox.enqueue(em, recipient, kind, partnershipEmail(kind, names, this.portalUrl, reason));
    }
  }

  async send(
    input: { fromPartyId: string; toPartyId: string; message: string; listingId?: string | null },
    actor: ListingActor,
  ): Promise<RequestResult> {
    const from = partyOf(input.fromPartyId);
    if (!from || !(await this.partyExists(from))) {
      return fail(Code.UNKNOWN_PARTY, 'is not an organisation or an institution', 'fromPartyId');
    }
    if (!(await this.listings.canActFor(actor.viewer, from))) {
      return fail(Code.NOT_A_MEMBER, 'only its editors and owners send requests for it', 'fromPartyId');
    }
    const to = partyOf(input.toPartyId);
    if (!to || !(await this.partyExists(to))) {
      return fail(Code.UNKNOWN_PARTY, 'is not an organisation or an institution', 'toPartyId');
    }
    if (to.uuid === from.uuid)
      return fail(Code.REQUEST_TO_SELF, 'a party does not send a request to itself', 'toPartyId');
    if (from.kind === 'Institution' && to.kind === 'Institution') {
      return fail(Code.INVALID_VALUE, 'a partnership has at least one organisation among its parties', 'toPartyId');
    }
    const message = input.message.trim();
    if (!message) return fail(Code.MESSAGE_REQUIRED, 'write a message to the other party', 'message');
    let listingId: string | null = null;
    if (input.listingId) {
      const listing = isUuid(input.listingId)
        ? await this.em.findOne(PartnershipListingEntity, { id: input.listingId })
        : null;
      // a listing answered is the recipient's own
      if (!listing || (listing.organizationId ?? listing.institutionId) !== to.uuid) {
        return fail(Code.LISTING_NOT_FOUND, 'no such need or offer of the recipient', 'listingId');
      }
      if (listing.status === 'WITHDRAWN') return fail(Code.LISTING_WITHDRAWN, 'it was withdrawn', 'listingId');
      if (listing.expiresAt <= new Date()) return fail(Code.LISTING_EXPIRED, 'it has expired', 'listingId');
      listingId = listing.id;
    }
    try {
      return await this.em.transactional(async (em): Promise<RequestResult> => {
        const request = Object.assign(new PartnershipRequestEntity(), {
          fromOrganizationId: from.kind === 'Organization' ? from.uuid : null,
          fromInstitutionId: from.kind === 'Institution' ? from.uuid : null,
          toOrganizationId: to.kind === 'Organization' ? to.uuid : null,
          toInstitutionId: to.kind === 'Institution' ? to.uuid : null,
          listingId,
          message,
          createdBy: actor.viewer.userId,
        });
        em.persist(request);
        audit(em, {
          actorId: actor.viewer.userId,
          action: 'PARTNERSHIP_REQUEST_SENT',
          subjectType: 'PartnershipRequest',
          subjectId: request.id,
          to: 'PENDING',
          requestId: actor.requestId,
        });
        // the request first: the open pair's unique index answers before any email is queued
        await em.flush();
        await this.emailMembers(em, to, 'PARTNERSHIP_REQUEST_RECEIVED', from);
        return { ok: request };
      });
    } catch (error) {
      // the database's guard: one open request between the same two parties, concurrent sends included
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return fail(Code.REQUEST_ALREADY_OPEN, 'a pending request between these two parties already exists', 'toPartyId');
    }
  }

  /** The pending request, locked, and whether the actor acts for the side that may act on it. */
  private async pending(
    em: EntityManager,
    requestId: string,
    side: 'sender' | 'recipient',
    actor: ListingActor,
  ): Promise<RequestResult> {
    const request = isUuid(requestId)
      ? await em.findOne(PartnershipRequestEntity, { id: requestId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!request) return fail(Code.REQUEST_NOT_FOUND, 'no such request', 'requestId');
    const party = side === 'sender' ? senderOf(request) : recipientOf(request);
    if (!(await this.listings.canActFor(actor.viewer, party))) {
      return fail(
        Code.NOT_A_PARTY,
        side === 'sender'
          ? "only the sender's editors and owners withdraw it"
          : "only the recipient's editors and owners answer it",
        'requestId',
      );
    }
    if (request.status !== 'PENDING') {
      return fail(Code.REQUEST_NOT_PENDING, `it is already ${request.status.toLowerCase()}`, 'requestId');
    }
    return { ok: request };
  }

  private answered(
    em: EntityManager,
    request: PartnershipRequestEntity,
    to: string,
    actor: ListingActor,
    reason?: string,
  ) {
    const from = request.status;
    Object.assign(request, { status: to, answeredAt: new Date(), answeredBy: actor.viewer.userId });
    audit(em, {
      actorId: actor.viewer.userId,
      action: `PARTNERSHIP_REQUEST_${to}`,
      subjectType: 'PartnershipRequest',
      subjectId: request.id,
      from,
      to,
      reason: reason ?? null,
      requestId: actor.requestId,
    });
  }

  /** Accepts: the request and a proposed partnership of its two parties, in one transaction. */
  async accept(requestId: string, actor: ListingActor): Promise<RequestResult> {
    return this.em.transactional(async (em): Promise<RequestResult> => {
      const found = await this.pending(em, requestId, 'recipient', actor);
      if ('errors' in found) return found;
      const request = found.ok;
      const listing = request.listingId ? await em.findOne(PartnershipListingEntity, { id: request.listingId }) : null;
      const sender = senderOf(request);
      const recipient = recipientOf(request);
      const partnership = Object.assign(new PartnershipEntity(), {
        kind: sender.kind === 'Institution' || recipient.kind === 'Institution' ? 'CSO_INSTITUTION' : 'CSO_CSO',
        governorateCodes: listing?.governorateCodes ?? [],
        targetGroupCodes: listing?.targetGroupCodes ?? [],
        requestId: request.id,
      });
      em.persist(partnership);
      // the partnership first: its members and history refer to it (no ORM relations order the inserts)
      await em.flush();
      const member = (party: PartyRef, position: number, role: 'LEAD' | 'PARTNER' | 'PUBLIC_PARTNER') =>
        Object.assign(new PartnershipMemberEntity(), {
          partnershipId: partnership.id,
          organizationId: party.kind === 'Organization' ? party.uuid : null,
          institutionId: party.kind === 'Institution' ? party.uuid : null,
          role,
          position,
        });
      em.persist(member(sender, 1, 'LEAD'));
      em.persist(member(recipient, 2, recipient.kind === 'Institution' ? 'PUBLIC_PARTNER' : 'PARTNER'));
      em.persist(
        Object.assign(new PartnershipStatusChangeEntity(), {
          partnershipId: partnership.id,
          toStatus: 'PROPOSED',
          changedBy: actor.viewer.userId,
        }),
      );
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'PARTNERSHIP_PROPOSED',
        subjectType: 'Partnership',
        subjectId: partnership.id,
        to: 'PROPOSED',
        requestId: actor.requestId,
      });
      request.partnershipId = partnership.id;
      this.answered(em, request, 'ACCEPTED', actor);
      // the partnership before the request that names it
      await em.flush();
      await this.emailMembers(em, sender, 'PARTNERSHIP_REQUEST_ACCEPTED', recipient);
      return { ok: request };
    });
  }

  async decline(requestId: string, reason: string, actor: ListingActor): Promise<RequestResult> {
    const why = reason.trim();
    if (!why) return fail(Code.REASON_REQUIRED, 'say why the request is declined', 'reason');
    return this.em.transactional(async (em): Promise<RequestResult> => {
      const found = await this.pending(em, requestId, 'recipient', actor);
      if ('errors' in found) return found;
      const request = found.ok;
      request.declineReason = why;
      this.answered(em, request, 'DECLINED', actor, why);
      await this.emailMembers(em, senderOf(request), 'PARTNERSHIP_REQUEST_DECLINED', recipientOf(request), why);
      return { ok: request };
    });
  }

  async withdraw(requestId: string, actor: ListingActor): Promise<RequestResult> {
    return this.em.transactional(async (em): Promise<RequestResult> => {
      const found = await this.pending(em, requestId, 'sender', actor);
      if ('errors' in found) return found;
      this.answered(em, found.ok, 'WITHDRAWN', actor);
      return { ok: found.ok };
    });
  }
}
