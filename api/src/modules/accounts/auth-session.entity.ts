import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A signed-in browser: Better Auth's `auth_session` (its adapter creates and renews the rows; the platform reads,
 * lists and ends them through this entity).
 */
@Entity({ tableName: 'auth_session' })
@Index({ name: 'auth_session_user_idx', properties: ['userId'] })
export class AuthSessionEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  /** The secret of the session cookie: never leaves the API. */
  @Property({ type: 'text', unique: true, hidden: true })
  token!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'text', nullable: true })
  ipAddress: string | null = null;

  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
