/** Who runs a session: officers run every one, a trainer (an account named on the session) their own only. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { isOfficer } from '../../common/auth/viewer.js';
import { ForbiddenError } from '../../common/errors/api-errors.js';
import type { GraphQLContext } from '../../context.js';
import { audit } from '../../common/audit/audit.js';
import { NotFoundError } from '../../common/errors/api-errors.js';
import { sqlRows } from '../../database/sql.js';
import { TrainingSessionTrainerEntity } from './disaggregation.entities.js';
import { TrainingSessionEntity } from './training.entities.js';
import { TrainingErrorCode, trainingError, type TrainingError } from './training.errors.js';

/** Whether the actor may mark attendance and scores in the session. */
export async function mayRunSession(
  em: EntityManager,
  sessionId: string,
  actor: { userId: string; officer: boolean },
): Promise<boolean> {
  if (actor.officer) return true;
  return (await em.count(TrainingSessionTrainerEntity, { sessionId, userId: actor.userId })) > 0;
}

/** Whether the person is a trainer of any session (the door to the trainers' mutations). */
export async function trainsAnySession(em: EntityManager, userId: string): Promise<boolean> {
  return (await em.count(TrainingSessionTrainerEntity, { userId })) > 0;
}

/**
 * The door to the trainers' mutations: an officer (true) or a trainer of some session (false); anyone else is
 * refused as the auth checker refuses, whatever the ids asked about.
 */
export async function requireSessionRunner(ctx: GraphQLContext): Promise<boolean> {
  const viewer = ctx.viewer!;
  if (isOfficer(viewer)) return true;
  if (await trainsAnySession(ctx.em, viewer.userId)) return false;
  throw new ForbiddenError();
}

/** Replaces a session's trainers by the accounts with these addresses (an officer's act, audited). */
export async function setSessionTrainers(
  em: EntityManager,
  sessionId: string,
  trainerEmails: readonly string[],
  actor: { userId: string; requestId: string },
): Promise<{ ok: TrainingSessionEntity; error?: undefined } | { ok?: undefined; error: TrainingError }> {
  const emails = [...new Set(trainerEmails.map((e) => e.trim().toLowerCase()))];
  const accounts = await sqlRows<{ id: string; email: string }>(
    em,
    'select id, lower(email) as email from auth_user where lower(email) = any(?)',
    [emails],
  );
  const byEmail = new Map(accounts.map((a) => [a.email, a.id]));
  const unknown = trainerEmails.findIndex((e) => !byEmail.has(e.trim().toLowerCase()));
  if (unknown >= 0) {
    return {
      error: trainingError(TrainingErrorCode.UNKNOWN_ACCOUNT, 'no account has this email address', [
        'trainerEmails',
        String(unknown),
      ]),
    };
  }
  const session = await em.transactional(async (tx) => {
    const row = await tx.findOne(TrainingSessionEntity, { id: sessionId });
    if (!row) throw new NotFoundError('TrainingSession');
    await tx.nativeDelete(TrainingSessionTrainerEntity, { sessionId });
    for (const email of emails) tx.create(TrainingSessionTrainerEntity, { sessionId, userId: byEmail.get(email)! });
    audit(tx, {
      actorId: actor.userId,
      action: 'TRAINING_SESSION_TRAINERS_SET',
      subjectType: 'TrainingSession',
      subjectId: sessionId,
      to: `${emails.length} trainers`,
      requestId: actor.requestId,
    });
    return row;
  });
  return { ok: session };
}
