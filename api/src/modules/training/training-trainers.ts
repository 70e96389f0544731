/** Who runs a session: officers run every one, a trainer (an account named on the session) their own only. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { isOfficer } from '../../common/auth/viewer.js';
import { ForbiddenError } from '../../common/errors/api-errors.js';
import type { GraphQLContext } from '../../context.js';
import { TrainingSessionTrainerEntity } from './disaggregation.entities.js';

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
