import { toGlobalId } from '../../common/relay/global-id.js';
import type {
  BudgetBandEnum,
  LocalityTypeEnum,
  OrganizationStatusEnum,
  VerificationStateEnum,
} from './organization.enums.js';
import { Organization, type OrganizationRecord } from './organization.type.js';

export const ORGANIZATION_TYPE = 'Organization';

/** Entity columns to the public shape: the contract stays stable while tables change. */
export function toOrganization(record: OrganizationRecord): Organization {
  const organization = new Organization();
  organization.record = record;
  organization.id = toGlobalId(ORGANIZATION_TYPE, record.id);
  organization.uuid = record.id;
  organization.slug = record.slug;
  organization.name = { ar: record.nameAr, en: record.nameEn };
  organization.acronym = record.acronym;
  organization.foundingYear = record.foundingYear;
  organization.status = record.status as OrganizationStatusEnum;
  organization.district = record.district;
  organization.localityType = record.localityType as LocalityTypeEnum | null;
  organization.address = { ar: record.addressAr, en: record.addressEn };
  organization.location =
    record.latitude !== null && record.longitude !== null
      ? { latitude: record.latitude, longitude: record.longitude }
      : null;
  organization.mission = { ar: record.missionAr, en: record.missionEn };
  organization.staffCount = record.staffCount;
  organization.volunteerCount = record.volunteerCount;
  organization.budgetBand = record.budgetBand as BudgetBandEnum | null;
  organization.website = record.website;
  organization.socialLinks = record.socialLinks;
  organization.verification = {
    state: record.verificationState as VerificationStateEnum,
    decidedAt: record.verifiedAt,
  };
  organization.createdAt = record.createdAt;
  organization.updatedAt = record.updatedAt;
  return organization;
}
