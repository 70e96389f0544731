import { graphql } from '@shabaka/graphql';

/** The verification queue: open cases, oldest submission first, searched and filtered, with their wait. */
export const VerificationQueueQuery = graphql(`
  query VerificationQueue($after: String, $search: String, $governorates: [String!], $status: VerificationCaseStatus) {
    verificationCases(search: $search, governorates: $governorates, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          submittedAt
          waitingMinutes
          organization {
            id
            slug
            name {
              ar
              en
            }
            governorate {
              name {
                ar
                en
              }
            }
            legalForm {
              name {
                ar
                en
              }
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

/** One case: the organisation, its evidence and its history. */
export const VerificationCaseQuery = graphql(`
  query VerificationCase($slug: String!) {
    organizationBySlug(slug: $slug) {
      id
      slug
      name {
        ar
        en
      }
      governorate {
        name {
          ar
          en
        }
      }
      legalForm {
        name {
          ar
          en
        }
      }
      identifiers {
        scheme
        identifier
      }
      verification {
        state
        decidedAt
      }
      verificationNote
      verificationEvidence {
        id
        mediaType
        sizeBytes
        sha256
        uploadedAt
      }
    }
  }
`);

export const VerificationHistoryQuery = graphql(`
  query VerificationHistory($subjectId: ID!) {
    auditEvents(subjectId: $subjectId, first: 50) {
      edges {
        node {
          id
          action
          fromState
          toState
          reason
          occurredAt
        }
      }
    }
  }
`);

export const VerificationDecideMutation = graphql(`
  mutation VerificationDecide($input: OrganizationVerificationDecideInput!) {
    organizationVerificationDecide(input: $input) {
      organization {
        verification {
          state
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

/** Claims of listed organisations, waiting for a decision. */
export const ClaimQueueQuery = graphql(`
  query ClaimQueue {
    organizationClaims(first: 50) {
      totalCount
      edges {
        node {
          id
          claimantName
          claimantEmail
          message
          createdAt
          organization {
            slug
            name {
              ar
              en
            }
          }
        }
      }
    }
  }
`);

export const ClaimDecideMutation = graphql(`
  mutation ClaimDecide($input: OrganizationClaimDecideInput!) {
    organizationClaimDecide(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);
