// Thin route: a partnership's signed agreement, relayed from the API for its members' people and officers.
import { downloadAgreement } from '@shabaka/domain-partnerships';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = downloadAgreement;
