import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createInstitution, officerCookie, record, type UserErrorShape } from '../deinstitutionalisation-support.js';

const UPDATE = /* GraphQL */ `
  mutation ($input: CareInstitutionUpdateInput!) {
    careInstitutionUpdate(input: $input) {
      institution {
        name {
          ar
          en
        }
        capacity
        active
        version
        governorate {
          code
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

interface UpdateResult {
  careInstitutionUpdate: {
    institution: {
      name: { ar: string | null; en: string | null };
      capacity: number;
      active: boolean;
      version: number;
      governorate: { code: string };
    } | null;
    userErrors: UserErrorShape[];
  };
}

describe('careInstitutionCreate and careInstitutionUpdate', () => {
  let api: TestApi;
  let officer = '';
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const update = (input: Record<string, unknown>) =>
    api.graphql<UpdateResult>(UPDATE, { input }, { headers: { cookie: officer } });

  it('creates an institution, audited, and refuses a missing name, an unknown governorate or a capacity under 1', async () => {
    // given an officer
    // when they create one institution well and three badly
    const made = await createInstitution(api, officer, { governorate: 'JO-AJ' });
    const bad = await api.graphql<{ careInstitutionCreate: { userErrors: UserErrorShape[] } }>(
      `mutation($input: CareInstitutionCreateInput!) { careInstitutionCreate(input: $input) { userErrors { field code } } }`,
      { input: { nameAr: ' ', ownership: 'PRIVATE', governorate: 'JO-XX', capacity: -3 } },
      { headers: { cookie: officer } },
    );
    // then the first is stored and audited, the second answers an error per rule and writes nothing
    const [audit] = await knexRows<{ action: string }>(
      api.orm.em.getKnex(),
      `select action from audit_event where subject_id = ?`,
      [made.uuid],
    );
    expect(audit).toEqual({ action: 'CARE_INSTITUTION_CREATED' });
    expect(bad.body.data!.careInstitutionCreate.userErrors).toEqual([
      { code: 'NAME_REQUIRED', field: ['input', 'nameAr'] },
      { code: 'UNKNOWN_CODE', field: ['input', 'governorate'] },
      { code: 'NEGATIVE_NUMBER', field: ['input', 'capacity'] },
    ]);
    const [count] = await knexRows<{ n: number }>(
      api.orm.em.getKnex(),
      `select count(*)::int as n from care_institution`,
    );
    expect(count!.n).toBe(1);
  });

  it('edits with the version the form was opened at, and refuses a stale one', async () => {
    // given an institution at version 1
    const institution = await createInstitution(api, officer);
    // when edited at version 1, then again at version 1
    const first = await update({ institutionId: institution.id, expectedVersion: 1, capacity: 60, active: false });
    const stale = await update({ institutionId: institution.id, expectedVersion: 1, capacity: 70 });
    // then the first is saved (version 2), the second answers CONFLICT
    expect(first.body.data!.careInstitutionUpdate).toEqual({
      institution: {
        name: { ar: 'دار الاختبار', en: 'Test Care Home' },
        capacity: 60,
        active: false,
        version: 2,
        governorate: { code: 'JO-AM' },
      },
      userErrors: [],
    });
    expect(stale.body.data!.careInstitutionUpdate.userErrors).toMatchObject([
      { code: 'CONFLICT', field: ['input', 'expectedVersion'] },
    ]);
  });

  it('refuses a capacity under the residents of a recorded quarter', async () => {
    // given 30 residents recorded
    const institution = await createInstitution(api, officer);
    await record(api, officer, institution.id, { residents: 30 });
    // when the capacity is lowered to 20
    const response = await update({ institutionId: institution.id, capacity: 20 });
    // then CAPACITY_EXCEEDED
    expect(response.body.data!.careInstitutionUpdate.userErrors).toMatchObject([
      { code: 'CAPACITY_EXCEEDED', field: ['input', 'capacity'] },
    ]);
  });
});
