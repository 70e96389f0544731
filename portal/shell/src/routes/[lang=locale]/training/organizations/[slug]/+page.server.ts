// Thin route: the training micro-frontend owns this page's data (an organisation's members and officers).
import { loadOrganizationRegistrations } from '@shabaka/domain-training';

export const load = loadOrganizationRegistrations;
