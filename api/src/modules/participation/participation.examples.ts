import type { ExplorerExample } from '../../common/module/platform-module.js';

/** The participation module's examples in the API explorer (each answers without signing in). */
export const participationExamples: readonly ExplorerExample[] = [
  {
    title: 'Policy consultations',
    query: `# Open and past consultations with their sections, contributions, answers and report (times in UTC)
query Consultations($first: Int) {
  consultations(first: $first) {
    totalCount
    edges {
      node {
        id phase opensAt closesAt answerDueAt ownerKind
        title { ar en } summary { ar en }
        documents { language url }
        sections {
          position title { ar en }
          positionCounts { support supportWithChanges oppose }
          contributions { position comment organization { name { ar en } } endorsementCount answer answerReason }
          whatChanged { ar en }
        }
        report { organizations { value fewerThanFive } byGovernorate { key organizations { value fewerThanFive } } }
      }
    }
  }
  participationCounts { consultations contributions organizations answers }
}`,
    variables: { first: 5 },
  },
];
