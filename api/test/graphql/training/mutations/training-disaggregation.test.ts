/**
 * The optional disaggregation answers (PDPL 2023, sensitive data): kept only with consent, withdrawn and erased by
 * the person, seen individually by programme officers only, exported and erased with the account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { createCourse, createOrganization, createSession, officerCookie, register } from '../training-support.js';

const ANSWERS = {
  sex: 'FEMALE',
  ageBand: 'AGE_25_34',
  seeing: 'NO_DIFFICULTY',
  hearing: 'NO_DIFFICULTY',
  walking: 'A_LOT_OF_DIFFICULTY',
  cognition: 'NO_DIFFICULTY',
  selfCare: 'SOME_DIFFICULTY',
  communication: 'NO_DIFFICULTY',
};

const ANSWERS_OF = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      ... on TrainingRegistration {
        disaggregationConsent {
          textVersion
          purpose
          consentedAt
          withdrawnAt
        }
        disaggregation {
          sex
          ageBand
          walking
          disability
        }
      }
    }
  }
`;

const WITHDRAW = /* GraphQL */ `
  mutation ($input: TrainingDisaggregationWithdrawInput!) {
    trainingDisaggregationWithdraw(input: $input) {
      registration {
        id
        disaggregationConsent {
          withdrawnAt
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`;

interface Node {
  node: {
    disaggregationConsent: {
      textVersion: string;
      purpose: string;
      consentedAt: string;
      withdrawnAt: string | null;
    } | null;
    disaggregation: {
      sex: string | null;
      ageBand: string | null;
      walking: string | null;
      disability: boolean | null;
    } | null;
  } | null;
}

describe('training disaggregation answers and consent', () => {
  let api: TestApi;
  let officer = '';
  let version = '';
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    const text = await api.graphql<{ trainingDisaggregationConsentText: { version: string } }>(
      '{ trainingDisaggregationConsentText { version } }',
    );
    version = text.body.data!.trainingDisaggregationConsentText.version;
  });
  afterAll(async () => {
    await api.stop();
  });

  const person = async (organizationUuid: string) => {
    const created = await createTestPerson(api, {
      memberships: [{ organizationId: organizationUuid, role: 'VIEWER' }],
    });
    return { ...created, cookie: await signIn(api, created.email, created.password) };
  };

  const setting = async () => {
    const session = await createSession(api, officer, await createCourse(api, officer));
    const organization = await createOrganization(api);
    return { session, organization };
  };

  it('refuses answers without consent, and with consent to another version of the text, writing nothing', async () => {
    // given
    const { session, organization } = await setting();
    const someone = await person(organization.uuid);
    // when the answers come without consent
    const refused = await register(
      api,
      { cookie: someone.cookie },
      { sessionId: session.id, organizationId: organization.id, disaggregation: { consent: false, ...ANSWERS } },
    );
    // then
    expect(refused).toEqual({
      registration: null,
      userErrors: [
        expect.objectContaining({ field: ['input', 'disaggregation', 'consent'], code: 'CONSENT_REQUIRED' }),
      ],
    });
    // and with consent to an old text
    const outdated = await register(
      api,
      { cookie: someone.cookie },
      {
        sessionId: session.id,
        organizationId: organization.id,
        disaggregation: { consent: true, consentTextVersion: 'old', sex: 'MALE' },
      },
    );
    expect(outdated.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'disaggregation', 'consentTextVersion'],
        code: 'CONSENT_TEXT_OUTDATED',
      }),
    ]);
    const written = await knexRows<{ n: string }>(
      api.orm.em.getKnex(),
      `select (select count(*) from training_registration where user_id = ?) + (select count(*) from training_disaggregation where user_id = ?) as n`,
      [someone.id, someone.id],
    );
    expect(Number(written[0]!.n)).toBe(0);
  });

  it('keeps consented answers with their consent, shows them to programme officers only, and derives disability', async () => {
    // given a registration with consented answers
    const { session, organization } = await setting();
    const someone = await person(organization.uuid);
    const colleague = await person(organization.uuid);
    const owner = await createTestPerson(api, { memberships: [{ organizationId: organization.uuid, role: 'OWNER' }] });
    const ownerCookie = await signIn(api, owner.email, owner.password);
    const mosd = await createTestPerson(api, { roles: ['MOSD_OFFICIAL'] });
    const mosdCookie = await signIn(api, mosd.email, mosd.password);
    const done = await register(
      api,
      { cookie: someone.cookie },
      {
        sessionId: session.id,
        organizationId: organization.id,
        disaggregation: { consent: true, consentTextVersion: version, ...ANSWERS },
      },
    );
    expect(done.userErrors).toEqual([]);
    const id = done.registration!.id;
    // when a programme officer reads them
    const seen = await api.graphql<Node>(ANSWERS_OF, { id }, { headers: { cookie: officer } });
    // then: the answers and the Washington Group cut-off (walking: a lot of difficulty)
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data!.node).toEqual({
      disaggregationConsent: expect.objectContaining({ textVersion: version, withdrawnAt: null }) as unknown,
      disaggregation: { sex: 'FEMALE', ageBand: 'AGE_25_34', walking: 'A_LOT_OF_DIFFICULTY', disability: true },
    });
    expect(seen.body.data!.node!.disaggregationConsent!.purpose).toMatch(/suppressed/);
    // the person sees their consent but not the answers through this field; a MoSD official is refused the answers
    const own = await api.graphql<Node>(ANSWERS_OF, { id }, { headers: { cookie: someone.cookie } });
    expect(own.body.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['node.disaggregation', 'FORBIDDEN'],
    ]);
    const official = await api.graphql<Node>(ANSWERS_OF, { id }, { headers: { cookie: mosdCookie } });
    expect(official.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // the organisation's owner and a colleague do not even see the registration
    for (const cookie of [ownerCookie, colleague.cookie]) {
      const other = await api.graphql<Node>(ANSWERS_OF, { id }, { headers: { cookie } });
      expect(other.body.data!.node).toBeNull();
    }
    // the public neither
    const anonymous = await api.graphql<Node>(ANSWERS_OF, { id });
    expect(anonymous.body.data?.node ?? null).toBeNull();
  });

  it('erases the answers on withdrawal and records when; a second withdrawal is refused', async () => {
    // given
    const { session, organization } = await setting();
    const someone = await person(organization.uuid);
    const done = await register(
      api,
      { cookie: someone.cookie },
      {
        sessionId: session.id,
        organizationId: organization.id,
        disaggregation: { consent: true, consentTextVersion: version, ...ANSWERS },
      },
    );
    const id = done.registration!.id;
    // when the person withdraws
    const withdrawn = await api.graphql<{
      trainingDisaggregationWithdraw: {
        registration: { disaggregationConsent: { withdrawnAt: string } } | null;
        userErrors: unknown[];
      };
    }>(WITHDRAW, { input: { registrationId: id } }, { headers: { cookie: someone.cookie } });
    // then the withdrawal time is recorded and the answers are gone from the database
    expect(withdrawn.body.data!.trainingDisaggregationWithdraw.userErrors).toEqual([]);
    expect(withdrawn.body.data!.trainingDisaggregationWithdraw.registration!.disaggregationConsent.withdrawnAt).toEqual(
      expect.any(String),
    );
    const [row] = await knexRows<Record<string, unknown>>(
      api.orm.em.getKnex(),
      `select sex, age_band, wg_seeing, wg_hearing, wg_walking, wg_cognition, wg_self_care, wg_communication,
         withdrawn_at is not null as withdrawn from training_disaggregation where user_id = ?`,
      [someone.id],
    );
    expect(row).toEqual({
      sex: null,
      age_band: null,
      wg_seeing: null,
      wg_hearing: null,
      wg_walking: null,
      wg_cognition: null,
      wg_self_care: null,
      wg_communication: null,
      withdrawn: true,
    });
    const seen = await api.graphql<Node>(ANSWERS_OF, { id }, { headers: { cookie: officer } });
    expect(seen.body.data!.node!.disaggregation).toBeNull();
    // withdrawing again, or someone else's registration
    const again = await api.graphql<{ trainingDisaggregationWithdraw: { userErrors: unknown[] } }>(
      WITHDRAW,
      { input: { registrationId: id } },
      { headers: { cookie: someone.cookie } },
    );
    expect(again.body.data!.trainingDisaggregationWithdraw.userErrors).toEqual([
      { field: ['input', 'registrationId'], code: 'NO_CONSENT' },
    ]);
    const other = await api.graphql<{ trainingDisaggregationWithdraw: { userErrors: unknown[] } }>(
      WITHDRAW,
      { input: { registrationId: id } },
      { headers: { cookie: officer } },
    );
    expect(other.body.data!.trainingDisaggregationWithdraw.userErrors).toEqual([
      { field: ['input', 'registrationId'], code: 'REGISTRATION_NOT_FOUND' },
    ]);
  });

  it('puts the answers and their consent in the export, and erasure deletes them', async () => {
    // given
    const { session, organization } = await setting();
    const someone = await person(organization.uuid);
    await register(
      api,
      { cookie: someone.cookie },
      {
        sessionId: session.id,
        organizationId: organization.id,
        disaggregation: { consent: true, consentTextVersion: version, ...ANSWERS },
      },
    );
    // when the person exports their data
    const exported = await api.graphql<{ viewerDataExport: { trainingDisaggregation: unknown[] } }>(
      '{ viewerDataExport }',
      undefined,
      { headers: { cookie: someone.cookie } },
    );
    // then
    expect(exported.body.data!.viewerDataExport.trainingDisaggregation).toEqual([
      expect.objectContaining({
        sex: 'FEMALE',
        age_band: 'AGE_25_34',
        consent: expect.objectContaining({ text_version: version, withdrawn_at: null }) as unknown,
        washington_group: expect.objectContaining({ walking: 'A_LOT_OF_DIFFICULTY' }) as unknown,
      }),
    ]);
    // when they erase their account
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: someone.password } },
      { headers: { cookie: someone.cookie } },
    );
    expect(erased.body.data!.accountErase.userErrors).toEqual([]);
    const left = await knexRows<{ n: string }>(
      api.orm.em.getKnex(),
      'select count(*) as n from training_disaggregation where user_id = ?',
      [someone.id],
    );
    expect(Number(left[0]!.n)).toBe(0);
  });
});
