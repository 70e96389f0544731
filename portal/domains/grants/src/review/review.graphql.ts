import { graphql } from '@shabaka/graphql';

export const ReviewViewerAssignmentsQuery = graphql(`
  query ReviewViewerAssignments {
    viewer {
      reviewAssignments(first: 100) {
        totalCount
        edges {
          node {
            uuid
            status
            assignedAt
            submittedAt
            grantApplication {
              uuid
              receiptNumber
              title {
                ar
                en
              }
              call {
                title {
                  ar
                  en
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const ReviewAssignmentQuery = graphql(`
  query ReviewAssignment($id: ID!) {
    reviewAssignment(id: $id) {
      id
      uuid
      status
      submittedAt
      rubric {
        divergenceMargin
        criteria {
          code
          weight
          title {
            ar
            en
          }
        }
      }
      scores {
        criterionCode
        score
        comment
      }
      peerReviews {
        uuid
        scores {
          criterionCode
          score
          comment
        }
      }
      grantApplication {
        uuid
        receiptNumber
        submittedAt
        title {
          ar
          en
        }
        summary {
          ar
          en
        }
        description {
          ar
          en
        }
        lead {
          name {
            ar
            en
          }
        }
        lot {
          title {
            ar
            en
          }
        }
        call {
          title {
            ar
            en
          }
        }
        budgetTotals {
          requested {
            amountMinor
            currency
          }
          cofinancing {
            amountMinor
            currency
          }
        }
      }
    }
  }
`);

export const ReviewScoresSaveMutation = graphql(`
  mutation ReviewScoresSave($input: ReviewScoresSaveInput!) {
    reviewScoresSave(input: $input) {
      assignment {
        uuid
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ReviewSubmitMutation = graphql(`
  mutation ReviewSubmit($input: ReviewSubmitInput!) {
    reviewSubmit(input: $input) {
      assignment {
        uuid
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ReviewConflictDeclareMutation = graphql(`
  mutation ReviewConflictDeclare($input: ReviewConflictDeclareInput!) {
    reviewConflictDeclare(input: $input) {
      assignment {
        uuid
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const GrantReviewCallApplicationsQuery = graphql(`
  query GrantReviewCallApplications($id: ID!) {
    grantCall(id: $id) {
      id
      uuid
      title {
        ar
        en
      }
      lots {
        id
        title {
          ar
          en
        }
      }
    }
    grantApplications(callId: $id, first: 100) {
      totalCount
      edges {
        node {
          id
          uuid
          status
          receiptNumber
          ineligibleReason
          title {
            ar
            en
          }
          lot {
            id
          }
          lead {
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

export const GrantReviewEligibilityDecideMutation = graphql(`
  mutation GrantReviewEligibilityDecide($input: GrantApplicationEligibilityDecideInput!) {
    grantApplicationEligibilityDecide(input: $input) {
      application {
        uuid
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const GrantReviewAssignQuery = graphql(`
  query GrantReviewAssign($id: ID!) {
    grantApplication(id: $id) {
      id
      uuid
      status
      receiptNumber
      title {
        ar
        en
      }
      call {
        uuid
        title {
          ar
          en
        }
      }
      reviewerCandidates {
        userId
        name
        conflict
        assigned
      }
      reviewAssignments {
        uuid
        status
        reviewerName
      }
    }
  }
`);

export const GrantReviewAssignMutation = graphql(`
  mutation GrantReviewReviewersAssign($input: GrantApplicationReviewersAssignInput!) {
    grantApplicationReviewersAssign(input: $input) {
      application {
        uuid
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const GrantReviewRankingQuery = graphql(`
  query GrantReviewRanking($id: ID!) {
    grantCall(id: $id) {
      uuid
      title {
        ar
        en
      }
    }
    grantCallRanking(callId: $id) {
      lot {
        id
        title {
          ar
          en
        }
      }
      entries {
        rank
        application {
          id
          uuid
          status
          receiptNumber
          rankingNote
          decisionNote
          title {
            ar
            en
          }
          lead {
            name {
              ar
              en
            }
          }
        }
        result {
          assignedCount
          submittedCount
          totals
          meanScore
          divergent
        }
      }
    }
  }
`);

export const GrantReviewAnnotateMutation = graphql(`
  mutation GrantReviewAnnotate($input: GrantApplicationRankingAnnotateInput!) {
    grantApplicationRankingAnnotate(input: $input) {
      application {
        uuid
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const GrantReviewDecideMutation = graphql(`
  mutation GrantReviewDecide($input: GrantApplicationReviewDecideInput!) {
    grantApplicationReviewDecide(input: $input) {
      application {
        uuid
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
