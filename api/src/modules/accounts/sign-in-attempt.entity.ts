import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * A counted attempt under a throttle (sign-in-throttle.ts): a password check (kept when it failed) or a password
 * reset request, by key (`email:…`, `ip:…`, `reset-email:…`, `reset-ip:…`). The counting itself is a guarded
 * statement under advisory locks in the throttle.
 */
@Entity({ tableName: 'sign_in_failure' })
@Index({ name: 'sign_in_failure_key_idx', properties: ['key', 'failedAt'] })
export class SignInAttemptEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'datetime' })
  failedAt: Date & Opt = new Date();
}
