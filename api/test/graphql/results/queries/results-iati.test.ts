/**
 * The programme's IATI 2.03 activity file over HTTP, on the hand-counted fixture of results-support.ts, validated
 * against the IATI 2.03 XML Schema vendored in api/test/standards/iati-2.03 (the published files, unmodified) with
 * libxml2's own validator (xmllint-wasm: libxml2 compiled to WebAssembly, no native build to approve or fail).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { officerCookie } from '../../training/training-support.js';
import { createResultsFixture } from '../results-support.js';

const SCHEMA_DIR = new URL('../../../standards/iati-2.03/', import.meta.url);
const schemaFile = (name: string) => ({
  fileName: name,
  contents: readFileSync(fileURLToPath(new URL(name, SCHEMA_DIR)), 'utf8'),
});

async function validate(xml: string) {
  return validateXML({
    xml: [{ fileName: 'activity.xml', contents: xml }],
    schema: [schemaFile('iati-activities-schema.xsd')],
    preload: [schemaFile('iati-common.xsd'), schemaFile('xml.xsd')],
  });
}

describe('GET /exports/results/iati-activity.xml', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    await createResultsFixture(api, await officerCookie(api));
  });
  afterAll(async () => {
    await api.stop();
  });

  it('is an IATI 2.03 activity file that the published XML Schema accepts', async () => {
    const response = await fetch(`${api.url}/exports/results/iati-activity.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    const result = await validate(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    // the programme, the governorates, the markers and every indicator as a result
    expect(xml).toContain('<iati-identifier>XI-IATI-EC_NEAR-JO-SHABAKA</iati-identifier>');
    expect(xml).toContain('<location ref="JO-AM">');
    expect(xml).toContain('<policy-marker vocabulary="1" code="11" significance="1"/>');
    expect(xml).toContain('<reference vocabulary="99" code="CSOS_SUPPORTED"/>');
    // figures as the dashboard publishes them: 7 CSOs supported; the 2 of 2026-Q2 withheld, never written
    expect(xml).toMatch(/<target value="250"\/><actual value="7">/);
    expect(xml).toContain(
      '<period><period-start iso-date="2026-04-01"/><period-end iso-date="2026-06-30"/><actual><comment>',
    );
    expect(xml).not.toMatch(/<actual value="[1-4]"/);
  });

  it('is refused by the schema when broken, so the check is real', async () => {
    const response = await fetch(`${api.url}/exports/results/iati-activity.xml`);
    const broken = (await response.text()).replace(/<iati-identifier>[^<]*<\/iati-identifier>/, '');
    const result = await validate(broken);
    expect(result.valid).toBe(false);
  });
});
