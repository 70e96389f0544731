import { graphql } from '@shabaka/graphql';

/** The institutions the viewer acts for (with their names), to choose whose suggestions to see. */
export const SuggestionsViewerInstitutionsQuery = graphql(`
  query SuggestionsViewerInstitutions {
    viewer {
      institutionMemberships {
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

/** A page of partner suggestions for one party, with scores, breakdowns and reasons in both languages. */
export const PartnerSuggestionsQuery = graphql(`
  query PartnerSuggestions($partyId: ID!, $first: Int, $after: String) {
    partnerSuggestions(partyId: $partyId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        score
        reasons {
          ar
          en
        }
        breakdown {
          criterion
          weight
          points
        }
        node {
          __typename
          ... on Organization {
            id
            slug
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
          ... on Institution {
            id
            slug
            name {
              ar
              en
            }
            institutionGovernorate: governorate {
              code
              name {
                ar
                en
              }
            }
          }
        }
      }
    }
  }
`);
