import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { SERVICE_CREATE, ajlounRehabilitation, organizationWithMember } from '../graphql/services/services-support.js';

/** The published HSDS 3.0 schemas, vendored unchanged with their licence (see test/fixtures/standards/README.md). */
const hsdsDir = path.join(import.meta.dirname, '..', 'fixtures', 'standards', 'hsds-3.0');

function hsdsServiceValidator(ajv: Ajv): ValidateFunction {
  for (const file of fs.readdirSync(hsdsDir)) {
    if (file.endsWith('.json') && file !== 'service.json') {
      ajv.addSchema(JSON.parse(fs.readFileSync(path.join(hsdsDir, file), 'utf8')) as object, file);
    }
  }
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(hsdsDir, 'service.json'), 'utf8')) as object);
}

interface HsdsService {
  id: string;
  name: string;
  alternate_name?: string;
  languages: { code: string }[];
  schedules: { byday: string; opens_at: string; closes_at: string; timezone: number }[];
  service_at_locations: { location: { latitude: number; accessibility: { description: string }[] } }[];
  required_documents: { document: string }[];
  interpretation_services?: string;
  application_process?: string;
}

describe('open data of services (HSDS 3.0, 3W with HXL)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    const org = await organizationWithMember(api, 'EDITOR');
    for (const overrides of [
      {},
      { nameAr: null, nameEn: '=HYPERLINK("http://x.example")', fee: 'PAID', locations: [{ governorate: 'JO-AM' }] },
      { nameEn: 'Nowhere yet', locations: [] },
      {
        nameEn: 'Two governorates',
        locations: [{ governorate: 'JO-AJ' }, { governorate: 'JO-MN', accessibility: ['HEARING_LOOP'] }],
      },
    ]) {
      const response = await api.graphql(
        SERVICE_CREATE,
        { input: ajlounRehabilitation(org.id, overrides) },
        { headers: { cookie: org.cookie } },
      );
      expect(response.body.errors).toBeUndefined();
      expect((response.body.data as { serviceCreate: { userErrors: unknown[] } }).serviceCreate.userErrors).toEqual([]);
    }
  });
  afterAll(async () => {
    await api.stop();
  });

  it('serves every service as JSON that validates against the published HSDS service schema', async () => {
    // when
    const response = await fetch(`${api.url}/exports/services.json`);
    // then
    expect(response.status).toBe(200);
    expect(response.headers.get('link')).toContain('creativecommons.org/licenses/by/4.0');
    const document = (await response.json()) as { hsds_version: string; services: HsdsService[] };
    expect(document.hsds_version).toBe('3.0');
    expect(document.services).toHaveLength(4);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = hsdsServiceValidator(ajv);
    // the validator is live: a service without a status fails
    expect(validate({ id: 'x', name: 'x' })).toBe(false);
    const invalid: { id: string; errors: string }[] = [];
    for (const s of document.services) {
      const valid: boolean = validate(s);
      if (!valid) invalid.push({ id: s.id, errors: ajv.errorsText(validate.errors) });
    }
    expect(invalid).toEqual([]);
    // the first service created (two others keep its Arabic name with an English name of their own)
    const ajloun = document.services.find(
      (s) =>
        s.name === 'التأهيل المنزلي للأطفال ذوي الإعاقة' &&
        s.alternate_name === 'Home-based rehabilitation for children with disabilities',
    )!;
    expect(ajloun.languages.map((l) => l.code)).toEqual(['ar', 'jos']);
    expect(ajloun.interpretation_services).toBe('Jordanian Sign Language');
    expect(ajloun.application_process).toContain('refer the child');
    expect(ajloun.schedules).toEqual([
      expect.objectContaining({ byday: 'MO', opens_at: '08:00', closes_at: '15:00', timezone: 3 }),
      expect.objectContaining({ byday: 'SU', opens_at: '08:00', closes_at: '15:00', timezone: 3 }),
    ]);
    expect(ajloun.service_at_locations[0]!.location.latitude).toBe(32.298);
    expect(ajloun.service_at_locations[0]!.location.accessibility.map((a) => a.description)).toContain(
      'Staff who sign Jordanian Sign Language',
    );
    expect(ajloun.required_documents.map((d) => d.document)).toEqual(['دفتر العائلة', 'التقرير الطبي']);
  });

  it('serves the 3W CSV with its HXL hashtag row, one row per service and governorate, formulas neutralised', async () => {
    // when
    const response = await fetch(`${api.url}/exports/services-3w.csv`);
    // then
    expect(response.status).toBe(200);
    const rows: string[][] = parse((await response.text()).replace(/^\uFEFF/, ''));
    const [header, hashtags, ...data] = rows;
    expect(header![0]).toBe('Organisation');
    expect(hashtags).toEqual([
      '#org+impl',
      '#sector',
      '#activity+name',
      '#adm1+name',
      '#adm1+code',
      '#date+start',
      '#date+end',
      '#reached',
    ]);
    const column = (tag: string) => hashtags!.indexOf(tag);
    // the service without a location is nowhere; the one in two governorates is in both
    expect(data).toHaveLength(4);
    expect(data.map((r) => r[column('#adm1+code')]).sort()).toEqual(['JO-AJ', 'JO-AJ', 'JO-AM', 'JO-MN']);
    expect(data.map((r) => r[column('#activity+name')])).toContain(`'=HYPERLINK("http://x.example")`);
    expect(data.every((r) => r[column('#sector')] === 'Rehabilitation')).toBe(true);
    expect(data.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[column('#date+start')]!))).toBe(true);
  });
});
