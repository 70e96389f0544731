// Thin route: the public figures as CSV, relayed from the API (the same suppression as the page).
import { downloadDeinstCsv } from '@shabaka/domain-results';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => downloadDeinstCsv(event);
