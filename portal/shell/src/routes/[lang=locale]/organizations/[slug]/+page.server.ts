import { error } from '@sveltejs/kit';
import { ApiUnavailableError } from '@shabaka/graphql';
import { loadOrganization } from '@shabaka/domain-directory';
import { organizationSections } from '$lib/organization-sections';
import type { PageServerLoad } from './$types';

// Thin route: the directory micro-frontend owns the data; an unknown slug is a 404 for browsers and crawlers. The
// sections other domains add (their `organizationSections`) load their own data beside it.
export const load: PageServerLoad = async (event) => {
  const data = await loadOrganization(event);
  if (data.state === 'notFound') error(404, 'Not found');
  if (data.state !== 'ready') return { ...data, sections: [] };
  const organization = { id: data.organization.id, slug: data.organization.slug };
  const sections = await Promise.all(
    organizationSections.map(async (section) => {
      try {
        return { id: section.id, data: await section.load(event.locals.api, organization) };
      } catch (failure) {
        // a domain that cannot answer leaves its section out; the directory's page still shows
        if (failure instanceof ApiUnavailableError) return { id: section.id, data: null };
        throw failure;
      }
    }),
  );
  return { ...data, sections: sections.filter((section) => section.data !== null) };
};
