import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, lastEmailTo } from '../../support/accounts.js';
import { sqlRows } from '../../../src/database/sql.js';
import { emailDeliveryService } from '../../../src/common/email/email-outbox.js';

/** A real SMTP server on a free port, keeping what it receives. */
async function startSmtp(): Promise<{ port: number; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let text = '';
      stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push(text);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('email delivery over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let api: TestApi;
  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startTestApi({
      env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SMTP_FROM: 'Shabaka <no-reply@example.org>' },
    });
  });
  afterAll(async () => {
    await api.stop();
    await smtp.close();
  });

  it('sends a queued email through the configured server and marks it sent', async () => {
    const person = await createTestPerson(api, { email: 'mail.receiver@example.org' });
    await api.graphql(
      `mutation($input: AccountPasswordResetRequestInput!) { accountPasswordResetRequest(input: $input) { userErrors { code } } }`,
      {
        input: { email: person.email },
      },
    );
    await expect.poll(() => smtp.received.length).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toContain('To: mail.receiver@example.org');
    expect(smtp.received[0]).toContain('From: Shabaka <no-reply@example.org>');
    // sent once: a second pass finds nothing to send
    await api.app.services.get(emailDeliveryService)!.flush();
    expect(smtp.received).toHaveLength(1);
    const [row] = await sqlRows<{ sent: boolean; attempts: number }>(
      api.orm.em.fork(),
      `select sent_at is not null as sent, attempts from email_outbox where recipient = ?`,
      [person.email],
    );
    expect(row).toEqual({ sent: true, attempts: 1 });
  });
});

describe('email delivery when the SMTP server is down', () => {
  let api: TestApi;
  beforeAll(async () => {
    // a port nothing listens on
    const smtp = await startSmtp();
    const port = smtp.port;
    await smtp.close();
    api = await startTestApi({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('keeps the email, counts the attempt and the error, for a later retry', async () => {
    const person = await createTestPerson(api, { email: 'mail.later@example.org' });
    await api.graphql(
      `mutation($input: AccountPasswordResetRequestInput!) { accountPasswordResetRequest(input: $input) { userErrors { code } } }`,
      {
        input: { email: person.email },
      },
    );
    // the link is written by the reset job, after the answer
    await lastEmailTo(api, person.email, 'PASSWORD_RESET');
    await api.app.services.get(emailDeliveryService)!.flush();
    const [row] = await sqlRows<{ sent: boolean; attempts: number; last_error: string }>(
      api.orm.em.fork(),
      `select sent_at is not null as sent, attempts, last_error from email_outbox where recipient = ?`,
      [person.email],
    );
    expect(row!.sent).toBe(false);
    expect(row!.attempts).toBeGreaterThanOrEqual(1);
    expect(row!.last_error).toMatch(/ECONNREFUSED|connect/i);
  });
});
