/**
 * The accounts module's tables beside Better Auth's own (`auth_*`, which Better Auth reads and writes). The rules
 * that write them live in the services: sign-in-throttle.ts (one guarded statement per attempt, so that concurrent
 * attempts are counted before any password is checked), api-token.service.ts, password-reset.service.ts, people.ts.
 */
import { BigIntType, Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { ApiTokenScopeName } from '../../common/auth/viewer.js';

/** A personal API token: only a hash of its secret is kept, with a prefix the person recognises it by. */
@Entity({ tableName: 'api_token' })
export class ApiTokenEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'blob', hidden: true, lazy: true })
  secretHash!: Buffer;

  @Property({ type: 'text' })
  prefix!: string;

  /** What it may do: READ_ONLY (queries only, the default) or READ_WRITE. */
  @Property({ type: 'text' })
  scope: ApiTokenScopeName & Opt = 'READ_ONLY';

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}

/** A platform-wide role (programme officer, MoSD official, ...), granted to a person by an administrator. */
@Entity({ tableName: 'platform_role' })
export class PlatformRoleEntity {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'text' })
  role!: string;

  @Property({ type: 'uuid', nullable: true })
  grantedBy: string | null = null;

  @Property({ type: 'datetime' })
  grantedAt: Date & Opt = new Date();
}

/** One counted password check (per account and per client address), forgotten once the window has passed. */
@Entity({ tableName: 'sign_in_failure' })
export class SignInFailureEntity {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'datetime' })
  failedAt: Date & Opt = new Date();
}

/** One request of a reset link, for throttling per address; the link itself is Better Auth's (stored hashed). */
@Entity({ tableName: 'password_reset_request' })
export class PasswordResetRequestEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
