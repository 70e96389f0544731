import { graphql } from '@shabaka/graphql';

/** The public verification of a code: only what the certificate says. */
export const TrainingCertificateVerifyQuery = graphql(`
  query TrainingCertificateVerify($code: String!) {
    certificateByCode(code: $code) {
      code
      participantName
      courseTitle {
        ar
        en
      }
      startsAt
      endsAt
      issuer {
        ar
        en
      }
      issuedAt
      status
      revokedAt
    }
  }
`);

/** The signed-in person's certificates. */
export const TrainingMyCertificatesQuery = graphql(`
  query TrainingMyCertificates {
    viewer {
      uuid
      trainingCertificates(first: 100) {
        edges {
          node {
            id
            uuid
            code
            status
            issuedAt
            session {
              uuid
              startsAt
              course {
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

/** Officers: the certificates of a session's confirmed participants, and the bulk issue the officer started. */
export const TrainingSessionCertificatesQuery = graphql(`
  query TrainingSessionCertificates($id: ID!) {
    trainingSession(id: $id) {
      id
      viewerCertificateBatch {
        id
        total
        processed
        issued
        alreadyIssued
        incomplete
        finishedAt
      }
      registrations(first: 100, status: CONFIRMED) {
        edges {
          node {
            id
            certificate {
              id
              uuid
              code
              status
              revocationReason
            }
          }
        }
      }
    }
  }
`);

export const TrainingCertificateIssueMutation = graphql(`
  mutation TrainingCertificateIssue($input: TrainingCertificateIssueInput!) {
    trainingCertificateIssue(input: $input) {
      certificate {
        id
        code
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const TrainingCertificateIssueBulkMutation = graphql(`
  mutation TrainingCertificateIssueBulk($input: TrainingCertificateIssueBulkInput!) {
    trainingCertificateIssueBulk(input: $input) {
      batch {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const TrainingCertificateRevokeMutation = graphql(`
  mutation TrainingCertificateRevoke($input: TrainingCertificateRevokeInput!) {
    trainingCertificateRevoke(input: $input) {
      certificate {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
