import { graphql } from '@shabaka/graphql';

export const ResultsDashboardQuery = graphql(`
  query ResultsDashboard {
    resultsIndicators {
      code
      name {
        ar
        en
      }
      definition {
        ar
        en
      }
      unit
      baseline
      target
      actual {
        value
        suppressed
      }
      quarters {
        quarter
        count {
          value
          suppressed
        }
        cumulative {
          value
          suppressed
        }
      }
      breakdowns {
        dimension
        cells {
          key
          label {
            ar
            en
          }
          count {
            value
            suppressed
          }
        }
      }
    }
  }
`);

export const ResultsIndicatorRecordsQuery = graphql(`
  query ResultsIndicatorRecords($code: String!, $quarter: String, $first: Int, $after: String) {
    resultsIndicators {
      code
      name {
        ar
        en
      }
    }
    resultsIndicatorRecords(code: $code, quarter: $quarter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          recordId
          recordType
          label {
            ar
            en
          }
          countedAt
          quarter
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
