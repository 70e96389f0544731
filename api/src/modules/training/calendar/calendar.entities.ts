import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** The secret of a person's training calendar feed: only its SHA-256 is kept (the URL is shown once, when made). */
@Entity({ tableName: 'training_calendar_token' })
export class TrainingCalendarTokenEntity {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();
}
