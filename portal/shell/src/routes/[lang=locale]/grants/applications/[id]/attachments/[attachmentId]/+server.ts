// Thin route: an application's attachment, relayed from the API for those who see the application.
import { downloadAttachment } from '@shabaka/domain-grants';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = downloadAttachment;
