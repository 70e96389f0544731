import { registerEnumType } from 'type-graphql';

export enum OrganizationStatusEnum {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DISSOLVED = 'DISSOLVED',
}
registerEnumType(OrganizationStatusEnum, {
  name: 'OrganizationStatus',
  description: 'Legal status of an organisation.',
  valuesConfig: {
    ACTIVE: { description: 'Registered and operating.' },
    SUSPENDED: { description: 'Activities suspended by the registrar.' },
    DISSOLVED: { description: 'Dissolved; kept for the record.' },
  },
});

export enum VerificationStateEnum {
  UNVERIFIED = 'UNVERIFIED',
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}
registerEnumType(VerificationStateEnum, {
  name: 'VerificationState',
  description: "Whether the programme and MoSD confirmed the organisation's registration.",
  valuesConfig: {
    UNVERIFIED: { description: 'Listed, not yet checked.' },
    PENDING: { description: 'Evidence submitted, awaiting an officer.' },
    VERIFIED: { description: 'Registration confirmed by an officer or MoSD.' },
    REJECTED: { description: 'Evidence did not confirm the registration.' },
  },
});

export enum LocalityTypeEnum {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
}
registerEnumType(LocalityTypeEnum, {
  name: 'LocalityType',
  description: 'Whether the organisation is based in an urban or a rural locality.',
  valuesConfig: { URBAN: { description: 'Urban locality.' }, RURAL: { description: 'Rural locality.' } },
});

export enum BudgetBandEnum {
  UNDER_10K = 'UNDER_10K',
  FROM_10K_TO_50K = 'FROM_10K_TO_50K',
  FROM_50K_TO_250K = 'FROM_50K_TO_250K',
  FROM_250K_TO_1M = 'FROM_250K_TO_1M',
  OVER_1M = 'OVER_1M',
}
registerEnumType(BudgetBandEnum, {
  name: 'BudgetBand',
  description: 'Annual budget band, in Jordanian dinars (JOD).',
  valuesConfig: {
    UNDER_10K: { description: 'Under 10,000 JOD.' },
    FROM_10K_TO_50K: { description: '10,000 to 50,000 JOD.' },
    FROM_50K_TO_250K: { description: '50,000 to 250,000 JOD.' },
    FROM_250K_TO_1M: { description: '250,000 to 1,000,000 JOD.' },
    OVER_1M: { description: 'Over 1,000,000 JOD.' },
  },
});

export enum IdentifierSchemeEnum {
  JO_MSD = 'JO-MSD',
  JO_CCD = 'JO-CCD',
}
registerEnumType(IdentifierSchemeEnum, {
  name: 'IdentifierScheme',
  description: 'org-id.guide scheme of an official identifier.',
  valuesConfig: {
    JO_MSD: {
      description: 'JO-MSD: Ministry of Social Development, Register of Associations (13-digit national number).',
    },
    JO_CCD: { description: 'JO-CCD: Companies Control Department (non-profit companies).' },
  },
});
