import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** An ask for a password reset link, waiting for the job (password-reset.service.ts), which deletes it. */
@Entity({ tableName: 'password_reset_request' })
@Index({ name: 'password_reset_request_created_idx', properties: ['createdAt'] })
export class PasswordResetRequestEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
