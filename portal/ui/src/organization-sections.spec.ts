import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import OrganizationSections from './components/OrganizationSections.svelte';
import SectionData from './fixtures/SectionData.svelte';

describe('organisation page sections', () => {
  it("gives each domain's section a heading of its own and its component the section's data", () => {
    const sections = [
      { id: 'listings', label: { ar: 'الاحتياجات', en: 'Needs' }, data: { count: 2 }, component: SectionData },
    ];
    const { body } = render(OrganizationSections, { props: { sections, locale: 'en' } });
    expect(body).toContain('aria-labelledby="organization-listings"');
    expect(body).toContain('<h2 id="organization-listings">Needs</h2>');
    expect(body).toContain('en:{"count":2}');
    expect(render(OrganizationSections, { props: { sections: [], locale: 'ar' } }).body).not.toContain('<h2');
  });
});
