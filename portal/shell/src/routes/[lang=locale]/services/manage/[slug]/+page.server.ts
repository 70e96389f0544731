// Thin route: the services micro-frontend owns this page's data and forms.
import { createService, loadManage, updatePlaces } from '@shabaka/domain-services';
import type { Actions } from './$types';

export const load = loadManage;
export const actions = { places: updatePlaces, create: createService } satisfies Actions;
