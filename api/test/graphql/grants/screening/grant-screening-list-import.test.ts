import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { SCREENING_LIST_AUDIT_ID } from '../../../../src/modules/grants/index.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, officer, organization, person } from '../grants-support.js';
import { csvOf, importList, LIST_FIELDS, SAMPLE_CSV } from './screening-support.js';

describe('grantScreeningListImport', () => {
  let api: TestApi;
  let officerCookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const entryIds = async () =>
    (
      await knexRows<{ logical_id: string }>(
        api.orm.em.getKnex(),
        'select logical_id from grant_screening_entry order by logical_id',
      )
    ).map((r) => r.logical_id);

  it('imports the EU FSF CSV (names and aliases per entity), shows its publication date, and is audited', async () => {
    const result = await importList(api, officerCookie, SAMPLE_CSV, 'eu-fsf-2026-11-28.csv');
    expect(result.userErrors).toEqual([]);
    expect(result.list).toMatchObject({ source: 'eu-fsf-2026-11-28.csv', publishedOn: '2026-11-28', entryCount: 3 });
    expect(await entryIds()).toEqual(['900001', '900002', '900003']);
    const [entry] = await knexRows<{ names: string[]; subject_type: string }>(
      api.orm.em.getKnex(),
      "select names, subject_type from grant_screening_entry where logical_id = '900001'",
    );
    expect(entry).toEqual({ names: ['Abd al-Rahman Al-Rahimi', 'عبد الرحمن الراحمي'], subject_type: 'PERSON' });
    expect(await auditActions(api, SCREENING_LIST_AUDIT_ID)).toContain('GRANT_SCREENING_LIST_IMPORTED');
    const status = await api.graphql<{ grantScreeningList: Record<string, unknown> }>(
      `query { grantScreeningList { ${LIST_FIELDS} } }`,
      {},
      { headers: { cookie: officerCookie } },
    );
    expect(status.body.data!.grantScreeningList).toMatchObject({ publishedOn: '2026-11-28', entryCount: 3 });
  });

  it('a re-import replaces the whole list (entries gone from the file are gone), with the new date', async () => {
    await importList(api, officerCookie, SAMPLE_CSV);
    const result = await importList(
      api,
      officerCookie,
      csvOf([{ id: '700001', names: ['Nabil Fictional', 'نبيل فكشنال'] }], '01/12/2026'),
      'next.csv',
    );
    expect(result.list).toMatchObject({ source: 'next.csv', publishedOn: '2026-12-01', entryCount: 1 });
    expect(await entryIds()).toEqual(['700001']);
  });

  it('refuses a file that is not the EU FSF CSV, and keeps the list in force', async () => {
    await importList(api, officerCookie, SAMPLE_CSV);
    for (const content of ['name,alias\nA,B\n', 'Entity_LogicalId;Something\n1;x\n', '']) {
      const result = await importList(api, officerCookie, content);
      expect(result.list).toBeNull();
      expect(result.userErrors.map((e) => e.code)).toEqual(['INVALID_SCREENING_FILE']);
    }
    expect(await entryIds()).toEqual(['900001', '900002', '900003']);
  });

  it('refuses people who are not officers, the list unchanged', async () => {
    await importList(api, officerCookie, SAMPLE_CSV);
    const member = await organization(api, 'OWNER');
    for (const cookie of [await person(api), member.cookie]) {
      const response = await api.graphql(
        `mutation($input: GrantScreeningListImportInput!) { grantScreeningListImport(input: $input) { userErrors { code } } }`,
        { input: { content: csvOf([{ id: '1', names: ['X Y'] }]), source: 'x.csv' } },
        { headers: { cookie } },
      );
      expect(response.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    expect(await entryIds()).toEqual(['900001', '900002', '900003']);
  });
});
