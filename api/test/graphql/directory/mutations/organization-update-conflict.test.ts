/**
 * Two people edit the same profile: each form carries the version it was opened at, and the later save of a stale
 * form is refused with CONFLICT instead of silently reverting the other's change (issue 13 item 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';

const REGISTER = `mutation R($input: OrganizationRegisterInput!) {
  organizationRegister(input: $input) { organization { id } userErrors { code } }
}`;
const READ = `query($id: ID!) { organization(id: $id) { version mission { en } website } }`;
const UPDATE = `mutation U($input: OrganizationUpdateInput!) {
  organizationUpdate(input: $input) {
    organization { version mission { en } website }
    userErrors { field code message }
  }
}`;

interface Profile {
  version: number;
  mission: { en: string | null };
  website: string | null;
}
interface UpdateResult {
  organizationUpdate: {
    organization: Profile | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
}

describe('organizationUpdate with the version the form was opened at', () => {
  let api: TestApi;
  let cookie = '';
  let organizationId = '';
  beforeAll(async () => {
    api = await startTestApi();
    const owner = await createTestPerson(api, { name: 'Conflict Owner' });
    cookie = await signIn(api, owner.email, owner.password);
    const registered = await api.graphql<{ organizationRegister: { organization: { id: string } } }>(
      REGISTER,
      { input: { nameAr: 'جمعية الأمل', legalForm: 'CHARITY', governorate: 'JO-AM' } },
      { headers: { cookie } },
    );
    organizationId = registered.body.data!.organizationRegister.organization.id;
  });
  afterAll(async () => {
    await api.stop();
  });

  const read = async (): Promise<Profile> => {
    const response = await api.graphql<{ organization: Profile }>(READ, { id: organizationId });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.organization;
  };
  const update = async (input: Record<string, unknown>) => {
    const response = await api.graphql<UpdateResult>(
      UPDATE,
      { input: { organizationId, ...input } },
      { headers: { cookie } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.organizationUpdate;
  };

  it('refuses the second of two saves of the same version, and keeps the first', async () => {
    const opened = await read();
    // two people opened the form at the same version; each saves the whole form, with their one change
    const [first, second] = await Promise.all([
      update({ expectedVersion: opened.version, missionEn: 'Vocational training for young women', website: null }),
      update({ expectedVersion: opened.version, missionEn: null, website: 'https://al-amal.example' }),
    ]);
    const results = [first, second];
    const saved = results.filter((r) => r.userErrors.length === 0);
    const refused = results.filter((r) => r.userErrors.length > 0);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.userErrors).toEqual([
      {
        field: ['input', 'expectedVersion'],
        code: 'CONFLICT',
        message: `the profile was changed meanwhile (it is now at version ${opened.version + 1}): reload it and apply your changes again`,
      },
    ]);
    // the refused answer carries the profile as it is now, so a client can show what changed
    expect(refused[0]!.organization).toEqual(saved[0]!.organization);
    expect(saved[0]!.organization!.version).toBe(opened.version + 1);
    // nothing was reverted: the profile is the first save's, whole
    expect(await read()).toEqual(saved[0]!.organization);
  });

  it('saves again once the form is opened at the version that is now', async () => {
    const now = await read();
    const result = await update({ expectedVersion: now.version, website: 'https://al-amal.example/new' });
    expect(result.userErrors).toEqual([]);
    expect(result.organization).toMatchObject({ version: now.version + 1, website: 'https://al-amal.example/new' });
  });
});
