// The receipt PDF of a submitted application, relayed from the API with the reader's session (the API decides).
import { downloadReceipt } from '@shabaka/domain-grants';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => downloadReceipt(event);
