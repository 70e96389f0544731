import { registerEnumType } from 'type-graphql';

export enum GrantCallStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}
registerEnumType(GrantCallStatus, {
  name: 'GrantCallStatus',
  description: 'Where a call for proposals stands.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared by officers: not public.' },
    PUBLISHED: { description: 'Public: applications are accepted from its opening until its deadline.' },
    CLOSED: { description: 'Closed by an officer: no more applications.' },
  },
});

export enum GrantApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
  INELIGIBLE = 'INELIGIBLE',
  ELIGIBLE = 'ELIGIBLE',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SHORTLISTED = 'SHORTLISTED',
  REJECTED = 'REJECTED',
}
registerEnumType(GrantApplicationStatus, {
  name: 'GrantApplicationStatus',
  description:
    'Where an application stands: draft, submitted, then eligible or not, under review, shortlisted or rejected.',
  valuesConfig: {
    DRAFT: { description: "Editable by the lead's and the co-applicants' editors." },
    SUBMITTED: { description: 'Locked, with its receipt number and time.' },
    WITHDRAWN: { description: 'Withdrawn by the lead: it takes no further part.' },
    INELIGIBLE: {
      description:
        'Declared ineligible by an officer (an eligibility decision or a confirmed screening hit), with the reasons.',
    },
    ELIGIBLE: { description: 'Declared eligible by an officer: it waits for its reviewers.' },
    UNDER_REVIEW: { description: 'Reviewers are assigned and score it against the call’s rubric.' },
    SHORTLISTED: { description: 'Shortlisted by an officer from the ranking of its lot.' },
    REJECTED: { description: 'Rejected by an officer from the ranking of its lot.' },
  },
});

export enum GrantLotTheme {
  SOCIAL_INNOVATION = 'SOCIAL_INNOVATION',
  DEINSTITUTIONALISATION = 'DEINSTITUTIONALISATION',
  COMMUNITY_SERVICES = 'COMMUNITY_SERVICES',
  OTHER = 'OTHER',
}
registerEnumType(GrantLotTheme, {
  name: 'GrantLotTheme',
  description: 'The theme of a lot.',
  valuesConfig: {
    SOCIAL_INNOVATION: { description: 'Pilot projects of social innovation in social protection.' },
    DEINSTITUTIONALISATION: {
      description: 'Community-based services that help persons with disabilities leave institutions.',
    },
    COMMUNITY_SERVICES: { description: 'Other community-based social services.' },
    OTHER: { description: 'Another theme (its title says which).' },
  },
});

export enum GrantLocality {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
  BOTH = 'BOTH',
}
registerEnumType(GrantLocality, {
  name: 'GrantLocality',
  description: 'Where a project works: towns, the countryside or both.',
  valuesConfig: {
    URBAN: { description: 'In towns and cities.' },
    RURAL: { description: 'In the countryside.' },
    BOTH: { description: 'In towns and in the countryside.' },
  },
});

export enum GrantPartnerRole {
  CO_APPLICANT = 'CO_APPLICANT',
  ASSOCIATE = 'ASSOCIATE',
}
registerEnumType(GrantPartnerRole, {
  name: 'GrantPartnerRole',
  description: 'How a partner takes part in an application.',
  valuesConfig: {
    CO_APPLICANT: { description: 'A CSO applying with the lead (its editors may edit the draft).' },
    ASSOCIATE: { description: 'A public institution associated with the project (it receives no funds).' },
  },
});

export enum GrantBudgetCategory {
  STAFF = 'STAFF',
  TRAVEL = 'TRAVEL',
  EQUIPMENT = 'EQUIPMENT',
  SERVICES = 'SERVICES',
  ACTIVITIES = 'ACTIVITIES',
  OFFICE = 'OFFICE',
  OTHER = 'OTHER',
  INDIRECT = 'INDIRECT',
}
registerEnumType(GrantBudgetCategory, {
  name: 'GrantBudgetCategory',
  description: 'The category of a budget line.',
  valuesConfig: {
    STAFF: { description: 'Salaries and fees of project staff.' },
    TRAVEL: { description: 'Travel and transport.' },
    EQUIPMENT: { description: 'Equipment and supplies bought for the project.' },
    SERVICES: { description: 'Services bought (housing, care, consultants, audits).' },
    ACTIVITIES: { description: 'Activities with beneficiaries (sessions, visits, events).' },
    OFFICE: { description: 'Office and running costs.' },
    OTHER: { description: 'Anything else (the description says what).' },
    INDIRECT: { description: 'Indirect costs (overheads).' },
  },
});
