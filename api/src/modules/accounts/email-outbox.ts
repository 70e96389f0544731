/**
 * Every email the platform sends is first a row of `email_outbox`, written by the code that decides to send it; a
 * sender (SMTP when configured) delivers pending rows. In development `pnpm outbox` prints them, so the links in
 * verification and reset emails can be followed without a mail server.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { knexRows, parseTimestamp } from '../../database/sql.js';

export type EmailKind = 'EMAIL_VERIFICATION' | 'PASSWORD_RESET' | 'SIGN_UP_EXISTING' | 'ORGANIZATION_INVITATION';

export interface EmailContent {
  subject: string;
  text: string;
}

export interface OutboxEmail extends EmailContent {
  id: string;
  recipient: string;
  kind: EmailKind;
  createdAt: Date;
  sentAt: Date | null;
}

export interface EmailOutbox {
  enqueue(recipient: string, kind: EmailKind, content: EmailContent): Promise<void>;
}

/** `queued` is told after each email is written (the SMTP sender, when configured, sends it at once). */
export function emailOutbox(knex: Knex, queued: () => void = () => undefined): EmailOutbox {
  return {
    async enqueue(recipient, kind, content) {
      await knexRows(
        knex,
        'insert into email_outbox (id, recipient, kind, subject, body_text) values (?, ?, ?, ?, ?)',
        [randomUUID(), recipient, kind, content.subject, content.text],
      );
      queued();
    },
  };
}

/** The latest emails, newest first (development and tests). */
export async function recentEmails(knex: Knex, limit = 20): Promise<OutboxEmail[]> {
  const rows = await knexRows<{
    id: string;
    recipient: string;
    kind: EmailKind;
    subject: string;
    body_text: string;
    created_at: string;
    sent_at: string | null;
  }>(knex, 'select * from email_outbox order by created_at desc limit ?', [limit]);
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    kind: r.kind,
    subject: r.subject,
    text: r.body_text,
    createdAt: parseTimestamp(r.created_at),
    sentAt: r.sent_at === null ? null : parseTimestamp(r.sent_at),
  }));
}
