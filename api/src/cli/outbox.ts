/**
 * `pnpm outbox [--limit N]`: the latest emails of the outbox (confirmation, password reset, invitations), newest
 * first, with their links: in development there is no mail server, and this is how the links are followed.
 */
import { recentEmails } from '../common/email/email-outbox.js';
import { runEntryPoint } from './entry-point.js';

const at = process.argv.indexOf('--limit');
const limit = at > 0 ? Number(process.argv[at + 1]) : 10;
if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
  process.stderr.write('--limit must be an integer from 1 to 500\n');
  process.exit(2);
}
runEntryPoint({
  name: 'pnpm outbox',
  kind: 'command',
  async main({ openDatabase }) {
    const { orm } = await openDatabase({ poolMax: 1, migrate: true });
    const emails = await recentEmails(orm.em.fork(), limit);
    if (emails.length === 0) process.stdout.write('the outbox is empty\n');
    for (const email of emails) {
      process.stdout.write(
        `── ${email.createdAt.toISOString()} · ${email.kind} · to ${email.recipient}${email.sentAt ? ' · sent' : ''}\n` +
          `Subject: ${email.subject}\n\n${email.text}\n`,
      );
    }
  },
});
