import { graphql } from '@shabaka/graphql';

/** Who is signed in, for the header and the account pages. */
export const AccountViewerQuery = graphql(`
  query AccountViewer {
    viewer {
      uuid
      name
      email
      emailVerified
      roles
      memberships {
        role
        organization {
          id
          slug
          name {
            ar
            en
          }
          verification {
            state
          }
        }
      }
    }
  }
`);

/** The account page: sessions and API tokens as well. */
export const AccountOverviewQuery = graphql(`
  query AccountOverview {
    viewer {
      uuid
      name
      email
      emailVerified
      credential
      roles
      memberships {
        role
        organization {
          id
          slug
          name {
            ar
            en
          }
          verification {
            state
          }
        }
      }
      sessions {
        id
        createdAt
        expiresAt
        ipAddress
        userAgent
        current
      }
      apiTokens {
        id
        name
        prefix
        scope
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);
