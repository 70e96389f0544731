import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../src/modules/directory/import/registry-import.js';
import { directoryLoaders } from '../../src/modules/directory/index.js';
import { sqlRows } from '../../src/database/sql.js';
import { startTestApi, type TestApi } from '../support/api.js';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
const read = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');

describe('registry import', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const organizations = () =>
    sqlRows<{
      identifier: string;
      name_ar: string;
      governorate_code: string;
      status: string;
      updated_at: string;
      groups: string[] | null;
    }>(
      api.orm.em.fork(),
      `select i.identifier, o.name_ar, o.governorate_code, o.status, o.updated_at::text,
              (select array_agg(target_group_code order by target_group_code) from organization_target_group where organization_id = o.id) as groups
       from organization o join organization_identifier i on i.organization_id = o.id order by i.identifier`,
    );

  it('reads Arabic headers and labels (with a BOM), adds new organisations, and changes nothing on a second run', async () => {
    const em = api.orm.em.fork();
    const lists = await directoryLoaders(em).codeLists();
    // when
    const plan = planImport(read('registry-valid.csv'), lists);
    expect(plan.problems).toEqual([]);
    const first = await applyImport(em, plan.records);
    // then
    expect(first).toEqual({ added: 3, updated: 0, unchanged: 0 });
    const after = await organizations();
    expect(after.map((o) => [o.identifier, o.governorate_code, o.status, o.groups])).toEqual([
      ['2011000000001', 'JO-IR', 'ACTIVE', ['CHILDREN', 'WOMEN']],
      ['2011000000002', 'JO-AJ', 'ACTIVE', ['WOMEN', 'YOUTH']],
      ['2011000000003', 'JO-AQ', 'SUSPENDED', null],
    ]);
    // and a second run of the same file
    const second = await applyImport(api.orm.em.fork(), planImport(read('registry-valid.csv'), lists).records);
    expect(second).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await organizations()).toEqual(after);
  });

  it('updates only the organisations whose registry values changed', async () => {
    const em = api.orm.em.fork();
    const lists = await directoryLoaders(em).codeLists();
    const changed = read('registry-valid.csv').replace('2015,موقوفة', '2015,منحلة');
    const result = await applyImport(em, planImport(changed, lists).records);
    expect(result).toEqual({ added: 0, updated: 1, unchanged: 2 });
    expect((await organizations()).find((o) => o.identifier === '2011000000003')?.status).toBe('DISSOLVED');
  });

  it('reports every problem with its row and column', async () => {
    const lists = await directoryLoaders(api.orm.em.fork()).codeLists();
    const plan = planImport(read('registry-invalid.csv'), lists);
    expect(plan.records.map((r) => r.row)).toEqual([2]);
    expect(plan.problems).toEqual([
      { row: 3, column: 'national_number', problem: 'must be 13 digits (got "12345")' },
      { row: 4, column: 'name_ar', problem: 'a name in Arabic or English is required' },
      { row: 4, column: 'governorate', problem: 'unknown governorate "Atlantis"' },
      {
        row: 4,
        column: 'founding_year',
        problem: expect.stringMatching(/^must be a year from 1900 to \d{4} \(got "1850"\)$/) as unknown,
      },
      { row: 4, column: 'email', problem: 'not an email address: "not-an-email"' },
      { row: 5, column: 'national_number', problem: 'also on row 2' },
    ]);
  });

  it('from the command line: a bad file changes nothing and exits 1; --skip-invalid imports the valid rows', async () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import-organizations.ts', ...args], {
        cwd: path.resolve(import.meta.dirname, '..', '..'),
        env: { PATH: process.env.PATH, DATABASE_URL: api.database.url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        // a safety net only: each run exits by itself within seconds
        timeout: 300_000,
      });
    const before = await organizations();
    const refused = run(path.join(fixtures, 'registry-invalid.csv'));
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('row 3\tnational_number\tmust be 13 digits (got "12345")');
    expect(refused.stdout).toContain('nothing imported');
    expect(await organizations()).toEqual(before);

    const skipped = run(path.join(fixtures, 'registry-invalid.csv'), '--skip-invalid');
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain('added 1, updated 0, unchanged 0, skipped 3');
    expect(await organizations()).toHaveLength(before.length + 1);
  });

  it('reports a row whose quote is never closed and reads on: --skip-invalid imports the others', async () => {
    const lists = await directoryLoaders(api.orm.em.fork()).codeLists();
    const plan = planImport(read('registry-unbalanced-quote.csv'), lists);
    expect(plan.problems).toEqual([
      { row: 3, column: '', problem: expect.stringMatching(/^a quote opened on this line is never closed/) as unknown },
    ]);
    expect(plan.records.map((r) => [r.row, r.nameAr])).toEqual([
      [2, 'جمعية أولى'],
      [4, 'جمعية ثالثة'],
      [5, 'جمعية "مقتبسة"'],
    ]);
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import-organizations.ts', ...args], {
        cwd: path.resolve(import.meta.dirname, '..', '..'),
        env: { PATH: process.env.PATH, DATABASE_URL: api.database.url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 300_000,
      });
    const refused = run(path.join(fixtures, 'registry-unbalanced-quote.csv'));
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('row 3\t-\ta quote opened on this line is never closed');
    expect(refused.stdout).toContain('4 rows: 3 valid, 1 invalid');
    const skipped = run(path.join(fixtures, 'registry-unbalanced-quote.csv'), '--skip-invalid');
    expect(skipped.stdout).toContain('added 3, updated 0, unchanged 0, skipped 1');
    expect(skipped.status).toBe(0);
  });
});
