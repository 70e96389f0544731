// The contributions' CSV, relayed from the API with the owner's session (the API decides who may have it).
import { downloadContributionsCsv } from '@shabaka/domain-participation';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => downloadContributionsCsv(event);
