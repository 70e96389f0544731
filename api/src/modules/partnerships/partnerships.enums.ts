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

export enum PartnershipRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PartnershipRequestStatus, {
  name: 'PartnershipRequestStatus',
  description: 'Where a partnership request stands.',
  valuesConfig: {
    PENDING: { description: 'Sent, waiting for an answer.' },
    ACCEPTED: { description: 'Accepted by the recipient: a proposed partnership was created.' },
    DECLINED: { description: 'Declined by the recipient, with a reason.' },
    WITHDRAWN: { description: 'Withdrawn by the sender before an answer.' },
  },
});

export enum PartnershipRequestBox {
  INBOX = 'INBOX',
  OUTBOX = 'OUTBOX',
}
registerEnumType(PartnershipRequestBox, {
  name: 'PartnershipRequestBox',
  description: "Which of a party's requests: those it received or those it sent.",
  valuesConfig: {
    INBOX: { description: 'Requests the party received.' },
    OUTBOX: { description: 'Requests the party sent.' },
  },
});

export enum PartnershipStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Where a partnership stands (only active and completed ones are public).',
  valuesConfig: {
    PROPOSED: { description: 'Created by an accepted request, waiting for every member to confirm it.' },
    ACTIVE: { description: 'Confirmed by every member: under way.' },
    COMPLETED: { description: 'Its work is done.' },
    TERMINATED: { description: 'Ended early by a member, with a reason.' },
  },
});

export enum PartnershipKind {
  CSO_CSO = 'CSO_CSO',
  CSO_INSTITUTION = 'CSO_INSTITUTION',
}
registerEnumType(PartnershipKind, {
  name: 'PartnershipKind',
  description: 'Who the partnership brings together.',
  valuesConfig: {
    CSO_CSO: { description: 'Civil society organisations together.' },
    CSO_INSTITUTION: { description: 'Civil society organisations with a public institution.' },
  },
});

export enum PartnershipMemberRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
  PUBLIC_PARTNER = 'PUBLIC_PARTNER',
}
registerEnumType(PartnershipMemberRole, {
  name: 'PartnershipMemberRole',
  description: "A member party's role in a partnership.",
  valuesConfig: {
    LEAD: { description: 'Leads the partnership (the party that sent the request).' },
    PARTNER: { description: 'A civil society partner.' },
    PUBLIC_PARTNER: { description: 'A public institution as partner.' },
  },
});
