// The evidence file, relayed from the API with the reader's session (the API decides who may read it).
import { downloadEvidence } from '@shabaka/domain-workspace';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => downloadEvidence(event);
