/**
 * Uploads of verification evidence have limits (issue 13 item 8): a rate per person and per organisation (counted
 * like the API's rate limits), a quota of bytes not yet submitted per person and per organisation, and files never
 * submitted are removed after UPLOAD_ORPHAN_HOURS by `pnpm uploads:cleanup`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeOrphanedEvidence } from '../../src/modules/verification/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestPerson, signIn } from '../support/accounts.js';

const REGISTER = `mutation R($input: OrganizationRegisterInput!) {
  organizationRegister(input: $input) { organization { id } userErrors { code } }
}`;
const SUBMIT = `mutation S($input: OrganizationVerificationSubmitInput!) {
  organizationVerificationSubmit(input: $input) { userErrors { code } }
}`;

/** A distinct small PDF each time (the store keeps one copy of equal files). */
const pdf = (bytes = 1024): Buffer => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(bytes - 9)]);

async function person(api: TestApi, name: string): Promise<{ cookie: string; organizationId: string }> {
  const someone = await createTestPerson(api, { name });
  const cookie = await signIn(api, someone.email, someone.password);
  const registered = await api.graphql<{ organizationRegister: { organization: { id: string } } }>(
    REGISTER,
    { input: { nameEn: `${name} Society`, legalForm: 'CHARITY', governorate: 'JO-AM' } },
    { headers: { cookie } },
  );
  return { cookie, organizationId: registered.body.data!.organizationRegister.organization.id };
}

function upload(api: TestApi, cookie: string, organizationId: string, body: Buffer): Promise<Response> {
  return fetch(`${api.url}/uploads/verification-evidence?organizationId=${encodeURIComponent(organizationId)}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/pdf' },
    body,
  });
}

describe('evidence upload limits', () => {
  let database: TestDatabase;
  let api: TestApi;
  const uploadDir = `/tmp/shabaka-test-upload-limits-${process.pid}`;
  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startTestApi({
      database,
      env: {
        UPLOAD_DIR: uploadDir,
        UPLOAD_MAX_BYTES: '4096',
        UPLOAD_RATE_LIMIT_PERSON: '10',
        UPLOAD_RATE_LIMIT_ORGANIZATION: '10',
        UPLOAD_QUOTA_PERSON_BYTES: String(6 * 1024),
        UPLOAD_QUOTA_ORGANIZATION_BYTES: String(5 * 1024),
      },
    });
  });
  afterAll(async () => {
    await api.stop();
    await fs.rm(uploadDir, { recursive: true, force: true });
  });

  it('answers 413 to an oversize upload sent in chunks (no length given), not a connection reset', async () => {
    const { cookie, organizationId } = await person(api, 'Oversize');
    const chunk = pdf(1024);
    let sent = 0;
    // 64 KiB in 1 KiB chunks, far above UPLOAD_MAX_BYTES (4 KiB), without a content-length
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 64) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(
      `${api.url}/uploads/verification-evidence?organizationId=${encodeURIComponent(organizationId)}`,
      { method: 'POST', headers: { cookie, 'content-type': 'application/pdf' }, body, duplex: 'half' },
    );
    expect(response.status).toBe(413);
    const problem = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(problem.errors[0]!.message).toBe('the file is larger than 4096 bytes');
    // a reason code and its number, for a client to word in its language (issue 13 item 29)
    expect(problem.errors[0]!.extensions).toMatchObject({ reason: 'FILE_TOO_LARGE', maxBytes: 4096 });
  });

  it('refuses a burst of uploads past the rate, with Retry-After', async () => {
    const { cookie, organizationId } = await person(api, 'Burst');
    // 40 small files at once, as in the report
    const answers = await Promise.all(Array.from({ length: 40 }, () => upload(api, cookie, organizationId, pdf(100))));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    const refused = answers.find((a) => a.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'RATE_LIMITED',
    );
  });

  it('holds the bytes not yet submitted to the quota of the organisation, even for uploads at once', async () => {
    const { cookie, organizationId } = await person(api, 'Quota');
    const answers = await Promise.all(Array.from({ length: 8 }, () => upload(api, cookie, organizationId, pdf(1024))));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 413)).toHaveLength(3);
    const refused = answers.find((a) => a.status === 413)!;
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('QUOTA_EXCEEDED');
    expect(body.errors[0]!.extensions).toMatchObject({ reason: 'QUOTA_EXCEEDED', quotaBytes: 5 * 1024 });
    // submitting frees the quota: what was submitted is the organisation's record, not a pending upload
    const first = (await answers.find((a) => a.status === 201)!.json()) as { evidenceId: string };
    const submitted = await api.graphql<{ organizationVerificationSubmit: { userErrors: unknown[] } }>(
      SUBMIT,
      { input: { organizationId, evidenceId: first.evidenceId } },
      { headers: { cookie } },
    );
    expect(submitted.body.data!.organizationVerificationSubmit.userErrors).toEqual([]);
    expect((await upload(api, cookie, organizationId, pdf(1024))).status).toBe(201);
  });

  it('removes the files never submitted once they are older than the stated time, and keeps the others', async () => {
    const { cookie, organizationId } = await person(api, 'Cleanup');
    const body = async (r: Response) => (await r.json()) as { evidenceId: string; sha256: string };
    const submittedFile = await body(await upload(api, cookie, organizationId, pdf(512)));
    const submitted = await api.graphql<{ organizationVerificationSubmit: { userErrors: unknown[] } }>(
      SUBMIT,
      { input: { organizationId, evidenceId: submittedFile.evidenceId } },
      { headers: { cookie } },
    );
    expect(submitted.body.data!.organizationVerificationSubmit.userErrors).toEqual([]);
    const other = await person(api, 'Cleanup Other');
    const orphan = await body(await upload(api, other.cookie, other.organizationId, pdf(512)));
    const recent = await body(await upload(api, other.cookie, other.organizationId, pdf(512)));
    const file = (sha: string) => path.join(uploadDir, 'verification-evidence', sha);
    // two days pass for all but the recent one
    const knex = api.orm.em.getKnex();
    await knex.raw(`update verification_evidence set created_at = now() - interval '48 hours' where id <> ?`, [
      recent.evidenceId,
    ]);
    await knex.raw(
      `update audit_event set occurred_at = now() - interval '47 hours' where action = 'VERIFICATION_SUBMITTED'`,
    );
    const twoDaysAgo = new Date(Date.now() - 48 * 3600_000);
    for (const sha of [orphan.sha256, submittedFile.sha256]) await fs.utimes(file(sha), twoDaysAgo, twoDaysAgo);

    const removed = await removeOrphanedEvidence(api.orm.em.fork(), uploadDir, new Date(Date.now() - 24 * 3600_000));
    expect(removed.rows).toBeGreaterThanOrEqual(1);
    const ids = (await knex('verification_evidence').select('id')).map((r: { id: string }) => r.id);
    expect(ids).not.toContain(orphan.evidenceId);
    expect(ids).toContain(submittedFile.evidenceId);
    expect(ids).toContain(recent.evidenceId);
    expect(existsSync(file(orphan.sha256))).toBe(false);
    expect(existsSync(file(submittedFile.sha256))).toBe(true);
    expect(existsSync(file(recent.sha256))).toBe(true);
  });
});
