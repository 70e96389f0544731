/**
 * Every email the platform sends is first a row of `email_outbox`, written in the same transaction as the change
 * that causes it (an invitation and its email exist together or not at all); a sender (SMTP when configured)
 * delivers pending rows. In development `pnpm outbox` prints them, so the links in verification and reset emails can
 * be followed without a mail server.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ERASED_NAME, type PersonalDataSection } from '../personal-data/personal-data.js';
import { defineService } from '../module/services.js';
import { sqlRows } from '../../database/sql.js';
import { EmailOutboxEntity } from './email-outbox.entity.js';
import { startEmailSender, type EmailSender } from './email-sender.js';

export interface EmailContent {
  subject: string;
  text: string;
}

export interface OutboxEmail extends EmailContent {
  id: string;
  recipient: string;
  kind: string;
  createdAt: Date;
  sentAt: Date | null;
}

export interface EmailOutbox {
  /**
   * Queues an email in `em`'s unit of work: it is written when `em` flushes (inside the caller's transaction when
   * there is one), and sent once committed.
   */
  enqueue(em: EntityManager, recipient: string, kind: string, content: EmailContent): Promise<void>;
  /** Rows a hand-written statement wrote are committed: the sender may send them at once (else its timer will). */
  committed(): void;
}

/** Delivery over SMTP, when SMTP_URL is set (undefined otherwise: the rows wait for `pnpm outbox`). */
export const emailDeliveryService = defineService<EmailSender | undefined>(
  'email.delivery',
  ({ config, orm, logger }) =>
    config.smtpUrl
      ? startEmailSender({ knex: orm.em.getKnex(), smtpUrl: config.smtpUrl, from: config.smtpFrom, logger })
      : undefined,
);

export const emailOutboxService = defineService<EmailOutbox>('email.outbox', ({ services }) => ({
  async enqueue(em, recipient, kind, content) {
    em.persist(
      Object.assign(new EmailOutboxEntity(), { recipient, kind, subject: content.subject, bodyText: content.text }),
    );
    await em.flush();
    // outside a transaction the row is committed now: the sender may send it at once (else its timer will)
    if (!em.isInTransaction()) void services.get(emailDeliveryService)?.flush();
  },
  committed() {
    void services.get(emailDeliveryService)?.flush();
  },
}));

/** The latest emails, newest first (development and tests). */
export async function recentEmails(em: EntityManager, limit = 20): Promise<OutboxEmail[]> {
  const rows = await em.find(EmailOutboxEntity, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit });
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    kind: r.kind,
    subject: r.subject,
    text: r.bodyText,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
  }));
}

/**
 * The emails sent to a person, under any address they have had. Erasure deletes them; emails to others that name
 * the person (invitations they sent) keep going out, naming the pseudonym instead.
 */
export const emailOutboxPersonalData: PersonalDataSection = {
  holder: 'email',
  async export(em, person) {
    const rows = await em.find(
      EmailOutboxEntity,
      { recipient: { $in: [...person.emails] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return {
      emails: rows.map((e) => ({
        kind: e.kind,
        recipient: e.recipient,
        subject: e.subject,
        body_text: e.bodyText,
        created_at: e.createdAt,
        sent_at: e.sentAt,
      })),
    };
  },
  async erase(em, person) {
    await em.nativeDelete(EmailOutboxEntity, { recipient: { $in: [...person.emails] } });
    for (const text of [person.name, ...person.emails].filter((t) => t.length > 0)) {
      // bulk rewrite of free text across rows: the ORM has no string replace
      await sqlRows(
        em,
        `update email_outbox set subject = replace(subject, ?, ?), body_text = replace(body_text, ?, ?)
           where position(? in body_text) > 0 or position(? in subject) > 0`,
        [text, ERASED_NAME, text, ERASED_NAME, text, text],
      );
    }
  },
};
