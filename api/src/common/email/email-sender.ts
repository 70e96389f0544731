/**
 * Delivers the outbox over SMTP when SMTP_URL is set: every few seconds (and right after an email is queued) the
 * oldest pending rows are taken with `for update skip locked` (two API instances never send one email twice), sent,
 * and marked sent; a failure is counted and retried later, up to MAX_ATTEMPTS. Without SMTP_URL the rows stay for
 * `pnpm outbox`.
 */
import type { Knex } from '@mikro-orm/postgresql';
import nodemailer from 'nodemailer';
import type { Logger } from '../logging/logger.js';
import { knexRows } from '../../database/sql.js';

export const MAX_ATTEMPTS = 8;
const BATCH = 20;
const INTERVAL_MS = 5_000;

export interface EmailSender {
  /** Sends what is pending now (also called on a timer). */
  flush(): Promise<number>;
  stop(): Promise<void>;
  /** The same as stop (the app closes its services with it). */
  close(): Promise<void>;
}

export function startEmailSender({
  knex,
  smtpUrl,
  from,
  logger,
}: {
  knex: Knex;
  smtpUrl: string;
  from: string;
  logger: Logger;
}): EmailSender {
  const transport = nodemailer.createTransport(smtpUrl);
  let running: Promise<number> | undefined;
  let stopped = false;

  const sendBatch = async (): Promise<number> =>
    knex.transaction(async (trx) => {
      const rows = await knexRows<{
        id: string;
        recipient: string;
        subject: string;
        body_text: string;
        attempts: number;
      }>(
        trx,
        `select id, recipient, subject, body_text, attempts from email_outbox
         where sent_at is null and attempts < ? and (last_attempt_at is null or last_attempt_at < now() - attempts * interval '30 seconds')
         order by created_at limit ? for update skip locked`,
        [MAX_ATTEMPTS, BATCH],
      );
      let sent = 0;
      for (const row of rows) {
        try {
          await transport.sendMail({ from, to: row.recipient, subject: row.subject, text: row.body_text });
          await knexRows(
            trx,
            'update email_outbox set sent_at = now(), attempts = attempts + 1, last_attempt_at = now(), last_error = null where id = ?',
            [row.id],
          );
          sent += 1;
        } catch (error) {
          await knexRows(
            trx,
            'update email_outbox set attempts = attempts + 1, last_attempt_at = now(), last_error = ? where id = ?',
            [String((error as Error).message).slice(0, 500), row.id],
          );
          logger.warn({ emailId: row.id, attempts: row.attempts + 1 }, 'email not sent; will retry');
        }
      }
      return sent;
    });

  const flush = (): Promise<number> => {
    if (stopped) return Promise.resolve(0);
    running ??= sendBatch()
      .catch((error: unknown) => {
        logger.warn({ err: error }, 'email sender: batch failed');
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void flush(), INTERVAL_MS);
  timer.unref();
  return {
    flush,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
    close() {
      return this.stop();
    },
  };
}
