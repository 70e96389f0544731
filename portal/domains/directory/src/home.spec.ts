import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { HomeData } from './loads.js';
import HomePage from './pages/HomePage.svelte';

const ready: HomeData = {
  state: 'ready',
  platform: {
    name: { ar: 'شبكة', en: 'Shabaka' },
    tagline: { ar: 'منصة مفتوحة', en: 'An open platform' },
    version: '1.4.0',
    timeZone: 'Asia/Amman',
    serverTime: '2026-06-01T21:30:00Z',
    database: { reachable: true, migrationsApplied: 3, migrationsPending: 0 },
  },
};

describe('directory home page', () => {
  it('shows the platform in the reader language with Amman time and Arabic digits', () => {
    const { body } = render(HomePage, { props: { data: ready, locale: 'ar' } });
    expect(body).toContain('<h1 lang="ar">شبكة</h1>');
    expect(body).toContain('منصة مفتوحة');
    // 21:30 UTC is 00:30 the next day in Amman
    expect(body).toContain('٢ حزيران ٢٠٢٦'); // Jordan uses the Levantine month names
    expect(body).toContain('(٣)');
  });

  it('falls back to the other language and marks it', () => {
    const data: HomeData = { ...ready, platform: { ...ready.platform, tagline: { ar: 'منصة مفتوحة', en: null } } };
    const { body } = render(HomePage, { props: { data, locale: 'en' } });
    expect(body).toMatch(/<p class="tagline[^"]*" lang="ar">منصة مفتوحة<\/p>/);
  });

  it('explains an unavailable API in the reader language instead of a blank page', () => {
    const ar = render(HomePage, { props: { data: { state: 'unavailable' }, locale: 'ar' } }).body;
    expect(ar).toContain('role="alert"');
    expect(ar).toContain('الخدمة غير متاحة مؤقتًا');
    const en = render(HomePage, { props: { data: { state: 'unavailable' }, locale: 'en' } }).body;
    expect(en).toContain('The service is temporarily unavailable');
  });
});
