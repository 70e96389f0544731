import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { createOrganizations } from '../support/factories.js';

/** The published HSDS 3.0 schemas, vendored unchanged with their licence (see test/fixtures/standards/README.md). */
const hsdsDir = path.join(import.meta.dirname, '..', 'fixtures', 'standards', 'hsds-3.0');

/** A validator of HSDS's organization.json, its `$ref`s ("contact.json", ...) resolved to the files beside it. */
function hsdsOrganizationValidator(ajv: Ajv): ValidateFunction {
  for (const file of fs.readdirSync(hsdsDir).filter((f) => f.endsWith('.json'))) {
    if (file !== 'organization.json')
      ajv.addSchema(JSON.parse(fs.readFileSync(path.join(hsdsDir, file), 'utf8')) as object, file);
  }
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(hsdsDir, 'organization.json'), 'utf8')) as object);
}

interface ExportDocument {
  license: { id: string; url: string };
  hsds_version: string;
  organizations: {
    id: string;
    name: string;
    dateModified: string;
    organization_identifiers: { identifier_scheme: string; identifier: string }[];
  }[];
}

describe('open data export (HSDS 3.0)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await createOrganizations(api.orm, [
      {
        slug: 'exported-msd',
        nameAr: 'جمعية المثال، "الأولى"',
        nameEn: 'Example Society, "the first"',
        identifiers: [{ scheme: 'JO-MSD', identifier: '2999999999777' }],
        contacts: [
          { visibility: 'PUBLIC', name: null, role: null, email: 'info@exported.example', phone: '+962 6 555 0101' },
          {
            visibility: 'PRIVATE',
            name: 'Hidden',
            role: null,
            email: 'hidden@exported.example',
            phone: '+962 6 555 0102',
          },
        ],
      },
      {
        slug: 'exported-ccd',
        legalFormCode: 'NON_PROFIT_COMPANY',
        identifiers: [{ scheme: 'JO-CCD', identifier: '123456' }],
        missionAr: null,
        missionEn: null,
      },
      ...Array.from({ length: 1200 }, () => ({})),
    ]);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('serves every public organisation as JSON that validates against the published HSDS organization schema', async () => {
    const response = await fetch(`${api.url}/exports/organizations.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('link')).toContain('creativecommons.org/licenses/by/4.0');
    const document = (await response.json()) as ExportDocument;
    expect(document.license.id).toBe('CC-BY-4.0');
    expect(document.hsds_version).toBe('3.0');
    // more than one batch of 1,000, each record once
    expect(document.organizations).toHaveLength(1202);
    expect(new Set(document.organizations.map((o) => o.id)).size).toBe(1202);

    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = hsdsOrganizationValidator(ajv);
    // the validator is live: a record without the required fields fails
    expect(validate({ id: 'x' })).toBe(false);
    const invalid: { id: string; errors: string }[] = [];
    for (const o of document.organizations) {
      const valid: boolean = validate(o);
      if (!valid) invalid.push({ id: o.id, errors: ajv.errorsText(validate.errors) });
    }
    expect(invalid).toEqual([]);
    for (const o of document.organizations) expect(Date.parse(o.dateModified)).not.toBeNaN();

    const msd = document.organizations.find((o) => o.name === 'جمعية المثال، "الأولى"')!;
    expect(msd.organization_identifiers).toMatchObject([{ identifier_scheme: 'JO-MSD', identifier: '2999999999777' }]);
    expect(JSON.stringify(document)).not.toContain('hidden@exported.example');
    const ccd = document.organizations.find((o) => o.organization_identifiers[0]?.identifier === '123456')!;
    expect(ccd.organization_identifiers[0]!.identifier_scheme).toBe('JO-CCD');
  });

  it('serves the same records as CSV with the licence and dateModified on every row', async () => {
    const response = await fetch(`${api.url}/exports/organizations.csv`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // a byte order mark, so spreadsheets read the Arabic as UTF-8
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,name,alternate_name,description,email,website,year_incorporated,legal_status,uri,organization_identifiers,phones,verification_state,dateModified,license',
    );
    expect(lines).toHaveLength(1203);
    expect(text).toContain('"جمعية المثال، ""الأولى"""');
    expect(text).toContain('JO-MSD:2999999999777');
    expect(text).not.toContain('hidden@exported.example');
    for (const line of lines.slice(1)) expect(line).toMatch(/,\d{4}-\d\d-\d\dT[^,]+Z,CC-BY-4\.0$/);
  });

  it('exports unverified organisations with their state, and never a cell a spreadsheet would run as a formula', async () => {
    // given an organisation whose name and mission were typed as formulas
    const [formula] = await createOrganizations(api.orm, [
      {
        nameAr: null,
        nameEn: '=HYPERLINK("https://evil.example","click")',
        missionEn: '@SUM(1+1)',
        verificationState: 'UNVERIFIED',
      },
    ]);
    // when the directory is exported
    const json = (await (await fetch(`${api.url}/exports/organizations.json`)).json()) as {
      organizations: { id: string; name: string; attributes: { link_type: string; value: string }[] }[];
    };
    const csv = await (await fetch(`${api.url}/exports/organizations.csv`)).text();
    // then JSON keeps the text as typed, with the verification state as an attribute of every record
    const exported = json.organizations.find((o) => o.id === formula!.id)!;
    expect(exported.name).toBe('=HYPERLINK("https://evil.example","click")');
    expect(exported.attributes).toEqual([
      expect.objectContaining({ link_type: 'verification_state', value: 'UNVERIFIED' }),
    ]);
    expect(json.organizations.every((o) => o.attributes.length === 1)).toBe(true);
    // and the CSV cells start with an apostrophe, so a spreadsheet shows them and runs nothing
    const row = parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { columns: true }).find(
      (r) => r.id === formula!.id,
    )!;
    expect(row.name).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(row.description).toBe(`'@SUM(1+1)`);
    expect(row.verification_state).toBe('UNVERIFIED');
  });
});
