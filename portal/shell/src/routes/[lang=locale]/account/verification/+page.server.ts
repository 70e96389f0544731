// Thin route: the account micro-frontend owns this page's data and forms.
import { loadConsole } from '@shabaka/domain-account';

export const load = loadConsole;
