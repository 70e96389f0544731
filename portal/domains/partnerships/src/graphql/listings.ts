import { graphql } from '@shabaka/graphql';

/** What a need or offer shows wherever it is listed (public: no personal data). */
export const PartnershipListingSummaryFragment = graphql(`
  fragment PartnershipListingSummary on PartnershipListing {
    id
    uuid
    kind
    status
    expiresAt
    description {
      ar
      en
    }
    capability {
      code
      name {
        ar
        en
      }
    }
    governorates {
      code
      name {
        ar
        en
      }
    }
    targetGroups {
      code
      name {
        ar
        en
      }
    }
    party {
      __typename
      ... on Organization {
        id
        slug
        name {
          ar
          en
        }
      }
      ... on Institution {
        id
        slug
        name {
          ar
          en
        }
      }
    }
  }
`);

/** One page of the public needs and offers with the lists their filters offer. */
export const PartnershipListingsQuery = graphql(`
  query PartnershipListings(
    $filter: PartnershipListingFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    partnershipListings(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...PartnershipListingSummary
        }
      }
    }
    partnershipCapabilities {
      code
      name {
        ar
        en
      }
    }
    governorates {
      code
      name {
        ar
        en
      }
    }
    targetGroups {
      code
      name {
        ar
        en
      }
    }
  }
`);

/** One page of the public institutions with the governorates their filter offers. */
export const PartnershipInstitutionsQuery = graphql(`
  query PartnershipInstitutions($filter: InstitutionFilter, $first: Int, $after: String, $last: Int, $before: String) {
    institutions(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          slug
          acronym
          type
          name {
            ar
            en
          }
          governorate {
            code
            name {
              ar
              en
            }
          }
        }
      }
    }
    governorates {
      code
      name {
        ar
        en
      }
    }
  }
`);

/** An institution's public page: its names, type, governorate and active needs and offers. */
export const PartnershipInstitutionQuery = graphql(`
  query PartnershipInstitution($slug: String!, $after: String) {
    institution(slug: $slug) {
      id
      slug
      acronym
      type
      website
      name {
        ar
        en
      }
      governorate {
        code
        name {
          ar
          en
        }
      }
      partnerships(first: 20) {
        totalCount
        edges {
          node {
            ...PartnershipSummary
          }
        }
      }
      partnershipListings(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PartnershipListingSummary
          }
        }
      }
    }
  }
`);

/** The institutions the signed-in person acts for (to offer the institution's editor from its page). */
export const PartnershipViewerInstitutionsQuery = graphql(`
  query PartnershipViewerInstitutions {
    viewer {
      institutionMemberships {
        role
        institution {
          id
          slug
        }
      }
    }
  }
`);

/** An organisation's active needs and offers, for its public page. */
export const PartnershipOrganizationListingsQuery = graphql(`
  query PartnershipOrganizationListings($slug: String!) {
    organizationBySlug(slug: $slug) {
      id
      partnershipListings(first: 50) {
        totalCount
        edges {
          node {
            ...PartnershipListingSummary
          }
        }
      }
    }
  }
`);

/** The code lists the editor's form offers. */
export const PartnershipEditorListsFragment = graphql(`
  fragment PartnershipEditorLists on Query {
    partnershipCapabilities {
      code
      name {
        ar
        en
      }
    }
    governorates {
      code
      name {
        ar
        en
      }
    }
    targetGroups {
      code
      name {
        ar
        en
      }
    }
  }
`);

/** The needs and offers editor of an organisation (its members). */
export const PartnershipOrganizationEditorQuery = graphql(`
  query PartnershipOrganizationEditor($slug: String!) {
    organizationBySlug(slug: $slug) {
      id
      slug
      name {
        ar
        en
      }
      partnershipListings(first: 100) {
        edges {
          node {
            ...PartnershipListingSummary
            targetGroupCodes
            governorateCodes
          }
        }
      }
    }
    ...PartnershipEditorLists
  }
`);

/** The needs and offers editor of an institution (its members), with the viewer's memberships to check the role. */
export const PartnershipInstitutionEditorQuery = graphql(`
  query PartnershipInstitutionEditor($slug: String!) {
    institution(slug: $slug) {
      id
      slug
      type
      name {
        ar
        en
      }
      partnershipListings(first: 100) {
        edges {
          node {
            ...PartnershipListingSummary
            targetGroupCodes
            governorateCodes
          }
        }
      }
    }
    viewer {
      institutionMemberships {
        role
        institution {
          slug
        }
      }
    }
    ...PartnershipEditorLists
  }
`);

export const PartnershipListingPublishMutation = graphql(`
  mutation PartnershipListingPublish($input: PartnershipListingPublishInput!) {
    partnershipListingPublish(input: $input) {
      listing {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const PartnershipListingUpdateMutation = graphql(`
  mutation PartnershipListingUpdate($input: PartnershipListingUpdateInput!) {
    partnershipListingUpdate(input: $input) {
      listing {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const PartnershipListingWithdrawMutation = graphql(`
  mutation PartnershipListingWithdraw($input: PartnershipListingWithdrawInput!) {
    partnershipListingWithdraw(input: $input) {
      listing {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
