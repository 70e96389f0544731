import type { ExplorerExample } from '../../common/module/platform-module.js';

/** The explorer's examples run signed out: the officers' records behind a figure (resultsIndicatorRecords) are not one. */
export const resultsExamples: readonly ExplorerExample[] = [
  {
    title: 'Results: indicators against targets',
    query: `query ResultsIndicators {
  resultsIndicators {
    code
    name { ar en }
    target
    actual { value suppressed }
    quarters { quarter count { value suppressed } cumulative { value suppressed } }
    breakdowns { dimension cells { key label { en } count { value suppressed } } }
  }
}`,
  },
];
