import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';

const REGISTER = `mutation R($input: OrganizationRegisterInput!) {
  organizationRegister(input: $input) { organization { id } userErrors { code } }
}`;
const UPDATE = `mutation U($input: OrganizationUpdateInput!) {
  organizationUpdate(input: $input) {
    organization { name { ar en } mission { ar en } foundingYear website staffCount targetGroups { code } sectors { code } }
    userErrors { field code message }
  }
}`;

interface UpdateResult {
  organizationUpdate: {
    organization: {
      name: { ar: string | null; en: string | null };
      mission: { ar: string | null; en: string | null };
      foundingYear: number | null;
      website: string | null;
      staffCount: number | null;
      targetGroups: { code: string }[];
      sectors: { code: string }[];
    } | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
}

describe('organizationUpdate', () => {
  let api: TestApi;
  let cookie = '';
  let organizationId = '';
  beforeAll(async () => {
    api = await startTestApi();
    const owner = await createTestPerson(api, { name: 'Profile Owner' });
    cookie = await signIn(api, owner.email, owner.password);
    const registered = await api.graphql<{ organizationRegister: { organization: { id: string } } }>(
      REGISTER,
      { input: { nameAr: 'جمعية الندى', legalForm: 'CHARITY', governorate: 'JO-IR' } },
      { headers: { cookie } },
    );
    organizationId = registered.body.data!.organizationRegister.organization.id;
  });
  afterAll(async () => {
    await api.stop();
  });

  const update = async (input: Record<string, unknown>) => {
    const response = await api.graphql<UpdateResult>(
      UPDATE,
      { input: { organizationId, ...input } },
      { headers: { cookie } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.organizationUpdate;
  };

  it('stores names without bidi controls or zero-width characters, which would reorder or hide them', async () => {
    // when a name arrives wrapped in a right-to-left override and with a zero-width space inside
    const result = await update({ nameEn: '\u202EAl-Nada\u200B Society\u202C', acronym: '\u2067AN\u2069' });
    // then what is stored, shown and exported is the name as a reader sees it
    expect(result.userErrors).toEqual([]);
    expect(result.organization?.name.en).toBe('Al-Nada Society');
    // and a name of nothing but such characters is no name
    const empty = await update({ nameAr: '\u200F\u200B', nameEn: '\u202E\u202C' });
    expect(empty.userErrors.map((e) => e.code)).toEqual(['NAME_REQUIRED']);
  });

  it('changes the fields given, keeps the others, and the directory search finds the new name', async () => {
    // when the owner fills in the English side and the lists
    const result = await update({
      nameEn: '  Al-Nada Society ',
      missionEn: 'Home care for older people in Irbid',
      missionAr: 'رعاية منزلية لكبار السن في إربد',
      foundingYear: 2004,
      website: 'https://al-nada.example',
      targetGroups: ['ELDERLY', 'WOMEN', 'WOMEN'],
      sectors: ['HEALTH'],
    });
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.organization).toMatchObject({
      name: { ar: 'جمعية الندى', en: 'Al-Nada Society' },
      mission: { en: 'Home care for older people in Irbid' },
      foundingYear: 2004,
      website: 'https://al-nada.example',
      staffCount: null,
    });
    expect(result.organization!.targetGroups.map((t) => t.code).sort()).toEqual(['ELDERLY', 'WOMEN']);
    // the search table follows (triggers)
    const found = await api.graphql<{ organizations: { totalCount: number } }>(
      `{ organizations(search: "nada soc") { totalCount } }`,
    );
    expect(found.body.data!.organizations.totalCount).toBe(1);

    // a second update leaves the untouched lists alone and clears what is sent as null
    const second = await update({ website: null, sectors: [] });
    expect(second.organization).toMatchObject({ website: null, foundingYear: 2004, sectors: [] });
    expect(second.organization!.targetGroups).toHaveLength(2);
  });

  it('reports every bad field at once and changes nothing', async () => {
    const result = await update({
      nameEn: 'Should not be saved',
      foundingYear: 1850,
      website: 'javascript:alert(1)',
      staffCount: -3,
      sectors: ['NOT_A_SECTOR'],
    });
    expect(result.organization).toBeNull();
    expect(result.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.website', 'INVALID_VALUE'],
      ['input.foundingYear', 'INVALID_VALUE'],
      ['input.staffCount', 'INVALID_VALUE'],
      ['input.sectors', 'UNKNOWN_CODE'],
    ]);
    const now = await api.graphql<{ organization: { name: { en: string } } }>(
      `query($id: ID!) { organization(id: $id) { name { en } } }`,
      { id: organizationId },
    );
    expect(now.body.data!.organization.name.en).toBe('Al-Nada Society');
  });

  it('keeps at least one name', async () => {
    const result = await update({ nameAr: '', nameEn: null });
    expect(result.userErrors).toEqual([
      { field: ['input', 'nameAr'], code: 'NAME_REQUIRED', message: 'keep a name in Arabic or English' },
    ]);
  });
});
