/** What the partnerships tests share: institutions with members, organisations with members, listings made fast. */
import { randomUUID } from 'node:crypto';
import type { MemberRoleName } from '../../../src/common/auth/viewer.js';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import type { TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';

const DAY = 24 * 3_600_000;
let counter = 0;

export const inDays = (days: number): string => new Date(Date.now() + days * DAY).toISOString();

export async function createInstitution(
  api: TestApi,
  fields: { type?: string; governorate?: string | null; nameEn?: string; slug?: string } = {},
): Promise<{ uuid: string; id: string; slug: string }> {
  counter += 1;
  const uuid = randomUUID();
  const slug = fields.slug ?? `test-institution-${counter}-${uuid.slice(0, 8)}`;
  await api.orm.em
    .getKnex()('institution')
    .insert({
      id: uuid,
      slug,
      type: fields.type ?? 'MUNICIPALITY',
      governorate_code: fields.governorate === undefined ? 'JO-MA' : fields.governorate,
      name_en: fields.nameEn ?? `Test institution ${counter}`,
      name_ar: `مؤسسة ${counter}`,
    });
  return { uuid, id: toGlobalId('Institution', uuid), slug };
}

/** A signed-in person acting for an institution with `role`. */
export async function institutionMember(api: TestApi, institutionUuid: string, role: MemberRoleName): Promise<string> {
  const person = await createTestPerson(api);
  await api.orm.em
    .getKnex()('institution_member')
    .insert({ institution_id: institutionUuid, user_id: person.id, role });
  return signIn(api, person.email, person.password);
}

/** An organisation and a signed-in person with `role` in it. */
export async function organizationWithMember(
  api: TestApi,
  role: MemberRoleName,
  fields: { governorateCode?: string } = {},
): Promise<{ uuid: string; id: string; cookie: string }> {
  const [organization] = await createOrganizations(api.orm, [fields]);
  const person = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role }] });
  return {
    uuid: organization!.id,
    id: toGlobalId('Organization', organization!.id),
    cookie: await signIn(api, person.email, person.password),
  };
}

/** Listings written straight to the table (for the queries' tests). */
export async function insertListing(
  api: TestApi,
  fields: {
    organizationId?: string;
    institutionId?: string;
    kind?: 'NEED' | 'OFFER';
    capability?: string;
    governorates?: string[];
    targetGroups?: string[];
    expiresInDays?: number;
    status?: 'ACTIVE' | 'WITHDRAWN';
    createdDaysAgo?: number;
  },
): Promise<string> {
  const id = randomUUID();
  await api.orm.em
    .getKnex()('partnership_listing')
    .insert({
      id,
      kind: fields.kind ?? 'OFFER',
      organization_id: fields.organizationId ?? null,
      institution_id: fields.institutionId ?? null,
      capability_code: fields.capability ?? 'FINANCIAL_MANAGEMENT',
      description_en: 'A listing of the tests',
      governorate_codes: fields.governorates ?? [],
      target_group_codes: fields.targetGroups ?? [],
      expires_at: new Date(Date.now() + (fields.expiresInDays ?? 30) * DAY),
      status: fields.status ?? 'ACTIVE',
      withdrawn_at: fields.status === 'WITHDRAWN' ? new Date() : null,
      created_at: new Date(Date.now() - (fields.createdDaysAgo ?? 0) * DAY - counter++),
    });
  return id;
}

export const PUBLISH = /* GraphQL */ `
  mutation Publish($input: PartnershipListingPublishInput!) {
    partnershipListingPublish(input: $input) {
      listing {
        id
        uuid
        kind
        status
        description {
          ar
          en
        }
        capability {
          code
        }
        governorates {
          code
        }
        targetGroups {
          code
        }
        expiresAt
        party {
          __typename
          ... on Organization {
            uuid
          }
          ... on Institution {
            uuid
          }
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
