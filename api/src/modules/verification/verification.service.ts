/**
 * The verification of an organisation's registration, as a state machine. This service is the only writer of the
 * verification columns of `organization` (state, decision time, decider, note): the directory reads them.
 *
 *   UNVERIFIED ──submit──▶ PENDING ──decide: VERIFIED──▶ VERIFIED
 *   REJECTED ───submit──▶    │
 *                            └──decide: REJECTED (reason)──▶ REJECTED
 *
 * Each step locks the organisation's row for its transaction (concurrent decisions are taken one after the other,
 * and the second finds the state already changed) and writes its audit event in the same transaction.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { NotFoundError } from '../../common/errors/api-errors.js';
import { OrganizationEntity, type VerificationState } from '../directory/index.js';
import { VerificationErrorCode, verificationError, type VerificationError } from './verification.errors.js';
import { VerificationEvidenceEntity } from './verification-evidence.entity.js';

export type VerificationDecisionValue = 'VERIFIED' | 'REJECTED';

/** The steps each state allows. */
const TRANSITIONS: Record<VerificationState, { submit: boolean; decide: boolean }> = {
  UNVERIFIED: { submit: true, decide: false },
  REJECTED: { submit: true, decide: false },
  PENDING: { submit: false, decide: true },
  VERIFIED: { submit: false, decide: false },
};

export interface Actor {
  userId: string;
  requestId: string;
}

export class VerificationService {
  constructor(private readonly em: EntityManager) {}

  /** Submits uploaded evidence: the organisation becomes PENDING. */
  submit(organizationId: string, evidenceId: string, actor: Actor): Promise<VerificationError | undefined> {
    return this.em.transactional(async (em) => {
      const evidence = await em.count(VerificationEvidenceEntity, { id: evidenceId, organizationId });
      if (evidence === 0) {
        return verificationError(
          VerificationErrorCode.EVIDENCE_NOT_FOUND,
          'no such evidence for this organisation',
          'evidenceId',
        );
      }
      const organization = await this.lock(em, organizationId);
      const from: VerificationState = organization.verificationState;
      if (!TRANSITIONS[from].submit) {
        return verificationError(
          VerificationErrorCode.ALREADY_DECIDED,
          `the organisation is already ${from.toLowerCase()}`,
          'organizationId',
        );
      }
      organization.verificationState = 'PENDING';
      organization.verificationNote = null;
      audit(em, {
        actorId: actor.userId,
        action: 'VERIFICATION_SUBMITTED',
        subjectType: 'Organization',
        subjectId: organizationId,
        from,
        to: 'PENDING',
        requestId: actor.requestId,
      });
      return undefined;
    });
  }

  /** An officer's decision on a PENDING organisation; a rejection needs a reason, shown to the organisation. */
  decide(
    organizationId: string,
    decision: VerificationDecisionValue,
    reason: string | null,
    officer: Actor,
  ): Promise<VerificationError | undefined> {
    if (decision === 'REJECTED' && !reason) {
      return Promise.resolve(
        verificationError(VerificationErrorCode.REASON_REQUIRED, 'say why it is rejected', 'reason'),
      );
    }
    return this.em.transactional(async (em) => {
      const organization = await this.lock(em, organizationId);
      const from: VerificationState = organization.verificationState;
      if (!TRANSITIONS[from].decide) {
        return verificationError(
          VerificationErrorCode.ALREADY_DECIDED,
          `the organisation is ${from.toLowerCase()}, not pending`,
          'organizationId',
        );
      }
      const verified = decision === 'VERIFIED';
      organization.verificationState = decision;
      organization.verifiedAt = verified ? new Date() : null;
      organization.verifiedBy = verified ? officer.userId : null;
      organization.verificationNote = reason;
      audit(em, {
        actorId: officer.userId,
        action: 'VERIFICATION_DECIDED',
        subjectType: 'Organization',
        subjectId: organizationId,
        from,
        to: decision,
        reason,
        requestId: officer.requestId,
      });
      return undefined;
    });
  }

  private async lock(em: EntityManager, organizationId: string): Promise<OrganizationEntity> {
    const organization = await em.findOne(
      OrganizationEntity,
      { id: organizationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!organization) throw new NotFoundError('Organization');
    return organization;
  }
}
