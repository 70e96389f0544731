import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** A 48-hour reminder sent to a participant, for the start the session had then (a new start, a new reminder). */
@Entity({ tableName: 'training_reminder_sent' })
export class TrainingReminderSentEntity {
  @PrimaryKey({ type: 'uuid' })
  registrationId!: string;

  @PrimaryKey({ type: 'datetime' })
  sessionStartsAt!: Date;

  @Property({ type: 'datetime' })
  sentAt: Date & Opt = new Date();
}

/** An under-filled alert sent to the training officers about a session, with the counts it reported. */
@Entity({ tableName: 'training_underfill_alert_sent' })
export class TrainingUnderfillAlertSentEntity {
  @PrimaryKey({ type: 'uuid' })
  sessionId!: string;

  @PrimaryKey({ type: 'datetime' })
  sessionStartsAt!: Date;

  @Property({ type: 'integer' })
  confirmedCount!: number;

  @Property({ type: 'integer' })
  seats!: number;

  @Property({ type: 'datetime' })
  sentAt: Date & Opt = new Date();
}
