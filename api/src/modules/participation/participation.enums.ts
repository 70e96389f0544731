import { registerEnumType } from 'type-graphql';

export enum ConsultationOwnerKind {
  MOSD = 'MOSD',
  DIRECTORATE = 'DIRECTORATE',
  PROGRAMME = 'PROGRAMME',
}
registerEnumType(ConsultationOwnerKind, {
  name: 'ConsultationOwnerKind',
  description: 'Who puts the draft to organisations.',
  valuesConfig: {
    MOSD: { description: 'The Ministry of Social Development (national).' },
    DIRECTORATE: { description: 'A directorate of the ministry (ownerInstitution says which).' },
    PROGRAMME: { description: 'The programme.' },
  },
});

export enum ConsultationPhase {
  DRAFT = 'DRAFT',
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  ANALYSIS = 'ANALYSIS',
  ANSWERED = 'ANSWERED',
}
registerEnumType(ConsultationPhase, {
  name: 'ConsultationPhase',
  description: 'Where a consultation stands, by its dates and the database clock.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared by its owners: not public.' },
    UPCOMING: { description: 'Published, its open phase has not begun.' },
    OPEN: { description: 'Open phase: verified organisations contribute, change their contributions and endorse.' },
    ANALYSIS: { description: 'Closed to contributions: the owners answer each one.' },
    ANSWERED: { description: 'The report is published: answers and what changed are public.' },
  },
});

export enum ContributionPosition {
  SUPPORT = 'SUPPORT',
  SUPPORT_WITH_CHANGES = 'SUPPORT_WITH_CHANGES',
  OPPOSE = 'OPPOSE',
}
registerEnumType(ContributionPosition, {
  name: 'ContributionPosition',
  description: "An organisation's position on a section.",
  valuesConfig: {
    SUPPORT: { description: 'Supports the section as written.' },
    SUPPORT_WITH_CHANGES: { description: 'Supports it with the changes the comment gives.' },
    OPPOSE: { description: 'Opposes it, for the reasons the comment gives.' },
  },
});

export enum ContributionAnswer {
  ACCEPTED = 'ACCEPTED',
  PARTLY_ACCEPTED = 'PARTLY_ACCEPTED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
}
registerEnumType(ContributionAnswer, {
  name: 'ContributionAnswer',
  description: "The owner's answer to a contribution (always with its reason).",
  valuesConfig: {
    ACCEPTED: { description: 'Taken into the policy.' },
    PARTLY_ACCEPTED: { description: 'Taken in part.' },
    NOT_ACCEPTED: { description: 'Not taken.' },
  },
});

export enum ScorecardDelivery {
  YES = 'YES',
  PARTLY = 'PARTLY',
  NO = 'NO',
}
registerEnumType(ScorecardDelivery, {
  name: 'ScorecardDelivery',
  description: "Whether an adopted policy's service is delivered in a governorate.",
  valuesConfig: {
    YES: { description: 'Delivered.' },
    PARTLY: { description: 'Delivered in part (some places, some people, some of the service).' },
    NO: { description: 'Not delivered.' },
  },
});

export enum OrganizationSizeBand {
  NO_STAFF = 'NO_STAFF',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
  NOT_STATED = 'NOT_STATED',
}
registerEnumType(OrganizationSizeBand, {
  name: 'OrganizationSizeBand',
  description: "An organisation's size by its paid staff (directory profile).",
  valuesConfig: {
    NO_STAFF: { description: 'Volunteers only.' },
    SMALL: { description: '1 to 9 staff.' },
    MEDIUM: { description: '10 to 49 staff.' },
    LARGE: { description: '50 staff or more.' },
    NOT_STATED: { description: 'The profile does not say.' },
  },
});
