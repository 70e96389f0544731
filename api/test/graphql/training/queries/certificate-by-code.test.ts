/**
 * certificateByCode (public) and trainingCertificateRevoke: anyone verifies a code and learns the name, course, dates
 * and issuer only; a revoked certificate says so (without its reason); revoking needs a reason and an officer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  ISSUE_CERTIFICATE,
  type IssuedCertificate,
  markAttended,
  officerCookie,
  sessionWithParticipants,
} from '../training-support.js';

const VERIFY = /* GraphQL */ `
  query ($code: String!) {
    certificateByCode(code: $code) {
      code
      participantName
      courseTitle {
        ar
        en
      }
      startsAt
      endsAt
      issuer {
        ar
        en
      }
      issuedAt
      status
      revokedAt
    }
  }
`;

const REVOKE = /* GraphQL */ `
  mutation ($input: TrainingCertificateRevokeInput!) {
    trainingCertificateRevoke(input: $input) {
      certificate {
        status
        revokedAt
        revocationReason
      }
      userErrors {
        field
        code
      }
    }
  }
`;

interface Revoked {
  trainingCertificateRevoke: {
    certificate: { status: string; revokedAt: string | null; revocationReason: string | null } | null;
    userErrors: { field: string[]; code: string }[];
  };
}

describe('certificateByCode and trainingCertificateRevoke', () => {
  let api: TestApi;
  let officer = '';
  let certificate: IssuedCertificate;
  let holder: { headers: Record<string, string> };
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    const { participants } = await sessionWithParticipants(api, officer, ['Huda Nasser'], {
      titleAr: 'المناصرة المجتمعية',
      titleEn: 'Community advocacy',
    });
    holder = participants[0]!;
    await markAttended(api, officer, participants[0]!.registrationId, [1, 2]);
    const issued = await api.graphql<{ trainingCertificateIssue: { certificate: IssuedCertificate } }>(
      ISSUE_CERTIFICATE,
      { input: { registrationId: participants[0]!.registrationId } },
      { headers: { cookie: officer } },
    );
    certificate = issued.body.data!.trainingCertificateIssue.certificate;
  });
  afterAll(async () => {
    await api.stop();
  });

  it('shows the public the name, course, dates and issuer of a valid code, typed loosely', async () => {
    // when anyone verifies the code, in lower case with spaces instead of dashes
    const typed = certificate.code.toLowerCase().replace(/-/g, ' ');
    const response = await api.graphql<{ certificateByCode: Record<string, unknown> | null }>(VERIFY, { code: typed });

    // then they see what the certificate says, and it stands
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.certificateByCode).toMatchObject({
      code: certificate.code,
      participantName: 'Huda Nasser',
      courseTitle: { ar: 'المناصرة المجتمعية', en: 'Community advocacy' },
      issuer: certificate.issuer,
      status: 'VALID',
      revokedAt: null,
    });
  });

  it('offers the public nothing else of the person or the certificate', async () => {
    // when the public asks for more than the verification holds
    const response = await api.graphql(
      `query($code: String!) { certificateByCode(code: $code) { participantName email userId registration { id } } }`,
      { code: certificate.code },
    );
    // then the schema has no such fields
    expect(response.body.errors?.map((e) => e.message).join(' ')).toMatch(
      /Cannot query field "email".*Cannot query field "userId".*Cannot query field "registration"/s,
    );
  });

  it('answers null for an unknown or malformed code', async () => {
    for (const code of ['ZZZZ-ZZZZ-ZZZZ', 'not a code', 'x'.repeat(500)]) {
      const response = await api.graphql<{ certificateByCode: unknown }>(VERIFY, { code });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.certificateByCode).toBeNull();
    }
  });

  it('refuses a revocation without a reason or by the holder, then revokes with the reason kept out of public view', async () => {
    const revoke = (reason: string, headers: Record<string, string>) =>
      api.graphql<Revoked>(REVOKE, { input: { certificateId: certificate.id, reason } }, { headers });

    // when the holder tries, and an officer tries without a reason
    expect((await revoke('mine', holder.headers)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blank = (await revoke('   ', { cookie: officer })).body.data!.trainingCertificateRevoke;
    expect(blank).toEqual({ certificate: null, userErrors: [{ field: ['input', 'reason'], code: 'INVALID_VALUE' }] });

    // when an officer revokes it with a reason, and again
    const revoked = (await revoke('Attendance sheet was wrong', { cookie: officer })).body.data!
      .trainingCertificateRevoke;
    const again = (await revoke('Again', { cookie: officer })).body.data!.trainingCertificateRevoke;

    // then it is revoked once, audited with the reason, and the public sees "revoked" without the reason
    expect(revoked.certificate).toMatchObject({ status: 'REVOKED', revocationReason: 'Attendance sheet was wrong' });
    expect(again.userErrors).toEqual([{ field: ['input', 'certificateId'], code: 'CERTIFICATE_REVOKED' }]);
    const events = await knexRows<{ action: string; reason: string | null }>(
      api.orm.em.getKnex(),
      `select action, reason from audit_event where subject_id = ? order by id`,
      [certificate.uuid],
    );
    expect(events).toEqual([
      { action: 'TRAINING_CERTIFICATE_ISSUED', reason: null },
      { action: 'TRAINING_CERTIFICATE_REVOKED', reason: 'Attendance sheet was wrong' },
    ]);
    const verified = await api.graphql<{ certificateByCode: { status: string; revokedAt: string | null } }>(VERIFY, {
      code: certificate.code,
    });
    expect(verified.body.data!.certificateByCode.status).toBe('REVOKED');
    expect(verified.body.data!.certificateByCode.revokedAt).not.toBeNull();
  });
});
