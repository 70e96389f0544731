/**
 * The indicators the results module computes, in the dashboard's order. A domain adds its own by a file in this
 * folder and a line here (grants awarded, services, participation and deinstitutionalisation come this way).
 */
import type { IndicatorDefinition } from '../indicator.definition.js';
import { csosSupported } from './csos-supported.indicator.js';
import { grantApplicationsSubmitted } from './grants.indicators.js';
import { partnershipsCsoCso, partnershipsCsoInstitution } from './partnerships.indicators.js';
import { trainingParticipants, trainingSessionsHeld } from './training.indicators.js';

export const INDICATORS: readonly IndicatorDefinition[] = [
  csosSupported,
  trainingSessionsHeld,
  trainingParticipants,
  partnershipsCsoCso,
  partnershipsCsoInstitution,
  grantApplicationsSubmitted,
];
