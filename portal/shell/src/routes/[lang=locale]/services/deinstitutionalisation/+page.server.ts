// Thin route: the results micro-frontend owns the public deinstitutionalisation figures.
import { loadDeinstFigures } from '@shabaka/domain-results';

export const load = loadDeinstFigures;
