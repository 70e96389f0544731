/**
 * A partnership's signed agreement (issue 15): a member party's editor uploads the PDF over HTTP; the partnership's
 * `agreementDocument` and the download are for its members' people and officers only; the rules (a PDF, a member, a
 * proposed or active partnership) refuse with a typed answer and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/common/relay/global-id.js';
import { knexRows } from '../../src/database/sql.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestPerson, signIn } from '../support/accounts.js';
import { insertPartnership, organizationParty, type Party } from '../graphql/partnerships/requests-support.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('a signed memorandum of understanding\n%%EOF\n')]);

const AGREEMENT = /* GraphQL */ `
  query ($id: ID!) {
    partnership(id: $id) {
      agreementDocument {
        sizeBytes
        uploadedAt
        path
      }
    }
  }
`;

interface Agreement {
  partnership: { agreementDocument: { sizeBytes: number; uploadedAt: string; path: string } | null } | null;
}

describe('a partnership agreement document', () => {
  let api: TestApi;
  let lead: Party;
  let partner: Party;
  let outsider: Party;
  let officerCookie = '';
  let partnerViewerCookie = '';
  beforeAll(async () => {
    api = await startTestApi({ env: { UPLOAD_DIR: `/tmp/shabaka-test-partnership-agreement-${process.pid}` } });
    lead = await organizationParty(api);
    partner = await organizationParty(api);
    outsider = await organizationParty(api);
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    officerCookie = await signIn(api, officer.email, officer.password);
    const viewer = await createTestPerson(api, { memberships: [{ organizationId: partner.uuid, role: 'VIEWER' }] });
    partnerViewerCookie = await signIn(api, viewer.email, viewer.password);
  });
  afterAll(async () => {
    await api.stop();
  });

  const upload = (partnershipId: string, cookie: string, body: Buffer = PDF) =>
    fetch(`${api.url}/uploads/partnership-agreement?partnershipId=${encodeURIComponent(partnershipId)}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/octet-stream' },
      body,
    });
  const agreementAs = async (uuid: string, cookie?: string) => {
    const response = await api.graphql<Agreement>(
      AGREEMENT,
      { id: toGlobalId('Partnership', uuid) },
      cookie ? { headers: { cookie } } : undefined,
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.partnership!.agreementDocument;
  };

  it("is uploaded by a member's editor, then read by the members' people and officers only", async () => {
    // given an active partnership
    const uuid = await insertPartnership(api, { organizations: [lead.uuid, partner.uuid] });

    // when the lead's editor uploads the PDF
    const response = await upload(toGlobalId('Partnership', uuid), lead.cookie);

    // then it is recorded, audited, and shown to the members' people and officers, to no one else
    expect(response.status).toBe(201);
    expect(((await response.json()) as { sizeBytes: number }).sizeBytes).toBe(PDF.length);
    const seen = await agreementAs(uuid, partnerViewerCookie);
    expect(seen).toMatchObject({ sizeBytes: PDF.length, path: `/uploads/partnership-agreement/${uuid}` });
    expect(await agreementAs(uuid, officerCookie)).not.toBeNull();
    expect(await agreementAs(uuid, outsider.cookie)).toBeNull();
    expect(await agreementAs(uuid)).toBeNull();
    const download = (cookie: string) => fetch(`${api.url}${seen!.path}`, { headers: { cookie } });
    const asViewer = await download(partnerViewerCookie);
    expect(asViewer.status).toBe(200);
    expect(asViewer.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await asViewer.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await download(officerCookie)).status).toBe(200);
    expect((await download(outsider.cookie)).status).toBe(404);
    expect((await fetch(`${api.url}${seen!.path}`)).status).toBe(401);
    const events = await knexRows<{ action: string }>(
      api.orm.em.getKnex(),
      "select action from audit_event where subject_id = ? and action like 'PARTNERSHIP_AGREEMENT_%'",
      [uuid],
    );
    expect(events.map((e) => e.action)).toEqual(['PARTNERSHIP_AGREEMENT_UPLOADED']);

    // a second upload replaces it
    const replaced = Buffer.concat([PDF, Buffer.from('% countersigned\n')]);
    expect((await upload(uuid, partner.cookie, replaced)).status).toBe(201);
    expect((await agreementAs(uuid, lead.cookie))!.sizeBytes).toBe(replaced.length);
  });

  it('refuses a file that is not a PDF, an outsider, a viewer and an ended partnership, changing nothing', async () => {
    // given
    const active = await insertPartnership(api, { organizations: [lead.uuid, partner.uuid] });
    const terminated = await insertPartnership(api, {
      organizations: [lead.uuid, partner.uuid],
      status: 'TERMINATED',
    });

    // when
    const png = await upload(active, lead.cookie, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]));
    const byOutsider = await upload(active, outsider.cookie);
    const byViewer = await upload(active, partnerViewerCookie);
    const ended = await upload(terminated, lead.cookie);
    const badId = await upload('not-an-id', lead.cookie);

    // then
    expect(png.status).toBe(415);
    for (const [response, reason] of [
      [byOutsider, 'NOT_A_PARTNERSHIP_MEMBER'],
      [byViewer, 'NOT_A_PARTNERSHIP_MEMBER'],
      [ended, 'WRONG_STATUS'],
    ] as const) {
      expect(response.status).toBe(422);
      const body = (await response.json()) as { errors: { extensions: { reason: string; field: string } }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ reason, field: 'partnershipId' });
    }
    expect(badId.status).toBe(400);
    for (const uuid of [active, terminated]) expect(await agreementAs(uuid, officerCookie)).toBeNull();
  });
});
