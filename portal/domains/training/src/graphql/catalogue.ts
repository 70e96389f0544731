import { graphql } from '@shabaka/graphql';

/** What a session's card and page show of it (public: no personal data). */
export const TrainingSessionSummaryFragment = graphql(`
  fragment TrainingSessionSummary on TrainingSession {
    id
    uuid
    status
    startsAt
    endsAt
    online
    language
    seats
    seatsLeft
    waitlistCount
    registrationOpensAt
    registrationDeadline
    course {
      id
      title {
        ar
        en
      }
      level
      audience
      expectedHours
      topic {
        code
        name {
          ar
          en
        }
      }
    }
    venue {
      governorate {
        code
        name {
          ar
          en
        }
      }
    }
  }
`);

/** One page of the catalogue with the lists its filters offer. */
export const TrainingCatalogueQuery = graphql(`
  query TrainingCatalogue($filter: TrainingSessionFilter, $first: Int, $after: String, $last: Int, $before: String) {
    trainingSessions(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          ...TrainingSessionSummary
        }
      }
    }
    trainingTopics {
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
  }
`);
