import type { ExplorerExample } from '../../common/module/platform-module.js';

/** The partnerships module's examples in the API explorer (each answers without signing in). */
export const partnershipsExamples: readonly ExplorerExample[] = [
  {
    title: 'Needs and offers',
    query: `# Active offers concerning Mafraq, newest first, with who offers them
query PartnershipOffers($filter: PartnershipListingFilter, $first: Int) {
  partnershipListings(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id kind status expiresAt
        capability { code name { ar en } }
        description { ar en }
        governorates { code name { ar en } }
        targetGroups { code name { ar en } }
        party {
          __typename
          ... on Organization { slug name { ar en } }
          ... on Institution { slug type name { ar en } }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { filter: { kind: 'OFFER', governorate: 'JO-MA' }, first: 10 },
  },
  {
    title: 'Partnership registry',
    query: `# The public registry: active and completed partnerships in Mafraq, with their members and agreement
query PartnershipRegistry($filter: PartnershipFilter, $first: Int, $after: String) {
  partnerships(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      node {
        id kind status purpose { ar en } startsOn endsOn mouSignedOn agreementReference activatedAt
        governorates { code name { ar en } }
        targetGroups { code name { ar en } }
        members {
          role confirmed
          party {
            __typename
            ... on Organization { slug name { ar en } }
            ... on Institution { slug type name { ar en } }
          }
        }
        history { from to at }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { filter: { governorate: 'JO-MA' }, first: 10 },
  },
  {
    title: 'Institutions',
    query: `# The MoSD directorates, with their needs and offers
query Institutions($filter: InstitutionFilter, $first: Int) {
  institutions(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id slug type acronym name { ar en } governorate { code name { ar en } }
        partnershipListings(first: 3) { totalCount edges { node { kind capability { code } } } }
      }
    }
  }
}`,
    variables: { filter: { type: 'MOSD_DIRECTORATE' }, first: 12 },
  },
  {
    title: 'Capabilities',
    query: `# The capability taxonomy of needs and offers
query PartnershipCapabilities {
  partnershipCapabilities { code name { ar en } }
}`,
  },
];
