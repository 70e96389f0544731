// The registrants' CSV, relayed from the API with the officer's session (the API decides who may have it).
import { downloadRegistrantsCsv } from '@shabaka/domain-training';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => downloadRegistrantsCsv(event);
