import type { ExplorerExample } from '../../common/module/platform-module.js';

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
  {
    title: 'Results: the records behind a figure (officers)',
    query: `query ResultsIndicatorRecords($code: String!) {
  resultsIndicatorRecords(code: $code, first: 20) {
    totalCount
    edges { node { recordId recordType label { en } countedAt quarter } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { code: 'CSOS_SUPPORTED' },
  },
];
