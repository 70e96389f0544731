import pg from 'pg';
import { inject } from 'vitest';

/** The link of the latest email of a kind sent to an address (the platform's outbox table, in its database). */
export async function lastEmailLink(email: string, pathPart: string): Promise<string> {
  const client = new pg.Client(inject('e2eDatabaseUrl'));
  await client.connect();
  try {
    // the row is normally there before the page that announces the email is shown; a loaded machine may lag
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      const { rows } = await client.query<{ body_text: string }>(
        `select body_text from email_outbox where lower(recipient) = lower($1) order by created_at desc limit 5`,
        [email],
      );
      for (const row of rows) {
        const link = new RegExp(`https?://\\S*${pathPart}\\?token=[^\\s]+`).exec(row.body_text)?.[0];
        if (link) return link;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`no email to ${email} with a ${pathPart} link`);
  } finally {
    await client.end();
  }
}

/** The latest email of a kind (e.g. TRAINING_REGISTRATION_PROMOTED) sent to an address, waiting for it a while. */
export async function lastEmailOfKind(email: string, kind: string): Promise<{ subject: string; body: string }> {
  const client = new pg.Client(inject('e2eDatabaseUrl'));
  await client.connect();
  try {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      const { rows } = await client.query<{ subject: string; body_text: string }>(
        `select subject, body_text from email_outbox where lower(recipient) = lower($1) and kind = $2
         order by created_at desc limit 1`,
        [email, kind],
      );
      if (rows[0]) return { subject: rows[0].subject, body: rows[0].body_text };
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`no ${kind} email to ${email}`);
  } finally {
    await client.end();
  }
}
