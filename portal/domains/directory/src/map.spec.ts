import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GovernorateMap from './components/GovernorateMap.svelte';
import { shade } from './governorate-tiles.js';

const governorates = [
  { count: 120, value: { code: 'JO-AM', name: { ar: 'العاصمة', en: 'Amman' } } },
  { count: 7, value: { code: 'JO-AJ', name: { ar: 'عجلون', en: 'Ajloun' } } },
];

describe('governorate map', () => {
  it('links each tile to its filter, names it as it shows it, and marks the selected one', () => {
    const { body } = render(GovernorateMap, {
      props: {
        governorates,
        locale: 'en',
        selected: ['JO-AJ'],
        hrefFor: (code: string) => `/en/directory?governorate=${code}`,
      },
    });
    expect(body).toContain('href="/en/directory?governorate=JO-AM" aria-label="Amman 120 organisations"');
    expect(body).toContain('aria-label="Ajloun 7 organisations (selected)" aria-current="true"');
    // what is seen ("Amman 120") starts the accessible name: the two parts are separated by a space
    expect(body).toMatch(/>Amman<\/tspan> <tspan[^>]*>120<\/tspan>/);
  });

  it('shades by the share of the largest count', () => {
    expect([0, 1, 30, 60, 100].map((count) => shade(count, 100))).toEqual([0, 1, 2, 3, 4]);
  });
});
