/** A person's signed-in browsers (Better Auth makes them at sign-in; the platform lists and ends them). */
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuthSessionEntity } from './auth-session.entity.js';

export class SessionService {
  constructor(private readonly em: EntityManager) {}

  /** The person's open sessions, newest first. */
  list(userId: string): Promise<AuthSessionEntity[]> {
    return this.em.find(
      AuthSessionEntity,
      { userId, expiresAt: { $gt: new Date() } },
      { orderBy: { createdAt: 'desc' } },
    );
  }

  /** The session a cookie's token opened, if any. */
  byToken(token: string): Promise<AuthSessionEntity | null> {
    return this.em.findOne(AuthSessionEntity, { token });
  }

  /** Ends one of the person's sessions; false when it is not theirs (or unknown), so both look the same. */
  async revoke(userId: string, id: string): Promise<boolean> {
    return (await this.em.nativeDelete(AuthSessionEntity, { id, userId })) > 0;
  }
}
