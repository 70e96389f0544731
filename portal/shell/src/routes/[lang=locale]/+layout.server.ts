import { loadViewer } from '@shabaka/domain-account';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => ({
  locale: event.locals.locale,
  viewer: await loadViewer(event),
});
