import type { ExplorerExample } from '../../common/module/platform-module.js';

/**
 * The training module's examples in the API explorer (each answers without signing in: the explorer's test runs
 * them anonymously; signed out, `viewer` is null).
 */
export const trainingExamples: readonly ExplorerExample[] = [
  {
    title: 'Training catalogue',
    query: `# Sessions still to come with a seat left, soonest first (times in UTC; show them in Asia/Amman)
query TrainingCatalogue($filter: TrainingSessionFilter, $first: Int) {
  trainingSessions(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id status seatsLeft waitlistCount online language trainers
        course { title { ar en } topic { code name { ar en } } level expectedHours }
        days { startsAt endsAt }
        venue { governorate { code name { ar en } } address { ar en } stepFreeAccess accessibleToilet hearingLoop signLanguageInterpretation }
        eligibility { audience verifiedOrganizationsOnly maxPerOrganization }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { filter: { seatsLeft: true, topics: ['DISABILITY_INCLUSION'] }, first: 10 },
  },
  {
    title: 'My training registrations',
    query: `# Signed in: my registrations, with my place on a waitlist
query MyTraining {
  viewer {
    trainingRegistrations(first: 20) {
      edges { node { id status waitlistPosition session { id startsAt course { title { ar en } } } } }
    }
  }
}`,
  },
  {
    title: 'Verify a training certificate',
    query: `# Anyone: what a certificate's code says (name, course, dates, issuer, valid or revoked)
query VerifyCertificate($code: String!) {
  certificateByCode(code: $code) {
    code participantName courseTitle { ar en } startsAt endsAt issuer { ar en } issuedAt status revokedAt
  }
}`,
    variables: { code: 'DEM0-CERT-0001' },
  },
];
