/**
 * Results: the programme's indicators computed from the other domains' records, per quarter and broken down, with
 * the records behind each figure for officers, a public CSV and an IATI 2.03 activity file. The public face of the module.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { resultsExamples } from './results.examples.js';
import { ResultsResolver, indicatorRecordByKey } from './results.resolver.js';
import { resultsIatiRoute } from './iati/iati.routes.js';
import { resultsCsvRoute } from './results.routes.js';

export type { IndicatorDefinition } from './indicator.definition.js';

export const resultsModule: PlatformModule = {
  name: 'results',
  resolvers: [ResultsResolver],
  nodes: { ResultsIndicatorRecord: indicatorRecordByKey },
  routes: [resultsCsvRoute, resultsIatiRoute],
  examples: resultsExamples,
};
