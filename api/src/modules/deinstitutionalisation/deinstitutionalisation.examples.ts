import type { ExplorerExample } from '../../common/module/platform-module.js';

/** The module's examples in the API explorer (each answers without signing in). */
export const deinstitutionalisationExamples: readonly ExplorerExample[] = [
  {
    title: 'Deinstitutionalisation figures',
    query: `# Residents and transitions per governorate and quarter; suppressed cells have value null
query DeinstitutionalisationFigures {
  deinstitutionalisationFigures {
    quarters
    tables {
      measure
      rows { governorate { code name { ar en } } cells { value suppressed } total { value suppressed } }
      nationalTotals { value suppressed }
      grandTotal { value suppressed }
    }
  }
}`,
  },
];
