import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * An address a person had before their current one (which is `auth_user.email`): personal data kept under it is
 * still theirs (see accounts.personal-data.ts).
 */
@Entity({ tableName: 'account_email' })
export class AccountEmailEntity {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'text' })
  email!: string;

  /** When it stopped being the person's address (the latest time, when they had it twice). */
  @Property({ type: 'datetime' })
  replacedAt: Date & Opt = new Date();
}
