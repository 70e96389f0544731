import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { HomeData } from './loads.js';
import HomePage from './pages/HomePage.svelte';

const governorate = (code: string, ar: string, en: string, count: number) => ({
  count,
  value: { code, name: { ar, en } },
});

const ready: HomeData = {
  state: 'ready',
  platform: { name: { ar: 'شبكة', en: 'Shabaka' }, tagline: { ar: 'منصة مفتوحة', en: 'An open platform' } },
  total: 1234,
  verified: 2,
  governorates: [governorate('JO-AM', 'العاصمة', 'Amman', 700), governorate('JO-AJ', 'عجلون', 'Ajloun', 0)],
};

describe('directory home page', () => {
  it('shows the figures in the reader language with Arabic digits and plural forms', () => {
    const { body } = render(HomePage, { props: { data: ready, locale: 'ar' } });
    expect(body).toContain('<h1 lang="ar">شبكة</h1>');
    expect(body).toContain('١٬٢٣٤ منظمة');
    expect(body).toContain('منظمتان موثّقتان'); // the dual form
    expect(body).toContain('href="/ar/directory?governorate=JO-AM"');
    expect(body).toContain('aria-label="عجلون ٠ منظمة"'); // on the map, the label starts with what the tile shows
  });

  it('falls back to the other language and marks it', () => {
    const data: HomeData = { ...ready, platform: { ...ready.platform, tagline: { ar: 'منصة مفتوحة', en: null } } };
    const { body } = render(HomePage, { props: { data, locale: 'en' } });
    expect(body).toMatch(/<p class="tagline[^"]*" lang="ar">منصة مفتوحة<\/p>/);
    expect(body).toContain('1,234 organisations');
    expect(body).toContain('aria-label="Amman 700 organisations"');
  });

  it('explains an unavailable API in the reader language instead of a blank page', () => {
    const ar = render(HomePage, { props: { data: { state: 'unavailable' }, locale: 'ar' } }).body;
    expect(ar).toContain('role="alert"');
    expect(ar).toContain('الخدمة غير متاحة مؤقتًا');
    const en = render(HomePage, { props: { data: { state: 'unavailable' }, locale: 'en' } }).body;
    expect(en).toContain('The service is temporarily unavailable');
  });
});
