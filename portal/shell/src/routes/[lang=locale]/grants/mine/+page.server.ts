// Thin route: the grants micro-frontend owns this page's data.
import { loadMine } from '@shabaka/domain-grants';

export const load = loadMine;
