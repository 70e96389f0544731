import { graphql } from '@shabaka/graphql';

/** The home page: what the platform is and the directory's key figures (one page of 1, for its counts). */
export const DirectoryHomeQuery = graphql(`
  query DirectoryHome {
    platform {
      name {
        ar
        en
      }
      tagline {
        ar
        en
      }
    }
    organizations(first: 1) {
      totalCount
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
        verificationStates {
          count
          value
        }
      }
    }
  }
`);
