import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';
import { toGlobalId } from '../../../src/common/relay/global-id.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const QUEUE = `query Q($search: String, $governorates: [String!], $status: VerificationCaseStatus) {
  verificationCases(search: $search, governorates: $governorates, status: $status, first: 10) {
    totalCount
    edges { node { status submittedAt waitingMinutes informationRequestedAt organization { id } } }
  }
}`;
const DECIDE = `mutation D($input: OrganizationVerificationDecideInput!) {
  organizationVerificationDecide(input: $input) { organization { verification { state } } userErrors { code } }
}`;
const SUBMIT = `mutation S($input: OrganizationVerificationSubmitInput!) {
  organizationVerificationSubmit(input: $input) { organization { verification { state } } userErrors { code } }
}`;

interface Queue {
  verificationCases: {
    totalCount: number;
    edges: {
      node: {
        status: string;
        submittedAt: string;
        waitingMinutes: number;
        informationRequestedAt: string | null;
        organization: { id: string };
      };
    }[];
  };
}

describe('the verification queue and the request for more information', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { UPLOAD_DIR: `/tmp/shabaka-test-uploads-${process.pid}-queue` } });
  });
  afterAll(async () => {
    await api.stop();
  });

  const gql = async <T>(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await api.graphql<T>(query, variables, { headers: { cookie } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };

  async function submitted(nameEn: string, governorateCode: string) {
    const [organization] = await createOrganizations(api.orm, [
      { nameEn, governorateCode, verificationState: 'UNVERIFIED' },
    ]);
    const id = toGlobalId('Organization', organization!.id);
    const editor = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'EDITOR' }] });
    const cookie = await signIn(api, editor.email, editor.password);
    const upload = await fetch(`${api.url}/uploads/verification-evidence?organizationId=${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/octet-stream' },
      body: PDF,
    });
    const { evidenceId } = (await upload.json()) as { evidenceId: string };
    await gql(cookie, SUBMIT, { input: { organizationId: id, evidenceId } });
    return { id, cookie, evidenceId };
  }

  it('finds cases by name and governorate, with their wait, and lets an officer ask for more information', async () => {
    // given two organisations that submitted their evidence
    const irbid = await submitted('Queue Test Irbid Society', 'JO-IR');
    const maan = await submitted('Queue Test Maan Society', 'JO-MN');
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    const cookie = await signIn(api, officer.email, officer.password);

    // the queue lists both, oldest first, waiting for an officer; search and governorate narrow it
    const all = await gql<Queue>(cookie, QUEUE, { search: 'queue test' });
    expect(all.verificationCases.edges.map((e) => e.node.organization.id)).toEqual([irbid.id, maan.id]);
    expect(all.verificationCases.edges.map((e) => e.node.status)).toEqual(['WAITING', 'WAITING']);
    expect(all.verificationCases.edges[0]!.node.waitingMinutes).toBeGreaterThanOrEqual(0);
    const inMaan = await gql<Queue>(cookie, QUEUE, { search: 'queue test', governorates: ['JO-MN'] });
    expect(inMaan.verificationCases.edges.map((e) => e.node.organization.id)).toEqual([maan.id]);

    // asking for more information needs the question, keeps the organisation pending and shows it the question
    const bare = await gql<{ organizationVerificationDecide: { userErrors: { code: string }[] } }>(cookie, DECIDE, {
      input: { organizationId: irbid.id, decision: 'INFORMATION_REQUESTED' },
    });
    expect(bare.organizationVerificationDecide.userErrors).toEqual([{ code: 'REASON_REQUIRED' }]);
    const asked = await gql<{
      organizationVerificationDecide: { organization: { verification: { state: string } } };
    }>(cookie, DECIDE, {
      input: { organizationId: irbid.id, decision: 'INFORMATION_REQUESTED', reason: 'Add the stamped page.' },
    });
    expect(asked.organizationVerificationDecide.organization.verification.state).toBe('PENDING');
    const note = await gql<{ organization: { verificationNote: string } }>(
      irbid.cookie,
      `query($id: ID!) { organization(id: $id) { verificationNote } }`,
      { id: irbid.id },
    );
    expect(note.organization.verificationNote).toBe('Add the stamped page.');
    const waitingForOrganisation = await gql<Queue>(cookie, QUEUE, { status: 'INFORMATION_REQUESTED' });
    expect(waitingForOrganisation.verificationCases.edges.map((e) => e.node.organization.id)).toEqual([irbid.id]);
    expect(waitingForOrganisation.verificationCases.edges[0]!.node.informationRequestedAt).not.toBeNull();
    // asking twice is refused
    const twice = await gql<{ organizationVerificationDecide: { userErrors: { code: string }[] } }>(cookie, DECIDE, {
      input: { organizationId: irbid.id, decision: 'INFORMATION_REQUESTED', reason: 'Again' },
    });
    expect(twice.organizationVerificationDecide.userErrors).toEqual([{ code: 'ALREADY_DECIDED' }]);

    // the organisation answers with its evidence: the case waits for an officer again, who verifies it
    const again = await gql<{ organizationVerificationSubmit: { userErrors: unknown[] } }>(irbid.cookie, SUBMIT, {
      input: { organizationId: irbid.id, evidenceId: irbid.evidenceId },
    });
    expect(again.organizationVerificationSubmit.userErrors).toEqual([]);
    const waiting = await gql<Queue>(cookie, QUEUE, { status: 'WAITING', search: 'queue test irbid' });
    expect(waiting.verificationCases.totalCount).toBe(1);
    await gql(cookie, DECIDE, { input: { organizationId: irbid.id, decision: 'VERIFIED' } });
    const left = await gql<Queue>(cookie, QUEUE, { search: 'queue test' });
    expect(left.verificationCases.edges.map((e) => e.node.organization.id)).toEqual([maan.id]);
  });

  it('serves the evidence to be shown in the page', async () => {
    const { evidenceId, cookie } = await submitted('Inline Evidence Society', 'JO-AM');
    const file = await fetch(`${api.url}/uploads/verification-evidence/${evidenceId}`, { headers: { cookie } });
    expect(file.headers.get('content-disposition')).toMatch(/^inline; filename="evidence-.*\.pdf"$/);
  });

  it("leaves the profile's version as it was, so an editor's open form still saves", async () => {
    // given an editor who opened the profile form of an organisation whose evidence is pending
    const { id, cookie: editorCookie } = await submitted('Version Kept Society', 'JO-AZ');
    const VERSION = `query($id: ID!) { organization(id: $id) { version verification { state } } }`;
    const opened = await gql<{ organization: { version: number } }>(editorCookie, VERSION, { id });
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    const officerCookie = await signIn(api, officer.email, officer.password);

    // when an officer asks for more, the organisation submits again, and the officer verifies it
    await gql(officerCookie, DECIDE, {
      input: { organizationId: id, decision: 'INFORMATION_REQUESTED', reason: 'More' },
    });
    const evidence = await fetch(`${api.url}/uploads/verification-evidence?organizationId=${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: { cookie: editorCookie, 'content-type': 'application/octet-stream' },
      body: PDF,
    });
    const { evidenceId } = (await evidence.json()) as { evidenceId: string };
    await gql(editorCookie, SUBMIT, { input: { organizationId: id, evidenceId } });
    await gql(officerCookie, DECIDE, { input: { organizationId: id, decision: 'VERIFIED' } });

    // then the organisation is verified, its version unchanged, and the form opened before saves without conflict
    const now = await gql<{ organization: { version: number; verification: { state: string } } }>(
      editorCookie,
      VERSION,
      { id },
    );
    expect(now.organization).toEqual({ version: opened.organization.version, verification: { state: 'VERIFIED' } });
    const saved = await gql<{ organizationUpdate: { userErrors: { code: string }[] } }>(
      editorCookie,
      `mutation($input: OrganizationUpdateInput!) { organizationUpdate(input: $input) { userErrors { code } } }`,
      { input: { organizationId: id, expectedVersion: opened.organization.version, website: 'https://example.org' } },
    );
    expect(saved.organizationUpdate.userErrors).toEqual([]);
  });
});
