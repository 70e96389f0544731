import { registerEnumType } from 'type-graphql';

export enum InstitutionType {
  MINISTRY = 'MINISTRY',
  MOSD_DIRECTORATE = 'MOSD_DIRECTORATE',
  MUNICIPALITY = 'MUNICIPALITY',
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
}
registerEnumType(InstitutionType, {
  name: 'InstitutionType',
  description: 'What kind of public body an institution is.',
  valuesConfig: {
    MINISTRY: { description: 'A ministry (national).' },
    MOSD_DIRECTORATE: { description: 'A directorate of the Ministry of Social Development in one governorate.' },
    MUNICIPALITY: { description: 'A municipality (or Greater Amman Municipality).' },
    PUBLIC_AGENCY: { description: 'Another public body: an authority, council, fund or centre.' },
  },
});

export enum PartnershipListingKind {
  NEED = 'NEED',
  OFFER = 'OFFER',
}
registerEnumType(PartnershipListingKind, {
  name: 'PartnershipListingKind',
  description: 'Whether a listing says what a party needs or what it can offer.',
  valuesConfig: {
    NEED: { description: 'What the party is looking for in a partner.' },
    OFFER: { description: 'What the party can give a partner.' },
  },
});

export enum PartnershipListingStatus {
  ACTIVE = 'ACTIVE',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}
registerEnumType(PartnershipListingStatus, {
  name: 'PartnershipListingStatus',
  description: 'Whether a listing is shown.',
  valuesConfig: {
    ACTIVE: { description: 'Published and not expired: shown to everyone.' },
    WITHDRAWN: { description: 'Withdrawn by its party: shown to no one.' },
    EXPIRED: { description: 'Its expiry date has passed: shown to no one.' },
  },
});
