/**
 * Deinstitutionalisation: residential care institutions for persons with disabilities and the aggregate figures
 * officers report for each quarter (residents, transitions to family and community-based care, community places),
 * published per governorate and quarter with small counts suppressed. No personal data: counts only. The public face
 * of the module: what the platform and other modules may use of it.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { isUuid } from '../../common/relay/global-id.js';
import { DeinstitutionalisationEntities } from './deinstitutionalisation.entities.js';
import { deinstitutionalisationExamples } from './deinstitutionalisation.examples.js';
import {
  CareInstitutionResolver,
  DeinstitutionalisationQueryResolver,
  careInstitutionByKey,
} from './deinstitutionalisation.resolver.js';
import { figuresCsvRoute } from './deinstitutionalisation.routes.js';
import { CareInstitutionCreateResolver } from './mutations/care-institution-create.js';
import { CareInstitutionQuarterRecordResolver } from './mutations/care-institution-quarter-record.js';
import { CareInstitutionUpdateResolver } from './mutations/care-institution-update.js';
import { seedDemoDeinstitutionalisation } from './seed/demo-seed.js';

export const deinstitutionalisationModule: PlatformModule = {
  name: 'deinstitutionalisation',
  entities: DeinstitutionalisationEntities,
  resolvers: [
    DeinstitutionalisationQueryResolver,
    CareInstitutionResolver,
    CareInstitutionCreateResolver,
    CareInstitutionUpdateResolver,
    CareInstitutionQuarterRecordResolver,
  ],
  nodes: { CareInstitution: (ctx, key) => (isUuid(key) ? careInstitutionByKey(ctx, key) : Promise.resolve(null)) },
  routes: [figuresCsvRoute],
  examples: deinstitutionalisationExamples,
  async seedDemo(em) {
    const added = await seedDemoDeinstitutionalisation(em);
    return added > 0 ? `${added} demo care institutions with four quarters of figures` : undefined;
  },
};
