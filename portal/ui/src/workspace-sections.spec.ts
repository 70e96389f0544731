import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import WorkspaceSections from './components/WorkspaceSections.svelte';
import OrganizationSlug from './fixtures/OrganizationSlug.svelte';
import type { WorkspaceSection } from './manifest.js';

describe('workspace sections', () => {
  it('lists the links of other domains and gives each component a section of its own', () => {
    const sections: WorkspaceSection[] = [
      { id: 'grants-applications', label: { ar: 'طلبات المنح', en: 'Grant applications' }, href: 'grants/{slug}' },
      {
        id: 'widget',
        label: { ar: 'أداة', en: 'A widget' },
        component: OrganizationSlug,
      },
    ];
    const organization = { id: 'x', slug: 'a b' };
    const { body } = render(WorkspaceSections, { props: { sections, locale: 'en', organization, heading: 'More' } });
    expect(body).toContain('<h2 id="workspace-more">More</h2>');
    expect(body).toContain('href="/en/grants/a%20b"');
    expect(body).toContain('<h2 id="workspace-widget">A widget</h2>');
    expect(body).toContain('en:a b');
    const none = render(WorkspaceSections, { props: { sections: [], locale: 'ar', organization, heading: 'More' } });
    expect(none.body).not.toContain('<h2');
  });
});
