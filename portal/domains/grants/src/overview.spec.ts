import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { manifest } from './manifest.js';
import OverviewPage from './pages/OverviewPage.svelte';

describe('grants overview page', () => {
  it.each(['ar', 'en'] as const)('renders its title and status in %s', (locale) => {
    const { body } = render(OverviewPage, { props: { locale } });
    expect(body).toContain(`<h1>${manifest.label[locale]}</h1>`);
    expect(body).toContain('role="status"');
  });
});
