import type { ExplorerExample } from '../../common/module/platform-module.js';

/** The grants module's examples in the API explorer (each answers without signing in). */
export const grantsExamples: readonly ExplorerExample[] = [
  {
    title: 'Calls for proposals',
    query: `# Published calls with their lots, rules and questions (times in UTC; show them in Asia/Amman)
query GrantCalls($first: Int) {
  grantCalls(first: $first) {
    totalCount
    edges {
      node {
        id status isOpen opensAt deadlineAt
        title { ar en }
        minGrant { amountMinor currency } maxGrant { amountMinor currency }
        maxGrantJod { amountMinor currency }
        cofinancingRateBps
        eligibility { requiresVerified minYearsRegistered governorateCodes minCoApplicants maxCoApplicants publicAssociatesAllowed }
        requiredDocuments { code name { ar en } }
        guidelinesDocument { sizeBytes path }
        lots { position theme title { ar en } envelope { amountMinor currency } applicationsReceived }
        questions { question { ar en } answer { ar en } publishedAt }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { first: 10 },
  },
];
