// Thin route: the training micro-frontend owns the certificate verification (public).
import { loadCertificateForm } from '@shabaka/domain-training';

export const load = loadCertificateForm;
