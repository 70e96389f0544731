/**
 * Awards: a shortlisted application gets an amount within the call's range, and the sums of the awards never exceed
 * the lot's, the call's and the programme's envelopes. The envelopes are counters (grant_envelope) raised by guarded
 * updates in the award's transaction (`awarded_minor + amount <= envelope_minor` in the statement; always in the
 * order lot, call, programme, so concurrent awards queue on the row locks and never deadlock); a refused step throws
 * and rolls the whole transaction back, so nothing is half-written. The audit event is written in the same
 * transaction. An idempotency key answers a repeated request with the first result.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { audit } from '../../../common/audit/audit.js';
import { sqlRows } from '../../../database/sql.js';
import { GrantApplicationEntity, GrantCallEntity } from '../grants.entities.js';
import { GrantAwardEntity, PROGRAMME_ENVELOPE_KEY, callEnvelopeKey, lotEnvelopeKey } from './award.entities.js';
import {
  GrantAwardErrorCode as Code,
  GrantAwardRefusal,
  grantAwardError,
  type GrantAwardError,
} from './award.errors.js';

export interface AwardActor {
  userId: string | null;
  requestId?: string | null;
}

export type AwardResult = { ok: GrantAwardEntity; replayed: boolean } | { errors: GrantAwardError[] };

export const refuse = (code: Code, message: string, field: string | null): never => {
  throw new GrantAwardRefusal(grantAwardError(code, message, field));
};

/** Runs `work` in a transaction; a GrantAwardRefusal thrown inside rolls everything back and becomes a user error. */
export async function refusable<T>(
  em: EntityManager,
  work: (em: EntityManager) => Promise<T>,
): Promise<T | { errors: GrantAwardError[] }> {
  try {
    return await em.fork().transactional(work);
  } catch (error) {
    if (error instanceof GrantAwardRefusal) return { errors: [error.error] };
    throw error;
  }
}

/** A stable hash of a request, to tell a repeat (same key, same payload) from a reuse (same key, other payload). */
export const requestHash = (payload: unknown): string =>
  createHash('sha256').update(JSON.stringify(payload)).digest('hex');

/** Serialises the requests that carry one idempotency key (until the transaction ends). */
export async function lockIdempotencyKey(em: EntityManager, scope: string, key: string): Promise<void> {
  await sqlRows(em, 'select pg_advisory_xact_lock(hashtextextended(?, 0))', [`${scope}:${key}`]);
}

/** Makes sure the call's and the lot's envelope counters exist (the call's is the sum of its lots' envelopes). */
async function ensureEnvelopes(em: EntityManager, callId: string, lotId: string, currency: string) {
  await sqlRows(
    em,
    `insert into grant_envelope (key, currency, envelope_minor)
     select ?, ?, coalesce(sum(envelope_minor), 0) from grant_lot where call_id = ?
     on conflict (key) do nothing`,
    [callEnvelopeKey(callId), currency, callId],
  );
  await sqlRows(
    em,
    `insert into grant_envelope (key, currency, envelope_minor)
     select ?, ?, envelope_minor from grant_lot where id = ?
     on conflict (key) do nothing`,
    [lotEnvelopeKey(lotId), currency, lotId],
  );
}

const ENVELOPE_REFUSALS: [string, Code, string][] = [
  ['lot', Code.LOT_ENVELOPE_EXCEEDED, "the amount is above what is left of the lot's envelope"],
  ['call', Code.CALL_ENVELOPE_EXCEEDED, "the amount is above what is left of the call's envelope"],
  ['programme', Code.PROGRAMME_ENVELOPE_EXCEEDED, "the amount is above what is left of the programme's envelope"],
];

/**
 * Adds `deltaMinor` (may be negative) to the lot's, the call's and the programme's counters, each by a guarded
 * update that takes the row lock and re-checks the limit on the latest row; throws (rolling back) when one refuses.
 */
export async function chargeEnvelopes(em: EntityManager, callId: string, lotId: string, deltaMinor: number) {
  if (deltaMinor === 0) return;
  const keys = [lotEnvelopeKey(lotId), callEnvelopeKey(callId), PROGRAMME_ENVELOPE_KEY];
  for (const [i, key] of keys.entries()) {
    const rows = await sqlRows<{ key: string }>(
      em,
      `update grant_envelope set awarded_minor = awarded_minor + ?, updated_at = now()
       where key = ? and awarded_minor + ? between 0 and envelope_minor returning key`,
      [deltaMinor, key, deltaMinor],
    );
    if (rows.length === 0) {
      const [, code, message] = ENVELOPE_REFUSALS[i]!;
      refuse(code, message, 'amountMinor');
    }
  }
}

/**
 * A read without locks that refuses at once an award that does not fit what is left now, so that a burst against a
 * full envelope does not queue on its row lock. Only a shortcut: the guarded updates of chargeEnvelopes decide.
 */
async function refuseWhenFull(em: EntityManager, callId: string, lotId: string, amountMinor: number) {
  const keys = [lotEnvelopeKey(lotId), callEnvelopeKey(callId), PROGRAMME_ENVELOPE_KEY];
  const rows = await sqlRows<{ key: string; left: string }>(
    em,
    'select key, envelope_minor - awarded_minor as left from grant_envelope where key = any(?)',
    [keys],
  );
  for (const [i, key] of keys.entries()) {
    const left = rows.find((r) => r.key === key)?.left;
    if (left !== undefined && Number(left) < amountMinor) {
      const [, code, message] = ENVELOPE_REFUSALS[i]!;
      refuse(code, message, 'amountMinor');
    }
  }
}

export interface AwardInput {
  applicationId: string;
  amountMinor: number;
  reasonsAr: string | null;
  reasonsEn: string | null;
  idempotencyKey: string;
}

const cleanText = (s: string | null | undefined): string | null => s?.trim() || null;

function checkAmount(call: GrantCallEntity, amountMinor: number) {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0)
    refuse(Code.INVALID_VALUE, 'the amount is a positive whole number of cents', 'amountMinor');
  if (amountMinor < call.minGrantMinor)
    refuse(Code.AMOUNT_BELOW_CALL_MINIMUM, `the call's minimum grant is ${call.minGrantMinor} cents`, 'amountMinor');
  if (amountMinor > call.maxGrantMinor)
    refuse(Code.AMOUNT_ABOVE_CALL_MAXIMUM, `the call's maximum grant is ${call.maxGrantMinor} cents`, 'amountMinor');
}

/** Awards a shortlisted application (see the module comment for the guarantees). */
export async function awardGrant(em: EntityManager, input: AwardInput, actor: AwardActor): Promise<AwardResult> {
  const reasonsAr = cleanText(input.reasonsAr);
  const reasonsEn = cleanText(input.reasonsEn);
  const key = input.idempotencyKey.trim();
  if (key.length < 8 || key.length > 200)
    return {
      errors: [grantAwardError(Code.INVALID_VALUE, 'an idempotency key has 8 to 200 characters', 'idempotencyKey')],
    };
  if (!reasonsAr && !reasonsEn)
    return { errors: [grantAwardError(Code.REASONS_REQUIRED, "give the decision's reasons", 'reasonsEn')] };
  const hash = requestHash([input.applicationId, input.amountMinor, reasonsAr, reasonsEn]);
  return refusable(em, async (em): Promise<AwardResult> => {
    await lockIdempotencyKey(em, 'grant_award', key);
    const earlier = await em.findOne(GrantAwardEntity, { idempotencyKey: key });
    if (earlier) {
      if (earlier.requestHash !== hash)
        refuse(Code.IDEMPOTENCY_KEY_REUSED, 'this key was used for another award request', 'idempotencyKey');
      return { ok: earlier, replayed: true };
    }
    const application = await em.findOne(
      GrantApplicationEntity,
      { id: input.applicationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!application || application.status === 'DRAFT')
      refuse(Code.APPLICATION_NOT_FOUND, 'no such submitted application', 'applicationId');
    if (application!.status !== 'SHORTLISTED')
      refuse(
        Code.NOT_SHORTLISTED,
        `only a shortlisted application is awarded; it is ${application!.status.toLowerCase()}`,
        'applicationId',
      );
    if (await em.findOne(GrantAwardEntity, { applicationId: application!.id }))
      refuse(Code.ALREADY_AWARDED, 'the application already has an award', 'applicationId');
    if (!application!.lotId) refuse(Code.NOT_SHORTLISTED, 'the application names no lot', 'applicationId');
    const call = await em.findOneOrFail(GrantCallEntity, { id: application!.callId });
    checkAmount(call, input.amountMinor);
    await ensureEnvelopes(em, call.id, application!.lotId!, call.currency);
    await refuseWhenFull(em, call.id, application!.lotId!, input.amountMinor);
    const award = em.create(GrantAwardEntity, {
      applicationId: application!.id,
      callId: call.id,
      lotId: application!.lotId!,
      organizationId: application!.leadOrganizationId,
      amountMinor: input.amountMinor,
      currency: call.currency,
      reasonsAr,
      reasonsEn,
      decidedBy: actor.userId,
      idempotencyKey: key,
      requestHash: hash,
    });
    audit(em, {
      actorId: actor.userId,
      action: 'GRANT_AWARDED',
      subjectType: 'GrantAward',
      subjectId: award.id,
      to: `AWARDED ${input.amountMinor} ${call.currency}`,
      reason: reasonsEn ?? reasonsAr,
      requestId: actor.requestId ?? null,
    });
    await em.flush();
    // last, so the envelopes' row locks are held only until the commit that follows
    await chargeEnvelopes(em, call.id, application!.lotId!, input.amountMinor);
    return { ok: award, replayed: false };
  });
}

export interface AwardUpdateInput {
  awardId: string;
  expectedVersion: number;
  amountMinor?: number | null;
  reasonsAr?: string | null;
  reasonsEn?: string | null;
}

/**
 * Changes an award's amount or reasons, made on `expectedVersion`: a stale edit is a VERSION_CONFLICT. A change of
 * amount moves the envelopes by the difference, guarded like an award.
 */
export async function updateAward(
  em: EntityManager,
  input: AwardUpdateInput,
  actor: AwardActor,
): Promise<{ ok: GrantAwardEntity } | { errors: GrantAwardError[] }> {
  return refusable(em, async (em) => {
    const award = await em.findOne(GrantAwardEntity, { id: input.awardId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!award) return refuse(Code.AWARD_NOT_FOUND, 'no such award', 'awardId');
    if (award.version !== input.expectedVersion)
      refuse(
        Code.VERSION_CONFLICT,
        `the award is at version ${award.version}: reload it and edit again`,
        'expectedVersion',
      );
    if (award.status !== 'AWARDED')
      refuse(Code.AWARD_NOT_ACTIVE, `the award is ${award.status.toLowerCase()}`, 'awardId');
    const from = `${award.amountMinor} ${award.currency}`;
    if (input.amountMinor !== undefined && input.amountMinor !== null && input.amountMinor !== award.amountMinor) {
      const call = await em.findOneOrFail(GrantCallEntity, { id: award.callId });
      checkAmount(call, input.amountMinor);
      await chargeEnvelopes(em, award.callId, award.lotId, input.amountMinor - award.amountMinor);
      award.amountMinor = input.amountMinor;
    }
    if (input.reasonsAr !== undefined) award.reasonsAr = cleanText(input.reasonsAr);
    if (input.reasonsEn !== undefined) award.reasonsEn = cleanText(input.reasonsEn);
    if (!award.reasonsAr && !award.reasonsEn) refuse(Code.REASONS_REQUIRED, "give the decision's reasons", 'reasonsEn');
    award.version += 1;
    audit(em, {
      actorId: actor.userId,
      action: 'GRANT_AWARD_CHANGED',
      subjectType: 'GrantAward',
      subjectId: award.id,
      from,
      to: `${award.amountMinor} ${award.currency}`,
      reason: award.reasonsEn ?? award.reasonsAr,
      requestId: actor.requestId ?? null,
    });
    await em.flush();
    return { ok: award };
  });
}
