import { graphql } from '@shabaka/graphql';

/** A party (organisation or institution) as the partnership pages name and link it. */
export const PartnershipPartyNameFragment = graphql(`
  fragment PartnershipPartyName on PartnershipParty {
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
`);

/** The organisations and institutions the signed-in person acts for, with their role in each. */
export const PartnershipViewerPartiesQuery = graphql(`
  query PartnershipViewerParties {
    viewer {
      roles
      memberships {
        role
        organization {
          id
          slug
          name {
            ar
            en
          }
        }
      }
      institutionMemberships {
        role
        institution {
          id
          slug
          name {
            ar
            en
          }
        }
      }
    }
  }
`);

/** A request as the inbox and outbox show it. */
export const PartnershipRequestSummaryFragment = graphql(`
  fragment PartnershipRequestSummary on PartnershipRequest {
    id
    status
    message
    declineReason
    createdAt
    answeredAt
    from {
      ...PartnershipPartyName
    }
    to {
      ...PartnershipPartyName
    }
    listing {
      id
      kind
      capability {
        code
        name {
          ar
          en
        }
      }
    }
    partnership {
      id
    }
  }
`);

/** One party's inbox and outbox (a page of each). */
export const PartnershipRequestsQuery = graphql(`
  query PartnershipRequests($partyId: ID!, $inboxAfter: String, $outboxAfter: String) {
    inbox: partnershipRequests(partyId: $partyId, box: INBOX, first: 20, after: $inboxAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PartnershipRequestSummary
        }
      }
    }
    outbox: partnershipRequests(partyId: $partyId, box: OUTBOX, first: 20, after: $outboxAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PartnershipRequestSummary
        }
      }
    }
  }
`);

/** The recipient of a new request, and the need or offer it answers (when given). */
export const PartnershipRequestTargetQuery = graphql(`
  query PartnershipRequestTarget($to: ID!, $listing: ID!, $withListing: Boolean!) {
    to: node(id: $to) {
      ... on Organization {
        ...PartnershipPartyName
      }
      ... on Institution {
        ...PartnershipPartyName
      }
    }
    listing: node(id: $listing) @include(if: $withListing) {
      ... on PartnershipListing {
        id
        kind
        capability {
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
          }
          ... on Institution {
            id
          }
        }
      }
    }
  }
`);

/** What a partnership page shows: members, purpose, places, people, dates, agreement and history. */
export const PartnershipDetailFragment = graphql(`
  fragment PartnershipDetail on Partnership {
    id
    agreementDocument {
      sizeBytes
      uploadedAt
    }
    kind
    status
    createdAt
    activatedAt
    startsOn
    endsOn
    mouSignedOn
    agreementReference
    terminationReason
    purpose {
      ar
      en
    }
    governorateCodes
    governorates {
      code
      name {
        ar
        en
      }
    }
    targetGroupCodes
    targetGroups {
      code
      name {
        ar
        en
      }
    }
    members {
      id
      role
      confirmed
      confirmedAt
      party {
        ...PartnershipPartyName
      }
    }
    history {
      id
      at
      from
      to
      reason
    }
  }
`);

export const PartnershipQuery = graphql(`
  query Partnership($id: ID!) {
    partnership(id: $id) {
      ...PartnershipDetail
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

/** A partnership as the registry and the organisation and institution pages list it. */
export const PartnershipSummaryFragment = graphql(`
  fragment PartnershipSummary on Partnership {
    id
    kind
    status
    startsOn
    endsOn
    purpose {
      ar
      en
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
    members {
      id
      role
      party {
        ...PartnershipPartyName
      }
    }
  }
`);

/** One page of the public registry, with the lists its filters offer. */
export const PartnershipRegistryQuery = graphql(`
  query PartnershipRegistry($filter: PartnershipFilter, $first: Int, $after: String, $last: Int, $before: String) {
    partnershipsByGovernorate(filter: $filter) {
      key
      count
    }
    partnerships(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...PartnershipSummary
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
    targetGroups {
      code
      name {
        ar
        en
      }
    }
  }
`);

/** An organisation's partnerships, for its public page. */
export const PartnershipOrganizationPartnershipsQuery = graphql(`
  query PartnershipOrganizationPartnerships($slug: String!) {
    organizationBySlug(slug: $slug) {
      id
      partnerships(first: 20) {
        totalCount
        edges {
          node {
            ...PartnershipSummary
          }
        }
      }
    }
  }
`);

export const PartnershipRequestSendMutation = graphql(`
  mutation PartnershipRequestSend($input: PartnershipRequestSendInput!) {
    partnershipRequestSend(input: $input) {
      request {
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

export const PartnershipRequestAcceptMutation = graphql(`
  mutation PartnershipRequestAccept($input: PartnershipRequestAcceptInput!) {
    partnershipRequestAccept(input: $input) {
      request {
        id
        partnership {
          id
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const PartnershipRequestDeclineMutation = graphql(`
  mutation PartnershipRequestDecline($input: PartnershipRequestDeclineInput!) {
    partnershipRequestDecline(input: $input) {
      request {
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

export const PartnershipRequestWithdrawMutation = graphql(`
  mutation PartnershipRequestWithdraw($input: PartnershipRequestWithdrawInput!) {
    partnershipRequestWithdraw(input: $input) {
      request {
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

export const PartnershipConfirmMutation = graphql(`
  mutation PartnershipConfirm($input: PartnershipConfirmInput!) {
    partnershipConfirm(input: $input) {
      partnership {
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

export const PartnershipUpdateMutation = graphql(`
  mutation PartnershipUpdate($input: PartnershipUpdateInput!) {
    partnershipUpdate(input: $input) {
      partnership {
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

export const PartnershipCompleteMutation = graphql(`
  mutation PartnershipComplete($input: PartnershipCompleteInput!) {
    partnershipComplete(input: $input) {
      partnership {
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

export const PartnershipTerminateMutation = graphql(`
  mutation PartnershipTerminate($input: PartnershipTerminateInput!) {
    partnershipTerminate(input: $input) {
      partnership {
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

/** The officers' overview: counts by status, kind and governorate, requests by status, the oldest pending requests. */
export const PartnershipOverviewQuery = graphql(`
  query PartnershipOverview {
    partnershipOverview {
      total
      byStatus {
        key
        count
      }
      byKind {
        key
        count
      }
      byGovernorate {
        key
        count
      }
      requestsByStatus {
        key
        count
      }
    }
    pendingPartnershipRequests(first: 25) {
      totalCount
      edges {
        node {
          id
          createdAt
          from {
            ...PartnershipPartyName
          }
          to {
            ...PartnershipPartyName
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

/** Where the API serves a partnership's signed agreement (for its members' people and officers; null otherwise). */
export const PartnershipAgreementQuery = graphql(`
  query PartnershipAgreement($id: ID!) {
    partnership(id: $id) {
      agreementDocument {
        path
      }
    }
  }
`);
