/**
 * The platform's domain modules, in dependency order (a module may use those before it). Adding a domain: its folder
 * under modules/ with an index.ts exporting its PlatformModule, one line here, and its migration.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../common/module/platform-module.js';
import { accountsModule } from './accounts/index.js';
import { deinstitutionalisationModule } from './deinstitutionalisation/index.js';
import { directoryModule } from './directory/index.js';
import { grantsModule } from './grants/index.js';
import { matchmakingModule } from './matchmaking/index.js';
import { membershipModule } from './membership/index.js';
import { participationModule } from './participation/index.js';
import { partnershipsModule } from './partnerships/index.js';
import { platformModule } from './platform/index.js';
import { reviewModule } from './review/index.js';
import { servicesModule } from './services/index.js';
import { resultsModule } from './results/index.js';
import { trainingModule } from './training/index.js';
import { verificationModule } from './verification/index.js';

export const modules: readonly PlatformModule[] = [
  platformModule,
  directoryModule,
  accountsModule,
  membershipModule,
  verificationModule,
  trainingModule,
  partnershipsModule,
  reviewModule,
  grantsModule,
  matchmakingModule,
  servicesModule,
  deinstitutionalisationModule,
  participationModule,
  resultsModule,
];
