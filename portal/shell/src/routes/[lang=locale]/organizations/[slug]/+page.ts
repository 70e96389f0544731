import { organizationSections } from '$lib/domains';
import type { PageLoad } from './$types';

// The other domains' section components, imported on this page only (their manifests import them lazily).
export const load: PageLoad = async ({ data }) => {
  const sections = await Promise.all(
    data.sections.map(async (loaded) => {
      const section = organizationSections.find((entry) => entry.id === loaded.id);
      if (!section) return null;
      const component = (await section.component()).default;
      return { id: section.id, label: section.label, data: loaded.data, component };
    }),
  );
  return { ...data, sections: sections.filter((section) => section !== null) };
};
