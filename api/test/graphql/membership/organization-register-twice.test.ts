import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';
import { sqlRows } from '../../../src/database/sql.js';
import { toGlobalId } from '../../../src/common/relay/global-id.js';

const REGISTER = `mutation R($input: OrganizationRegisterInput!) {
  organizationRegister(input: $input) { organization { id } similarOrganizations { id } userErrors { field code } }
}`;

interface Registered {
  organizationRegister: {
    organization: { id: string } | null;
    similarOrganizations: { id: string }[];
    userErrors: { field: string[]; code: string }[];
  };
}

describe('organizationRegister sent twice', () => {
  let api: TestApi;
  let cookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    const founder = await createTestPerson(api);
    cookie = await signIn(api, founder.email, founder.password);
  });
  afterAll(async () => {
    await api.stop();
  });

  const register = (input: Record<string, unknown>) =>
    api.graphql<Registered>(REGISTER, { input }, { headers: { cookie } });
  const named = async (nameEn: string) =>
    (
      await sqlRows<{ n: number }>(api.orm.em.fork(), 'select count(*)::int as n from organization where name_en = ?', [
        nameEn,
      ])
    )[0]!.n;

  it('creates one organisation for a double-submitted form with the same idempotency key', async () => {
    // given a registration without a national number, sent twice at the same moment (a double click)
    const input = {
      nameEn: 'Double Click Society',
      legalForm: 'CHARITY',
      governorate: 'JO-IR',
      idempotencyKey: 'form-7d0c1f6e-2b9a-4a57-9d1e-1a2b3c4d5e6f',
    };
    const responses = await Promise.all([register(input), register(input)]);

    // then both answers name the same organisation, and the directory has one
    for (const response of responses) expect(response.body.errors).toBeUndefined();
    const ids = responses.map((r) => r.body.data!.organizationRegister.organization?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
    expect(await named('Double Click Society')).toBe(1);

    // and sending it again later still answers with that organisation
    const again = await register(input);
    expect(again.body.data!.organizationRegister.organization?.id).toBe(ids[0]);
    expect(await named('Double Click Society')).toBe(1);
  });

  it('creates one organisation for the same form sent twice at once by a client that sends no key', async () => {
    const input = {
      nameAr: 'جمعية النقرتين',
      nameEn: 'Two Clicks Society',
      legalForm: 'CHARITY',
      governorate: 'JO-AJ',
    };
    const responses = await Promise.all([register(input), register(input)]);
    const ids = responses.map((r) => r.body.data!.organizationRegister.organization?.id);
    expect(ids[1]).toBe(ids[0]);
    expect(await named('Two Clicks Society')).toBe(1);
  });

  it('registers a near-identical name in the same governorate, naming the organisation it resembles', async () => {
    // given an organisation of Zarqa
    const [existing, elsewhere] = await createOrganizations(api.orm, [
      { nameAr: 'جمعية سنابل الخير', nameEn: 'Sanabel Al-Khair Society', governorateCode: 'JO-AZ' },
      { nameAr: 'جمعية سنابل الخير', nameEn: 'Sanabel Al-Khair Society', governorateCode: 'JO-KA' },
    ]);

    // when someone registers nearly the same name in Zarqa (another key: a new form)
    const response = await register({
      nameAr: 'جمعيه سنابل الخير',
      nameEn: 'Sanabel Al Khair Society',
      legalForm: 'CHARITY',
      governorate: 'JO-AZ',
      idempotencyKey: 'form-second',
    });

    // then it is registered, with a warning that names the Zarqa one (not the one of Karak)
    const payload = response.body.data!.organizationRegister;
    expect(payload.userErrors).toEqual([]);
    expect(payload.organization).not.toBeNull();
    expect(payload.similarOrganizations).toEqual([{ id: toGlobalId('Organization', existing!.id) }]);
    expect(payload.similarOrganizations).not.toContainEqual({ id: toGlobalId('Organization', elsewhere!.id) });

    // and a name unlike any other has no warning
    const distinct = await register({
      nameEn: 'Wadi Rum Heritage Guild',
      legalForm: 'CHARITY',
      governorate: 'JO-AZ',
      idempotencyKey: 'form-third',
    });
    expect(distinct.body.data!.organizationRegister.similarOrganizations).toEqual([]);
  });
});
