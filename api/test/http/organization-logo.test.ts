/**
 * An organisation's logo (issue 13 item 34): an editor uploads a PNG, JPEG or WebP, recognised by its content and
 * re-encoded (no SVG, script or metadata is ever served); the public fetches it with its type, caching and nosniff;
 * `Organization.logoUrl` names it; changes and removal are audited.
 */
import fs from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestPerson, signIn } from '../support/accounts.js';
import { fromGlobalId } from '../../src/common/relay/global-id.js';
import { sqlRows } from '../../src/database/sql.js';

const REGISTER = `mutation R($input: OrganizationRegisterInput!) {
  organizationRegister(input: $input) { organization { id slug } userErrors { code } }
}`;
const LOGO = `query L($slug: String!) { organizationBySlug(slug: $slug) { logoUrl } }`;

interface Problem {
  errors: { message: string; extensions: { code: string; reason?: string; maxBytes?: number } }[];
}

async function owner(api: TestApi, name: string) {
  const someone = await createTestPerson(api, { name });
  const cookie = await signIn(api, someone.email, someone.password);
  const registered = await api.graphql<{ organizationRegister: { organization: { id: string; slug: string } } }>(
    REGISTER,
    { input: { nameEn: `${name} Society`, legalForm: 'CHARITY', governorate: 'JO-AM' } },
    { headers: { cookie } },
  );
  return { cookie, ...registered.body.data!.organizationRegister.organization };
}

function put(api: TestApi, cookie: string, organizationId: string, body: Buffer, type = 'image/png') {
  return fetch(`${api.url}/uploads/organization-logo?organizationId=${encodeURIComponent(organizationId)}`, {
    method: 'PUT',
    headers: { cookie, 'content-type': type },
    body,
  });
}

/** A PNG carrying a comment and EXIF metadata that must not survive. */
async function png(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 20, g: 110, b: 80, alpha: 1 } } })
    .png()
    .withMetadata({ exif: { IFD0: { Copyright: 'SECRET-METADATA', ImageDescription: 'gps here' } } })
    .toBuffer();
}

describe('organisation logo', () => {
  let database: TestDatabase;
  let api: TestApi;
  const uploadDir = `/tmp/shabaka-test-logo-${process.pid}`;
  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startTestApi({ database, env: { UPLOAD_DIR: uploadDir, UPLOAD_RATE_LIMIT_PERSON: '1000' } });
  });
  afterAll(async () => {
    await api.stop();
    await fs.rm(uploadDir, { recursive: true, force: true });
  });

  it('refuses an SVG, HTML named .png or a forged PNG, by its content', async () => {
    // given
    const { cookie, id } = await owner(api, 'Svg');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    // when
    const answers = [
      await put(api, cookie, id, svg, 'image/svg+xml'),
      await put(api, cookie, id, Buffer.from('<html><script>alert(1)</script></html>'), 'image/png'),
      // a PNG signature in front of something else: not an image the decoder can read
      await put(api, cookie, id, Buffer.concat([(await png()).subarray(0, 8), svg]), 'image/png'),
    ];
    // then
    expect(answers.map((a) => a.status)).toEqual([415, 415, 422]);
    expect(((await answers[2]!.json()) as Problem).errors[0]!.extensions.reason).toBe('FILE_UNREADABLE');
    const problem = (await answers[0]!.json()) as Problem;
    expect(problem.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE' });
  });

  it('refuses a file over 2 MiB (413 FILE_TOO_LARGE) and an image over 4096 pixels a side (422)', async () => {
    const { cookie, id } = await owner(api, 'Large');
    const large = await put(api, cookie, id, Buffer.concat([await png(), Buffer.alloc(2 * 1024 * 1024)]));
    expect(large.status).toBe(413);
    expect(((await large.json()) as Problem).errors[0]!.extensions).toMatchObject({
      reason: 'FILE_TOO_LARGE',
      maxBytes: 2 * 1024 * 1024,
    });
    const wide = await put(
      api,
      cookie,
      id,
      await sharp({ create: { width: 5000, height: 10, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
    );
    expect(wide.status).toBe(422);
    expect(((await wide.json()) as Problem).errors[0]!.extensions.reason).toBe('FILE_DIMENSIONS');
  });

  it('refuses someone who is not an editor of the organisation (403), and anyone signed out (401)', async () => {
    const { id } = await owner(api, 'Owned');
    const stranger = await createTestPerson(api, { name: 'Stranger' });
    const cookie = await signIn(api, stranger.email, stranger.password);
    expect((await put(api, cookie, id, await png())).status).toBe(403);
    expect((await put(api, '', id, await png())).status).toBe(401);
  });

  it('stores a re-encoded WebP without metadata, serves it publicly, names it in logoUrl, audits and removes it', async () => {
    // given
    const { cookie, id, slug } = await owner(api, 'Logo');
    // when
    const answer = await put(api, cookie, id, await png(), 'application/octet-stream');
    // then
    expect(answer.status).toBe(200);
    const { logoUrl } = (await answer.json()) as { logoUrl: string };
    // the address is under the API's PUBLIC_URL
    const logoPath = new URL(logoUrl).pathname;
    expect(logoPath).toMatch(/^\/organization-logos\/[0-9a-f]{64}\.webp$/);
    const queried = await api.graphql<{ organizationBySlug: { logoUrl: string | null } }>(LOGO, { slug });
    expect(queried.body.data!.organizationBySlug.logoUrl).toBe(logoUrl);

    // the public fetches it, without a session
    const served = await fetch(`${api.url}${logoPath}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await served.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width, meta.height)).toBe(512);
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('SECRET-METADATA'))).toBe(false);

    // audited
    const audited = () =>
      sqlRows<{ action: string }>(
        api.orm.em.fork(),
        `select action from audit_event where subject_id = ? and action like 'ORGANIZATION_LOGO_%' order by id`,
        [fromGlobalId(id)!.key],
      );
    expect((await audited()).map((r) => r.action)).toEqual(['ORGANIZATION_LOGO_CHANGED']);

    // removed: the field is null and the file is gone
    const removed = await fetch(`${api.url}/uploads/organization-logo?organizationId=${encodeURIComponent(id)}`, {
      method: 'DELETE',
      headers: { cookie },
    });
    expect(removed.status).toBe(200);
    const after = await api.graphql<{ organizationBySlug: { logoUrl: string | null } }>(LOGO, { slug });
    expect(after.body.data!.organizationBySlug.logoUrl).toBeNull();
    expect((await fetch(`${api.url}${logoPath}`)).status).toBe(404);
    expect((await audited()).map((r) => r.action)).toEqual(['ORGANIZATION_LOGO_CHANGED', 'ORGANIZATION_LOGO_REMOVED']);
  });
});
