// Thin route: the training micro-frontend owns this page's data and forms (officers).
import {
  cancelRegistration,
  confirmAccommodations,
  issueCertificate,
  issueCertificatesInBulk,
  loadRegistrantsWithCertificates,
  moveRegistration,
  revokeCertificate,
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
} satisfies Actions;
