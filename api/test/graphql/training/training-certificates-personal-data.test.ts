import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import {
  ISSUE_CERTIFICATE,
  type IssuedCertificate,
  createCourse,
  createOrganization,
  createSession,
  markAttended,
  officerCookie,
  register,
} from './training-support.js';

describe('training certificates in the personal data export and erasure', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('exports the certificates with the name on them; erasure removes them, so their code verifies nothing', async () => {
    // given a person with a certificate
    const officer = await officerCookie(api);
    const session = await createSession(api, officer, await createCourse(api, officer));
    const organization = await createOrganization(api);
    const person = await createTestPerson(api, {
      memberships: [{ organizationId: organization.uuid, role: 'VIEWER' }],
    });
    const cookie = await signIn(api, person.email, person.password);
    const mine = await register(api, { cookie }, { sessionId: session.id, organizationId: organization.id });
    await markAttended(api, officer, mine.registration!.id, [1, 2]);
    const issued = await api.graphql<{ trainingCertificateIssue: { certificate: IssuedCertificate } }>(
      ISSUE_CERTIFICATE,
      { input: { registrationId: mine.registration!.id } },
      { headers: { cookie: officer } },
    );
    const certificate = issued.body.data!.trainingCertificateIssue.certificate;

    // when the person downloads their data
    const exported = await api.graphql<{ viewerDataExport: { trainingCertificates: Record<string, unknown>[] } }>(
      `{ viewerDataExport }`,
      undefined,
      { headers: { cookie } },
    );
    // then the certificate is in it
    expect(exported.body.data!.viewerDataExport.trainingCertificates).toEqual([
      expect.objectContaining({
        id: certificate.uuid,
        code: certificate.code,
        participant_name: certificate.participantName,
      }),
    ]);

    // when they erase their account
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: person.password } },
      { headers: { cookie } },
    );
    expect(erased.body.data!.accountErase.userErrors).toEqual([]);

    // then the code no longer verifies (nothing shows their name)
    const verified = await api.graphql<{ certificateByCode: unknown }>(
      `query($code: String!) { certificateByCode(code: $code) { participantName } }`,
      { code: certificate.code },
    );
    expect(verified.body.data!.certificateByCode).toBeNull();
  });
});
