// Thin route: the page a certificate's QR code opens (public).
import { loadCertificate } from '@shabaka/domain-training';

export const load = loadCertificate;
