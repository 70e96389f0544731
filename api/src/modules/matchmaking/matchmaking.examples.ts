import type { ExplorerExample } from '../../common/module/platform-module.js';

/** The matchmaking module's examples in the API explorer (each answers without signing in). */
export const matchmakingExamples: readonly ExplorerExample[] = [
  {
    title: 'Matchmaking days',
    query: `# Published matchmaking days with their slots and who takes part (and their needs and offers)
query MatchmakingDays($first: Int) {
  matchmakingDays(first: $first) {
    edges {
      node {
        id title { ar en } startsAt endsAt slotMinutes governorateCode venue { ar en } online
        slots { id position startsAt endsAt }
        participants(first: 20) {
          totalCount
          edges { node { id note { ar en } party { __typename ... on Organization { name { ar en } } ... on Institution { name { ar en } } } } }
        }
      }
    }
  }
}`,
    variables: { first: 5 },
  },
];
