/**
 * Community services: the services organisations offer (Open Referral HSDS 3.0), where and when, how to be referred,
 * places and waiting lists; the public search with facets; the open data exports (HSDS JSON, 3W CSV with HXL).
 * The public face of the module: what the platform and other modules may use of it.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { ServiceCreateResolver } from './mutations/service-create.js';
import { ServiceDeleteResolver } from './mutations/service-delete.js';
import { ServiceLocationCreateResolver } from './mutations/service-location-create.js';
import { ServiceLocationDeleteResolver } from './mutations/service-location-delete.js';
import { ServiceLocationUpdateResolver } from './mutations/service-location-update.js';
import { ServicePlacesUpdateResolver } from './mutations/service-places-update.js';
import { ServiceUpdateResolver } from './mutations/service-update.js';
import { ServicesEntities } from './services.entities.js';
import { servicesRoutes } from './services.routes.js';
import { placesReminderJob } from './services.reminders.js';
import { seedDemoServices } from './seed/demo-seed.js';
import {
  OrganizationServicesResolver,
  ServiceConnectionResolver,
  ServiceResolver,
  ServicesQueryResolver,
  serviceByKey,
  serviceLocationByKey,
} from './services.resolver.js';

export const servicesModule: PlatformModule = {
  name: 'services',
  entities: ServicesEntities,
  resolvers: [
    ServicesQueryResolver,
    ServiceConnectionResolver,
    ServiceResolver,
    OrganizationServicesResolver,
    ServiceCreateResolver,
    ServiceUpdateResolver,
    ServiceDeleteResolver,
    ServicePlacesUpdateResolver,
    ServiceLocationCreateResolver,
    ServiceLocationUpdateResolver,
    ServiceLocationDeleteResolver,
  ],
  routes: servicesRoutes,
  jobs: [placesReminderJob],
  nodes: { Service: serviceByKey, ServiceLocation: serviceLocationByKey },
  async seedDemo(em) {
    const added = await seedDemoServices(em);
    return added > 0 ? `${added} demo services in the 12 governorates` : undefined;
  },
};
