/**
 * The officers' participation page: the API's suppressed aggregates as a table, broken down by the dimensions
 * ticked in a GET form (works without JavaScript). The API decides who may see them (officers and MoSD officials).
 */
import { error } from '@sveltejs/kit';
import { ApiError, type TrainingParticipationDimension } from '@shabaka/graphql';
import { isOfficer, requireViewer, signInFirst } from '@shabaka/ui/viewer';
import { TrainingParticipationQuery } from './graphql/participation.js';
import type { TrainingEvent } from './loads.js';
import * as m from './paraglide/messages.js';

export const DIMENSIONS: readonly TrainingParticipationDimension[] = [
  'SEX',
  'AGE_BAND',
  'DISABILITY',
  'GOVERNORATE',
  'ORGANIZATION',
];

export const DIMENSION_LABEL: Record<TrainingParticipationDimension, typeof m.dimSEX> = {
  SEX: m.dimSEX,
  AGE_BAND: m.dimAGE_BAND,
  DISABILITY: m.dimDISABILITY,
  GOVERNORATE: m.dimGOVERNORATE,
  ORGANIZATION: m.dimORGANIZATION,
};

/** The dimensions asked for in the query string (`by`, repeated); sex when none. */
export function parseDimensions(params: URLSearchParams): TrainingParticipationDimension[] {
  const asked = params
    .getAll('by')
    .filter((value): value is TrainingParticipationDimension => (DIMENSIONS as readonly string[]).includes(value));
  return asked.length > 0 ? [...new Set(asked)] : ['SEX'];
}

export async function loadParticipation(event: TrainingEvent) {
  const viewer = await requireViewer(event);
  if (!isOfficer(viewer)) error(403, 'Forbidden');
  const by = parseDimensions(event.url.searchParams);
  try {
    const { trainingParticipation, governorates } = await event.locals.api(TrainingParticipationQuery, { by });
    return { report: trainingParticipation, governorates, by };
  } catch (failure) {
    if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') signInFirst(event);
    if (failure instanceof ApiError && failure.code === 'FORBIDDEN') error(403, 'Forbidden');
    throw failure;
  }
}
export type ParticipationData = Awaited<ReturnType<typeof loadParticipation>>;
