import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, lastEmailTo, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';
import { toGlobalId } from '../../../src/common/relay/global-id.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('onboarding: register, invite, submit evidence, verify', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      env: { UPLOAD_DIR: `/tmp/shabaka-test-uploads-${process.pid}`, UPLOAD_MAX_BYTES: '2048' },
    });
  });
  afterAll(async () => {
    await api.stop();
  });

  const gql = async <T>(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await api.graphql<T>(query, variables, { headers: { cookie } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };

  const upload = (cookie: string, organizationId: string, body: Buffer) =>
    fetch(`${api.url}/uploads/verification-evidence?organizationId=${encodeURIComponent(organizationId)}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/octet-stream' },
      body,
    });

  it('takes a new CSO from registration to verified, with an audit trail', async () => {
    // given a signed-in founder
    const founder = await createTestPerson(api, { name: 'Samira Founder' });
    const founderCookie = await signIn(api, founder.email, founder.password);

    // when they register their organisation
    const registered = await gql<{
      organizationRegister: { organization: { id: string; verification: { state: string } }; userErrors: unknown[] };
    }>(
      founderCookie,
      `mutation R($input: OrganizationRegisterInput!) {
        organizationRegister(input: $input) { organization { id verification { state } } userErrors { field code } }
      }`,
      {
        input: {
          nameAr: 'جمعية سنابل الخير',
          nameEn: 'Sanabel Al-Khair Society',
          legalForm: 'CHARITY',
          governorate: 'JO-MA',
          nationalNumber: '2000123456789',
        },
      },
    );
    expect(registered.organizationRegister.userErrors).toEqual([]);
    const organizationId = registered.organizationRegister.organization.id;
    expect(registered.organizationRegister.organization.verification.state).toBe('UNVERIFIED');

    // the same national number cannot be registered twice
    const again = await gql<{ organizationRegister: { userErrors: { field: string[]; code: string }[] } }>(
      founderCookie,
      `mutation R($input: OrganizationRegisterInput!) { organizationRegister(input: $input) { userErrors { field code } } }`,
      { input: { nameEn: 'Copy', legalForm: 'CHARITY', governorate: 'JO-MA', nationalNumber: '2000123456789' } },
    );
    expect(again.organizationRegister.userErrors).toEqual([
      { field: ['input', 'nationalNumber'], code: 'IDENTIFIER_TAKEN' },
    ]);

    // they invite a colleague, who accepts with the emailed link
    const colleague = await createTestPerson(api, { name: 'Yousef Colleague' });
    const invited = await gql<{ organizationMemberInvite: { userErrors: unknown[] } }>(
      founderCookie,
      `mutation I($input: OrganizationMemberInviteInput!) { organizationMemberInvite(input: $input) { userErrors { code } } }`,
      { input: { organizationId, email: colleague.email.toUpperCase(), role: 'EDITOR' } },
    );
    expect(invited.organizationMemberInvite.userErrors).toEqual([]);
    const invitation = await lastEmailTo(api, colleague.email);
    expect(invitation.kind).toBe('ORGANIZATION_INVITATION');
    const colleagueCookie = await signIn(api, colleague.email, colleague.password);
    // someone else cannot use the link
    const stranger = await createTestPerson(api);
    const strangerCookie = await signIn(api, stranger.email, stranger.password);
    const stolen = await gql<{ organizationInvitationAccept: { userErrors: { code: string }[] } }>(
      strangerCookie,
      `mutation A($input: OrganizationInvitationAcceptInput!) { organizationInvitationAccept(input: $input) { userErrors { code } } }`,
      { input: { token: invitation.token } },
    );
    expect(stolen.organizationInvitationAccept.userErrors).toEqual([{ code: 'EMAIL_MISMATCH' }]);
    const accepted = await gql<{ organizationInvitationAccept: { organization: { id: string } } }>(
      colleagueCookie,
      `mutation A($input: OrganizationInvitationAcceptInput!) { organizationInvitationAccept(input: $input) { organization { id } userErrors { code } } }`,
      { input: { token: invitation.token } },
    );
    expect(accepted.organizationInvitationAccept.organization.id).toBe(organizationId);

    // the colleague (an editor) uploads the MoSD registration evidence and submits it
    const wrongType = await upload(colleagueCookie, organizationId, Buffer.from('MZ not a document'));
    expect(wrongType.status).toBe(415);
    expect(
      ((await wrongType.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]!.extensions.reason,
    ).toBe('FILE_TYPE');
    const tooLarge = await upload(colleagueCookie, organizationId, Buffer.concat([PDF, Buffer.alloc(4096)]));
    expect(tooLarge.status).toBe(413);
    expect((await upload(strangerCookie, organizationId, PDF)).status).toBe(403);
    const uploaded = await upload(colleagueCookie, organizationId, PDF);
    expect(uploaded.status).toBe(201);
    const evidence = (await uploaded.json()) as { evidenceId: string; mediaType: string; sha256: string };
    expect(evidence.mediaType).toBe('application/pdf');
    expect(evidence.sha256).toMatch(/^[0-9a-f]{64}$/);
    const submitted = await gql<{
      organizationVerificationSubmit: { organization: { verification: { state: string } } };
    }>(
      colleagueCookie,
      `mutation S($input: OrganizationVerificationSubmitInput!) {
        organizationVerificationSubmit(input: $input) { organization { verification { state } } userErrors { code } }
      }`,
      { input: { organizationId, evidenceId: evidence.evidenceId } },
    );
    expect(submitted.organizationVerificationSubmit.organization.verification.state).toBe('PENDING');

    // a programme officer verifies it
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    const officerCookie = await signIn(api, officer.email, officer.password);
    // after reading the evidence the organisation submitted; a stranger gets 404 for it
    const listedEvidence = await gql<{
      organization: { verificationEvidence: { id: string; sha256: string; downloadPath: string }[] };
    }>(
      officerCookie,
      `query O($id: ID!) { organization(id: $id) { verificationEvidence { id sha256 downloadPath } } }`,
      { id: organizationId },
    );
    expect(listedEvidence.organization.verificationEvidence).toEqual([
      {
        id: evidence.evidenceId,
        sha256: evidence.sha256,
        downloadPath: `/uploads/verification-evidence/${evidence.evidenceId}`,
      },
    ]);
    const download = await fetch(`${api.url}/uploads/verification-evidence/${evidence.evidenceId}`, {
      headers: { cookie: officerCookie },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    const hidden = await fetch(`${api.url}/uploads/verification-evidence/${evidence.evidenceId}`, {
      headers: { cookie: strangerCookie },
    });
    expect(hidden.status).toBe(404);
    const decided = await gql<{
      organizationVerificationDecide: { organization: { verification: { state: string } } };
    }>(
      officerCookie,
      `mutation D($input: OrganizationVerificationDecideInput!) {
        organizationVerificationDecide(input: $input) { organization { verification { state } } userErrors { code } }
      }`,
      { input: { organizationId, decision: 'VERIFIED' } },
    );
    expect(decided.organizationVerificationDecide.organization.verification.state).toBe('VERIFIED');

    // then the public directory shows it verified
    const listed = await api.graphql<{ organizations: { edges: { node: { id: string } }[] } }>(
      `{ organizations(search: "Sanabel", filter: { verificationStates: [VERIFIED] }) { edges { node { id } } } }`,
    );
    expect(listed.body.data?.organizations.edges.map((e) => e.node.id)).toEqual([organizationId]);

    // and the audit log tells who did what, in order
    const audit = await gql<{
      auditEvents: {
        edges: { node: { action: string; fromState: string | null; toState: string | null; actorId: string } }[];
      };
    }>(
      officerCookie,
      `query A($subjectId: ID) { auditEvents(subjectId: $subjectId, first: 10) { edges { node { action fromState toState actorId } } } }`,
      { subjectId: organizationId },
    );
    expect(audit.auditEvents.edges.map((e) => e.node).reverse()).toEqual([
      { action: 'ORGANIZATION_REGISTERED', fromState: null, toState: 'UNVERIFIED', actorId: founder.id },
      { action: 'MEMBER_JOINED', fromState: null, toState: 'EDITOR', actorId: colleague.id },
      { action: 'VERIFICATION_SUBMITTED', fromState: 'UNVERIFIED', toState: 'PENDING', actorId: colleague.id },
      { action: 'VERIFICATION_DECIDED', fromState: 'PENDING', toState: 'VERIFIED', actorId: officer.id },
    ]);
    // members of the organisation cannot read the audit log
    const refused = await api.graphql(
      `{ auditEvents(first: 1) { totalCount } }`,
      {},
      { headers: { cookie: founderCookie } },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a person claim an existing entry, approved by an MoSD official; the last owner cannot leave', async () => {
    const [entry] = await createOrganizations(api.orm, [{ nameEn: 'Old Entry Society' }]);
    const organizationId = toGlobalId('Organization', entry!.id);
    const claimant = await createTestPerson(api);
    const claimantCookie = await signIn(api, claimant.email, claimant.password);
    const claim = await gql<{ organizationClaim: { claimId: string } }>(
      claimantCookie,
      `mutation C($input: OrganizationClaimInput!) { organizationClaim(input: $input) { claimId userErrors { code } } }`,
      { input: { organizationId, message: 'I am the chair of the board.' } },
    );
    const twice = await gql<{ organizationClaim: { userErrors: { code: string }[] } }>(
      claimantCookie,
      `mutation C($input: OrganizationClaimInput!) { organizationClaim(input: $input) { claimId userErrors { code } } }`,
      { input: { organizationId } },
    );
    expect(twice.organizationClaim.userErrors).toEqual([{ code: 'ALREADY_CLAIMED' }]);
    const official = await createTestPerson(api, { roles: ['MOSD_OFFICIAL'] });
    const officialCookie = await signIn(api, official.email, official.password);
    const rejectWithout = await gql<{ organizationClaimDecide: { userErrors: { code: string }[] } }>(
      officialCookie,
      `mutation D($input: OrganizationClaimDecideInput!) { organizationClaimDecide(input: $input) { userErrors { code } } }`,
      { input: { claimId: claim.organizationClaim.claimId, approve: false } },
    );
    expect(rejectWithout.organizationClaimDecide.userErrors).toEqual([{ code: 'REASON_REQUIRED' }]);
    await gql(
      officialCookie,
      `mutation D($input: OrganizationClaimDecideInput!) { organizationClaimDecide(input: $input) { userErrors { code } } }`,
      { input: { claimId: claim.organizationClaim.claimId, approve: true } },
    );
    // the claimant is now the owner: sees the private contacts the public does not
    const asOwner = await gql<{ organization: { privateContacts: unknown[]; members: { role: string }[] } }>(
      claimantCookie,
      `query O($id: ID!) { organization(id: $id) { privateContacts { name } members { role } } }`,
      { id: organizationId },
    );
    expect(asOwner.organization.members).toEqual([{ role: 'OWNER' }]);
    const asPublic = await api.graphql<{ organization: { privateContacts: unknown } | null }>(
      `query O($id: ID!) { organization(id: $id) { privateContacts { name } } }`,
      { id: organizationId },
    );
    expect(asPublic.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // the last owner cannot leave
    const leave = await gql<{ organizationMemberUpdate: { userErrors: { code: string }[] } }>(
      claimantCookie,
      `mutation L($input: OrganizationMemberUpdateInput!) { organizationMemberUpdate(input: $input) { userErrors { code } } }`,
      { input: { organizationId, userId: claimant.id, role: null } },
    );
    expect(leave.organizationMemberUpdate.userErrors).toEqual([{ code: 'LAST_OWNER' }]);
  });
});
