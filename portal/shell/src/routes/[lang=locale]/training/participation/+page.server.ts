// Thin route: the training micro-frontend owns this page's data (officers and MoSD officials).
import { loadParticipation } from '@shabaka/domain-training';

export const load = loadParticipation;
