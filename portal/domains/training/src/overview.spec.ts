import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { WorkspaceSections } from '@shabaka/ui';
import { manifest } from './manifest.js';
import OverviewPage from './pages/OverviewPage.svelte';

describe('training overview page', () => {
  it.each(['ar', 'en'] as const)('renders its title and status in %s', (locale) => {
    const { body } = render(OverviewPage, { props: { locale } });
    expect(body).toContain(`<h1>${manifest.label[locale]}</h1>`);
    expect(body).toContain('role="status"');
  });
});

describe('training in the organisation workspace', () => {
  it.each(['ar', 'en'] as const)('adds its section through the manifest (%s)', (locale) => {
    const { body } = render(WorkspaceSections, {
      props: {
        sections: manifest.workspaceSections ?? [],
        locale,
        organization: { id: 'T3JnYW5pemF0aW9uOjE=', slug: 'olive-grove' },
        heading: 'More',
      },
    });
    expect(body).toContain(`href="/${locale}/training?organization=olive-grove"`);
    expect(body).toContain(manifest.workspaceSections?.[0]?.label[locale]);
  });
});
