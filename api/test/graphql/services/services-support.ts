import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { knexRows } from '../../../src/database/sql.js';
import type { TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';
import type { MemberRoleName } from '../../../src/common/auth/viewer.js';

export const SERVICE_CREATE = /* GraphQL */ `
  mutation ($input: ServiceCreateInput!) {
    serviceCreate(input: $input) {
      service {
        id
        uuid
        version
        name {
          ar
          en
        }
        category {
          code
        }
        languages
        delivery
        governorates {
          code
        }
        hours {
          weekday
          opensAt
          closesAt
        }
        locations {
          id
          governorate {
            code
          }
          latitude
          longitude
          accessibility
        }
        referral {
          steps {
            ar
            en
          }
          documents {
            ar
          }
        }
        places {
          available
          waitingList
          updatedAt
          outdated
        }
        organization {
          uuid
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

export async function organizationWithMember(
  api: TestApi,
  role: MemberRoleName,
): Promise<{ uuid: string; id: string; cookie: string }> {
  const [organization] = await createOrganizations(api.orm, [{}]);
  const person = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role }] });
  return {
    uuid: organization!.id,
    id: toGlobalId('Organization', organization!.id),
    cookie: await signIn(api, person.email, person.password),
  };
}

/** A home-based rehabilitation service in Ajloun with Jordanian Sign Language and its referral steps. */
export const ajlounRehabilitation = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  nameAr: 'التأهيل المنزلي للأطفال ذوي الإعاقة',
  nameEn: 'Home-based rehabilitation for children with disabilities',
  descriptionAr: 'جلسات علاج طبيعي ووظيفي في بيت الأسرة، مع تدريب الأهل.',
  descriptionEn: "Physiotherapy and occupational therapy sessions at the family's home, with training for parents.",
  category: 'REHABILITATION',
  targetGroups: ['PERSONS_WITH_DISABILITIES'],
  ageMin: 0,
  ageMax: 12,
  fee: 'FREE',
  languages: ['ARABIC', 'JORDANIAN_SIGN_LANGUAGE'],
  delivery: ['HOME_BASED'],
  contactPhone: '+962 2 642 0000',
  referralStepsAr: 'اتصل بنا أو اطلب من الأخصائي الاجتماعي في مديرية التنمية إحالة الطفل؛ نزوركم خلال أسبوعين.',
  referralStepsEn:
    'Call us or ask the social worker at the MoSD directorate to refer the child; we visit within two weeks.',
  documentsAr: 'دفتر العائلة، التقرير الطبي',
  hours: [
    { weekday: 'SUNDAY', opensAt: '08:00', closesAt: '15:00' },
    { weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' },
  ],
  placesAvailable: 4,
  waitingListLength: 9,
  locations: [
    {
      governorate: 'JO-AJ',
      district: 'Kufranjah',
      localityType: 'RURAL',
      addressAr: 'كفرنجة، الشارع الرئيسي',
      latitude: 32.298,
      longitude: 35.703,
      accessibility: ['STEP_FREE_ACCESS', 'SIGN_LANGUAGE_STAFF'],
    },
  ],
  ...overrides,
});

export async function serviceCounts(api: TestApi) {
  return (
    await knexRows<{ services: number; locations: number; hours: number; events: number }>(
      api.orm.em.getKnex(),
      `select (select count(*)::int from service) as services,
              (select count(*)::int from service_location) as locations,
              (select count(*)::int from service_hours) as hours,
              (select count(*)::int from audit_event where subject_type in ('Service', 'ServiceLocation')) as events`,
    )
  )[0]!;
}
