import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** An email the platform decided to send: written with the change that causes it, delivered later (email-sender.ts). */
@Entity({ tableName: 'email_outbox' })
@Index({ name: 'email_outbox_pending_idx', properties: ['createdAt'] })
export class EmailOutboxEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  recipient!: string;

  /** What it is about, e.g. PASSWORD_RESET or ORGANIZATION_INVITATION (each module names its own). */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text', fieldName: 'body_text' })
  bodyText!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
