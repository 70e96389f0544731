import { graphql } from '@shabaka/graphql';

/** One page of the directory with the facets of the whole result and the highlights of the search. */
export const DirectorySearchQuery = graphql(`
  query DirectorySearch(
    $search: String
    $filter: OrganizationFilter
    $orderBy: OrganizationOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    organizations(
      search: $search
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      totalCountIsExact
      fuzzy
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        highlight {
          nameAr {
            text
            match
          }
          nameEn {
            text
            match
          }
          mission {
            text
            match
          }
        }
        node {
          id
          slug
          acronym
          name {
            ar
            en
          }
          mission {
            ar
            en
          }
          district
          governorate {
            code
            name {
              ar
              en
            }
          }
          legalForm {
            code
            name {
              ar
              en
            }
          }
          verification {
            state
          }
          targetGroups {
            code
            name {
              ar
              en
            }
          }
        }
      }
      facets {
        governorates {
          count
          value {
            code
            name {
              ar
              en
            }
          }
        }
        targetGroups {
          count
          value {
            code
            name {
              ar
              en
            }
          }
        }
        sectors {
          count
          value {
            code
            name {
              ar
              en
            }
          }
        }
        legalForms {
          count
          value {
            code
            name {
              ar
              en
            }
          }
        }
        verificationStates {
          count
          value
        }
      }
    }
  }
`);
