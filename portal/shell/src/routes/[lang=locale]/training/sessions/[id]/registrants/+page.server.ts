// Thin route: the training micro-frontend owns this page's data and forms (officers and the session's trainers).
import {
  cancelRegistration,
  confirmAccommodations,
  issueCertificate,
  issueCertificatesInBulk,
  loadRegistrantsWithCertificates,
  moveRegistration,
  recordScores,
  revokeCertificate,
  setTrainers,
} from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadRegistrantsWithCertificates;
export const actions = {
  cancel: cancelRegistration,
  move: moveRegistration,
  accommodations: confirmAccommodations,
  certificate: issueCertificate,
  certificates: issueCertificatesInBulk,
  revoke: revokeCertificate,
  scores: recordScores,
  trainers: setTrainers,
} satisfies Actions;
