import { createTestPerson, signIn } from '../../support/accounts.js';
import type { TestApi } from '../../support/api.js';

export async function officerCookie(api: TestApi, role: 'PROGRAMME_OFFICER' | 'MOSD_OFFICIAL' = 'PROGRAMME_OFFICER') {
  const officer = await createTestPerson(api, { roles: [role] });
  return signIn(api, officer.email, officer.password);
}

export interface UserErrorShape {
  field: string[] | null;
  code: string;
  message: string;
}

export async function createInstitution(
  api: TestApi,
  cookie: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; uuid: string; version: number }> {
  const response = await api.graphql<{
    careInstitutionCreate: {
      institution: { id: string; uuid: string; version: number } | null;
      userErrors: UserErrorShape[];
    };
  }>(
    `mutation($input: CareInstitutionCreateInput!) { careInstitutionCreate(input: $input) { institution { id uuid version } userErrors { field code message } } }`,
    {
      input: {
        nameAr: 'دار الاختبار',
        nameEn: 'Test Care Home',
        ownership: 'PUBLIC',
        governorate: 'JO-AM',
        capacity: 50,
        ...input,
      },
    },
    { headers: { cookie } },
  );
  const payload = response.body.data?.careInstitutionCreate;
  if (!payload?.institution) throw new Error(JSON.stringify(response.body));
  return payload.institution;
}

export const RECORD = /* GraphQL */ `
  mutation ($input: CareInstitutionQuarterRecordInput!) {
    careInstitutionQuarterRecord(input: $input) {
      figures {
        period
        residents
        transitionsToFamily
        transitionsToCommunity
        communityPlaces
        version
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

export interface RecordResult {
  careInstitutionQuarterRecord: {
    figures: {
      period: string;
      residents: number;
      transitionsToFamily: number;
      transitionsToCommunity: number;
      communityPlaces: number;
      version: number;
    } | null;
    userErrors: UserErrorShape[];
  };
}

export async function record(
  api: TestApi,
  cookie: string,
  institutionId: string,
  figures: Partial<
    Record<
      | 'year'
      | 'quarter'
      | 'residents'
      | 'transitionsToFamily'
      | 'transitionsToCommunity'
      | 'communityPlaces'
      | 'expectedVersion',
      number
    >
  >,
) {
  return api.graphql<RecordResult>(
    RECORD,
    {
      input: {
        institutionId,
        year: 2025,
        quarter: 1,
        residents: 30,
        transitionsToFamily: 5,
        transitionsToCommunity: 6,
        communityPlaces: 12,
        ...figures,
      },
    },
    { headers: { cookie } },
  );
}
