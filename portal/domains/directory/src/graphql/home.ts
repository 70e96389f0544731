import { graphql } from '@shabaka/graphql';

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
      version
      timeZone
      serverTime
      database {
        reachable
        migrationsApplied
        migrationsPending
      }
    }
  }
`);
