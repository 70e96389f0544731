// Thin route: a call's guidelines document, relayed from the API (public once the call is published).
import { downloadGuidelines } from '@shabaka/domain-grants';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = downloadGuidelines;
