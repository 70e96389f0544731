import { error } from '@sveltejs/kit';
import { loadOrganization } from '@shabaka/domain-directory';
import type { PageServerLoad } from './$types';

// Thin route: the directory micro-frontend owns the data; an unknown slug is a 404 for browsers and crawlers.
export const load: PageServerLoad = async (event) => {
  const data = await loadOrganization(event);
  if (data.state === 'notFound') error(404, 'Not found');
  return data;
};
