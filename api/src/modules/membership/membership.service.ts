/**
 * The rules of membership: registering a new organisation (its founder becomes its owner), claiming a listed one,
 * inviting colleagues and accepting, changing roles with the last-owner rule, and the reads the resolvers need.
 * Resolvers translate between the contract and this service; every change runs in one transaction with its audit
 * event (and its email, when it sends one).
 */
import { createHash, randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import type { MemberRoleName } from '../../common/auth/viewer.js';
import type { EmailOutbox } from '../../common/email/email-outbox.js';
import { NotFoundError } from '../../common/errors/api-errors.js';
import { ERASED_NAME, type ErasureRefusal } from '../../common/personal-data/personal-data.js';
import type { ConnectionPage } from '../../common/pagination/paginate.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { PageRequest } from '../../common/pagination/pagination.args.js';
import { sqlRows } from '../../database/sql.js';
import {
  OrganizationEntity,
  directoryLoaders,
  insertOrganizations,
  latinSlug,
  newOrganization,
  storedName,
} from '../directory/index.js';
import { MembershipErrorCode, membershipError, type MembershipError } from './membership.errors.js';
import {
  OrganizationClaimEntity,
  OrganizationInvitationEntity,
  OrganizationMemberEntity,
  OrganizationRegistrationEntity,
} from './membership.entities.js';

export const INVITATION_DAYS = 14;

export interface Actor {
  userId: string;
  requestId: string;
}

export interface RegistrationInput {
  nameAr: string | null;
  nameEn: string | null;
  legalForm: string;
  governorate: string;
  nationalNumber: string | null;
  /** The client's key of the form that sent it; null derives one from what was sent. */
  idempotencyKey: string | null;
}

/** A registration's outcome: its organisation, and those of the governorate with a near-identical name. */
export interface Registration {
  organizationId: string;
  similarOrganizationIds: string[];
}

/** How long a registration without a client key is answered again for the same form sent again. */
export const DERIVED_KEY_MINUTES = 10;

/** Trigram similarity of two normalised names from which they are "near-identical" (0 to 1). */
const SIMILAR_NAME = 0.8;

export interface Person {
  id: string;
  name: string;
  email: string;
}

export interface MemberOfOrganization {
  organizationId: string;
  userId: string;
  name: string;
  role: MemberRoleName;
}

/** A valid invitation as its link's holder sees it. */
export interface InvitationView {
  id: string;
  organizationId: string;
  role: MemberRoleName;
  inviterName: string | null;
  expiresAt: Date;
}

type Result<T> = { ok: T; error?: undefined } | { ok?: undefined; error: MembershipError };

const fail = (code: MembershipErrorCode, message: string, field: string | null): { error: MembershipError } => ({
  error: membershipError(code, message, field),
});

export function invitationDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** An organisation's name as a person reads it: Arabic, else English. */
export function displayName(organization: { nameAr: string | null; nameEn: string | null }): string {
  return organization.nameAr ?? organization.nameEn ?? '';
}

export class MembershipService {
  constructor(private readonly em: EntityManager) {}

  // ---- registration ----------------------------------------------------------------------------------------------

  /**
   * Adds a new organisation to the directory with the actor as its owner. The same form sent again (the same
   * idempotency key; without one, the same fields within DERIVED_KEY_MINUTES) answers with the organisation the first
   * created: concurrent sends are taken one after the other by a lock on the key.
   */
  async register(input: RegistrationInput, actor: Actor): Promise<Result<Registration>> {
    const nameAr = storedName(input.nameAr);
    const nameEn = storedName(input.nameEn);
    if (!nameAr && !nameEn)
      return fail(MembershipErrorCode.NAME_REQUIRED, 'give a name in Arabic or English', 'nameAr');
    const lists = await directoryLoaders(this.em).codeLists();
    if (!lists.legalForms.has(input.legalForm)) {
      return fail(
        MembershipErrorCode.UNKNOWN_CODE,
        `expected one of ${[...lists.legalForms.keys()].join(', ')}`,
        'legalForm',
      );
    }
    if (!lists.governorates.has(input.governorate)) {
      return fail(
        MembershipErrorCode.UNKNOWN_CODE,
        `expected one of ${[...lists.governorates.keys()].join(', ')}`,
        'governorate',
      );
    }
    const nationalNumber = input.nationalNumber?.trim() || null;
    if (nationalNumber !== null && !/^\d{13}$/.test(nationalNumber)) {
      return fail(MembershipErrorCode.INVALID_IDENTIFIER, 'must be 13 digits', 'nationalNumber');
    }
    const clientKey = input.idempotencyKey?.trim() || null;
    const key =
      clientKey ??
      `auto:${createHash('sha256')
        .update(JSON.stringify([nameAr, nameEn, input.legalForm, input.governorate, nationalNumber]))
        .digest('hex')}`;
    const registered = await this.em.transactional(async (em): Promise<Result<string>> => {
      // one registration per person and form at a time (a lock on a value: the row may not exist yet)
      await sqlRows(em, 'select pg_advisory_xact_lock(hashtext(?))', [`organizationRegister:${actor.userId}:${key}`]);
      const previous = await em.findOne(OrganizationRegistrationEntity, { userId: actor.userId, idempotencyKey: key });
      const fresh = new Date(Date.now() - DERIVED_KEY_MINUTES * 60_000);
      if (previous && (clientKey !== null || previous.createdAt > fresh)) return { ok: previous.organizationId };
      if (nationalNumber !== null) {
        // the identifier is unique per scheme: serialise registrations of one number (a lock on a value, not a row)
        await sqlRows(em, 'select pg_advisory_xact_lock(hashtext(?))', [`JO-MSD:${nationalNumber}`]);
        // the directory's identifiers table (its entity is not part of the directory's public face)
        const taken = await sqlRows(
          em,
          `select 1 from organization_identifier where scheme = 'JO-MSD' and identifier = ?`,
          [nationalNumber],
        );
        if (taken.length > 0) {
          return fail(
            MembershipErrorCode.IDENTIFIER_TAKEN,
            'the directory already has an organisation with this number: claim it instead',
            'nationalNumber',
          );
        }
      }
      const record = newOrganization({
        slug: `${latinSlug(nameEn) || 'organization'}-${randomBytes(4).toString('hex')}`,
        nameAr,
        nameEn,
        legalFormCode: input.legalForm,
        governorateCode: input.governorate,
        identifiers: nationalNumber ? [{ scheme: 'JO-MSD', identifier: nationalNumber }] : [],
      });
      // the directory writes an organisation with everything that hangs off it, in this transaction
      await insertOrganizations(em.getTransactionContext<Knex.Transaction>()!, [record]);
      em.create(OrganizationMemberEntity, { organizationId: record.id, userId: actor.userId, role: 'OWNER' });
      if (previous) Object.assign(previous, { organizationId: record.id, createdAt: new Date() });
      else
        em.create(OrganizationRegistrationEntity, {
          userId: actor.userId,
          idempotencyKey: key,
          organizationId: record.id,
        });
      audit(em, {
        actorId: actor.userId,
        action: 'ORGANIZATION_REGISTERED',
        subjectType: 'Organization',
        subjectId: record.id,
        to: 'UNVERIFIED',
        requestId: actor.requestId,
      });
      return { ok: record.id };
    });
    if (registered.error) return registered;
    const similarOrganizationIds = await this.similarNames(registered.ok, nameAr, nameEn, input.governorate);
    return { ok: { organizationId: registered.ok, similarOrganizationIds } };
  }

  /** Organisations of the governorate whose Arabic or English name is near-identical to these (oldest first, 5 at most). */
  private async similarNames(
    organizationId: string,
    nameAr: string | null,
    nameEn: string | null,
    governorate: string,
  ): Promise<string[]> {
    // trigram similarity of the normalised names (the ORM has no such operator); a governorate's organisations only
    const rows = await sqlRows<{ id: string }>(
      this.em,
      `select o.id from organization o
       where o.governorate_code = ? and o.id <> ?
         and ((?::text is not null and similarity(shabaka_normalize(coalesce(o.name_ar, '')), shabaka_normalize(?::text)) >= ?)
           or (?::text is not null and similarity(shabaka_normalize(coalesce(o.name_en, '')), shabaka_normalize(?::text)) >= ?))
       order by o.created_at, o.id limit 5`,
      [governorate, organizationId, nameAr, nameAr, SIMILAR_NAME, nameEn, nameEn, SIMILAR_NAME],
    );
    return rows.map((row) => row.id);
  }

  // ---- claims ----------------------------------------------------------------------------------------------------

  /** Asks to become the owner of a listed organisation; an officer decides (decideClaim). */
  async claim(organizationId: string, message: string | null, actor: Actor): Promise<Result<string>> {
    if ((await this.em.count(OrganizationMemberEntity, { organizationId, userId: actor.userId })) > 0) {
      return fail(MembershipErrorCode.ALREADY_MEMBER, 'you are already a member', 'organizationId');
    }
    if ((await this.em.count(OrganizationEntity, { id: organizationId })) === 0)
      throw new NotFoundError('Organization');
    const claim = new OrganizationClaimEntity();
    return this.em.transactional(async (em): Promise<Result<string>> => {
      // one open claim per person and organisation, guarded by a partial unique index the ORM cannot name
      const inserted = await sqlRows<{ id: string }>(
        em,
        `insert into organization_claim (id, organization_id, user_id, message, created_at) values (?, ?, ?, ?, ?)
         on conflict (organization_id, user_id) where status = 'PENDING' do nothing returning id`,
        [claim.id, organizationId, actor.userId, message, claim.createdAt],
      );
      if (inserted.length === 0) {
        return fail(MembershipErrorCode.ALREADY_CLAIMED, 'your claim is waiting for an officer', 'organizationId');
      }
      audit(em, {
        actorId: actor.userId,
        action: 'CLAIM_SUBMITTED',
        subjectType: 'OrganizationClaim',
        subjectId: claim.id,
        to: 'PENDING',
        requestId: actor.requestId,
      });
      return { ok: claim.id };
    });
  }

  /** An officer's decision on a pending claim: approval makes the claimant an owner; a rejection needs a reason. */
  async decideClaim(
    claimId: string,
    approve: boolean,
    reason: string | null,
    officer: Actor,
  ): Promise<MembershipError | undefined> {
    if (!approve && !reason) {
      return membershipError(MembershipErrorCode.REASON_REQUIRED, 'say why the claim is rejected', 'reason');
    }
    return this.em.transactional(async (em) => {
      const claim = await em.findOne(
        OrganizationClaimEntity,
        { id: claimId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!claim) throw new NotFoundError('OrganizationClaim');
      if (claim.status !== 'PENDING') {
        return membershipError(
          MembershipErrorCode.ALREADY_DECIDED,
          `the claim is ${claim.status.toLowerCase()}`,
          'claimId',
        );
      }
      claim.status = approve ? 'APPROVED' : 'REJECTED';
      claim.decidedBy = officer.userId;
      claim.decidedAt = new Date();
      claim.reason = reason;
      if (approve) await this.grant(em, claim.organizationId, claim.userId, 'OWNER', 'replace');
      audit(em, {
        actorId: officer.userId,
        action: 'CLAIM_DECIDED',
        subjectType: 'OrganizationClaim',
        subjectId: claimId,
        from: 'PENDING',
        to: claim.status,
        reason,
        requestId: officer.requestId,
      });
      return undefined;
    });
  }

  /** One claim, whatever its state, with its claimant. */
  async claimById(claimId: string): Promise<{ claim: OrganizationClaimEntity; claimant: Person } | null> {
    const claim = await this.em.findOne(OrganizationClaimEntity, { id: claimId });
    if (!claim) return null;
    const [claimant] = await this.people([claim.userId]);
    return claimant ? { claim, claimant } : null;
  }

  /** The claims waiting for a decision, oldest first, a page at a time. */
  async pendingClaims(
    page: PageRequest,
  ): Promise<ConnectionPage<{ claim: OrganizationClaimEntity; claimant: Person }>> {
    const found = await paginate(
      this.em,
      OrganizationClaimEntity,
      { status: 'PENDING' },
      {
        page,
        orderBy: { createdAt: 'asc', id: 'asc' },
        kind: 'claim',
        toNode: (claim) => claim,
      },
    );
    const people = new Map((await this.people(found.edges.map((e) => e.node.userId))).map((p) => [p.id, p]));
    return {
      ...found,
      edges: found.edges.flatMap((edge) => {
        const claimant = people.get(edge.node.userId);
        return claimant ? [{ cursor: edge.cursor, node: { claim: edge.node, claimant } }] : [];
      }),
    };
  }

  // ---- invitations -----------------------------------------------------------------------------------------------

  /** Invites a colleague by email: the invitation and its email are written together. */
  async invite(
    organizationId: string,
    email: string,
    role: MemberRoleName,
    inviter: Actor & { name: string },
    outbox: EmailOutbox,
    portalUrl: string,
  ): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    await this.em.transactional(async (em) => {
      const organization = await em.findOne(OrganizationEntity, { id: organizationId });
      if (!organization) throw new NotFoundError('Organization');
      const invitation = em.create(OrganizationInvitationEntity, {
        organizationId,
        email,
        role,
        tokenHash: invitationDigest(token),
        invitedBy: inviter.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      audit(em, {
        actorId: inviter.userId,
        action: 'MEMBER_INVITED',
        subjectType: 'OrganizationInvitation',
        subjectId: invitation.id,
        to: role,
        requestId: inviter.requestId,
      });
      const name = displayName(organization);
      const url = `${portalUrl}/ar/account/invitation?token=${token}`;
      await outbox.enqueue(em, email, 'ORGANIZATION_INVITATION', {
        subject: `دعوة للانضمام | Invitation to join ${name} — Shabaka`,
        text: `دعاك ${inviter.name} للانضمام إلى «${name}» على منصة شبكة. لقبول الدعوة (صالحة ${INVITATION_DAYS} يوماً):\n${url}\n\n---\n\n${inviter.name} invited you to join "${name}" on Shabaka. To accept (valid ${INVITATION_DAYS} days):\n${url.replace('/ar/', '/en/')}\n`,
      });
    });
  }

  /** Joins the organisation of an invitation sent to the person's confirmed address; returns the organisation. */
  async acceptInvitation(
    token: string,
    person: Actor & { email: string; emailVerified: boolean },
  ): Promise<Result<string>> {
    return this.em.transactional(async (em): Promise<Result<string>> => {
      const invitation = await em.findOne(
        OrganizationInvitationEntity,
        { tokenHash: invitationDigest(token), acceptedAt: null, expiresAt: { $gt: new Date() } },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!invitation) return fail(MembershipErrorCode.INVALID_TOKEN, 'this invitation is not valid', 'token');
      if (invitation.email !== person.email || !person.emailVerified) {
        return fail(MembershipErrorCode.EMAIL_MISMATCH, 'sign in with the address the invitation was sent to', 'token');
      }
      invitation.acceptedAt = new Date();
      invitation.acceptedBy = person.userId;
      // an existing member keeps the higher of the two roles
      await this.grant(em, invitation.organizationId, person.userId, invitation.role, 'raise');
      audit(em, {
        actorId: person.userId,
        action: 'MEMBER_JOINED',
        subjectType: 'OrganizationMember',
        subjectId: invitation.organizationId,
        to: invitation.role,
        requestId: person.requestId,
      });
      return { ok: invitation.organizationId };
    });
  }

  /**
   * A valid invitation (not used, not expired) as the holder of its link sees it: the organisation, the role, who
   * invited them and until when. The token is the credential: anyone holding it may read this, nobody else can.
   */
  async invitationByToken(token: string): Promise<InvitationView | null> {
    const invitation = await this.em.findOne(OrganizationInvitationEntity, {
      tokenHash: invitationDigest(token),
      acceptedAt: null,
      expiresAt: { $gt: new Date() },
    });
    if (!invitation) return null;
    const [inviter] = invitation.invitedBy ? await this.people([invitation.invitedBy]) : [];
    return {
      id: invitation.id,
      organizationId: invitation.organizationId,
      role: invitation.role,
      inviterName: inviter && inviter.name !== ERASED_NAME ? inviter.name : null,
      expiresAt: invitation.expiresAt,
    };
  }

  // ---- members ---------------------------------------------------------------------------------------------------

  /**
   * Changes a member's role, or removes them (role null). The organisation's members are locked for the
   * transaction: two owners demoting each other cannot both succeed, and the last owner stays.
   */
  updateMember(
    organizationId: string,
    userId: string,
    role: MemberRoleName | null,
    actor: Actor,
  ): Promise<MembershipError | undefined> {
    return this.em.transactional(async (em) => {
      const members = await em.find(
        OrganizationMemberEntity,
        { organizationId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { userId: 'asc' } },
      );
      const member = members.find((m) => m.userId === userId);
      if (!member)
        return membershipError(MembershipErrorCode.NOT_A_MEMBER, 'not a member of this organisation', 'userId');
      const owners = members.filter((m) => m.role === 'OWNER').length;
      if (member.role === 'OWNER' && role !== 'OWNER' && owners === 1) {
        const organization = await em.findOne(
          OrganizationEntity,
          { id: organizationId },
          { fields: ['id', 'nameAr', 'nameEn'], disableIdentityMap: true },
        );
        return membershipError(MembershipErrorCode.LAST_OWNER, 'make someone else owner first', 'userId', {
          organizationNames: organization ? [{ ar: organization.nameAr, en: organization.nameEn }] : null,
        });
      }
      const from = member.role;
      if (role) member.role = role;
      else em.remove(member);
      audit(em, {
        actorId: actor.userId,
        action: role ? 'MEMBER_ROLE_CHANGED' : 'MEMBER_REMOVED',
        subjectType: 'OrganizationMember',
        subjectId: organizationId,
        from,
        to: role,
        requestId: actor.requestId,
      });
      return undefined;
    });
  }

  /**
   * Why the person cannot be erased now: they are the only owner of an organisation that has other members, who
   * would be left with nobody to manage them. Locks the members of the person's organisations until the erasure's
   * transaction ends, so two owners erased at the same moment are taken one after the other (the second is refused).
   */
  async erasureRefusal(userId: string): Promise<ErasureRefusal | undefined> {
    const owned = await this.em.find(OrganizationMemberEntity, { userId, role: 'OWNER' });
    if (owned.length === 0) return undefined;
    const members = await this.em.find(
      OrganizationMemberEntity,
      { organizationId: { $in: owned.map((m) => m.organizationId) } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { organizationId: 'asc', userId: 'asc' } },
    );
    const stranded = [...new Set(members.map((m) => m.organizationId))].flatMap((organizationId) => {
      const list = members.filter((m) => m.organizationId === organizationId);
      const mine = list.find((m) => m.userId === userId);
      const owners = list.filter((m) => m.role === 'OWNER').length;
      return mine?.role === 'OWNER' && owners === 1 && list.length > 1 ? [organizationId] : [];
    });
    if (stranded.length === 0) return undefined;
    const organizations = await this.em.find(
      OrganizationEntity,
      { id: { $in: stranded } },
      { fields: ['id', 'nameAr', 'nameEn'], disableIdentityMap: true, orderBy: { id: 'asc' } },
    );
    const names = organizations.map((o) => `"${o.nameEn ?? o.nameAr ?? o.id}"`).join(', ');
    return {
      code: 'LAST_OWNER',
      message: `you are the only owner of ${names}: make another of its members owner first (or remove them), then erase your account`,
      organizationNames: organizations.map((o) => ({ ar: o.nameAr, en: o.nameEn })),
    };
  }

  /**
   * The organisations the person is the only member of: with their erasure nobody acts for them any more, and the
   * programme takes them over (an audit event officers see; the organisation stays listed and can be claimed again).
   */
  async handOverToProgramme(userId: string): Promise<void> {
    const mine = await this.em.find(OrganizationMemberEntity, { userId });
    for (const membership of mine) {
      const count = await this.em.count(OrganizationMemberEntity, { organizationId: membership.organizationId });
      if (count !== 1) continue;
      // the platform acts, on the erasure the person asked for (their own actions are listed under their id)
      audit(this.em, {
        actorId: null,
        action: 'ORGANIZATION_HANDED_TO_PROGRAMME',
        subjectType: 'Organization',
        subjectId: membership.organizationId,
        from: membership.role,
        to: null,
      });
    }
  }

  /** The members of each organisation with their names, owners first, in one statement for the whole list. */
  async membersOf(organizationIds: readonly string[]): Promise<MemberOfOrganization[]> {
    // the name is accounts' (auth_user has no entity): one join rather than a second round trip per list
    const rows = await sqlRows<{ organization_id: string; user_id: string; name: string; role: MemberRoleName }>(
      this.em,
      `select m.organization_id, m.user_id, u.name, m.role from organization_member m join auth_user u on u.id = m.user_id
       where m.organization_id = any(?) order by m.role, u.name`,
      [organizationIds],
    );
    return rows.map((r) => ({ organizationId: r.organization_id, userId: r.user_id, name: r.name, role: r.role }));
  }

  /** Makes the person a member with `role`: `replace` sets it, `raise` keeps a higher role they already hold. */
  private async grant(
    em: EntityManager,
    organizationId: string,
    userId: string,
    role: MemberRoleName,
    mode: 'replace' | 'raise',
  ): Promise<void> {
    // one guarded upsert: a concurrent grant to the same person (a claim approved as an invitation is accepted)
    // meets this one in the row, not in a check made before it
    await sqlRows(
      em,
      `insert into organization_member (organization_id, user_id, role) values (?, ?, ?)
       on conflict (organization_id, user_id) do update set role = case
         when ? = 'replace' or array_position(array['VIEWER','EDITOR','OWNER'], excluded.role)
                               > array_position(array['VIEWER','EDITOR','OWNER'], organization_member.role)
         then excluded.role else organization_member.role end`,
      [organizationId, userId, role, mode],
    );
  }

  /** Names and addresses of people, by id (auth_user belongs to accounts, which maps no entity for it). */
  private async people(ids: readonly string[]): Promise<Person[]> {
    if (ids.length === 0) return [];
    return sqlRows<Person>(this.em, 'select id, name, email from auth_user where id = any(?)', [[...new Set(ids)]]);
  }
}
