import { currentViewer } from '@shabaka/ui/viewer';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => ({
  locale: event.locals.locale,
  viewer: await currentViewer(event),
});
