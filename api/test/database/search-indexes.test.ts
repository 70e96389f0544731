import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { createOrganizations } from '../support/factories.js';
import { sqlRows } from '../../src/database/sql.js';
import { cliticStem, normalizeForSearch } from '../../src/modules/directory/search-normalize.js';

describe('directory search in PostgreSQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await createOrganizations(
      api.orm,
      Array.from({ length: 30 }, () => ({})),
    );
  });
  afterAll(async () => {
    await api.stop();
  });

  it('normalises words in TypeScript exactly as shabaka_normalize does in SQL', async () => {
    const samples = [
      'جَمْعِيَّةُ الأَمَلِ الخَيْرِيَّة',
      'إنماء – آفاق ٱلغد',
      'مستشفى الهدى ـــ للرعاية',
      'Société ÉLAN Café',
      '  Straße   Œuvre  Ærø ',
      'مؤسسة ئ ؤ بيئة',
      'Aj\u200Byal \u202EForum\u202C ＡＪＹＡＬ ﬁnance',
      '\u202Bجمعية\u202C \u200Fسنابل\u200E ﺳﻨﺎﺑﻞ ﻻ جمع\u200Cية \uFEFF',
      'ا\u0654مل و\u0654',
      'Al-Amal\tCharitable\nSociety',
    ];
    const rows = await sqlRows<{ n: string }>(
      api.orm.em.fork(),
      'select shabaka_normalize(s) as n from unnest(?::text[]) with ordinality as t(s, i) order by i',
      [samples],
    );
    // compared word by word: unaccent also rewrites punctuation (an en dash becomes a hyphen), which never
    // reaches a search word
    const words = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    expect(rows.map((r) => words(r.n))).toEqual(samples.map((sample) => words(normalizeForSearch(sample))));
  });

  it('strips attached clitics in TypeScript exactly as shabaka_clitic_stem does in SQL', async () => {
    const samples = [
      'الجمعيه',
      'والجمعيه',
      'بالجمعيه',
      'فالجمعيه',
      'للجمعيه',
      'وللجمعيه',
      'لالشباب',
      'لتمكين',
      'ولتمكين',
      'وبالتعاون',
      'الغد',
      'الله',
      'بسمه',
      'واحه',
      'وليد',
      'لبنان',
      'جمعيه',
      'سنابل',
      'ال',
      'وال',
      'solidarity',
    ];
    const rows = await sqlRows<{ stem: string | null }>(
      api.orm.em.fork(),
      'select shabaka_clitic_stem(s) as stem from unnest(?::text[]) with ordinality as t(s, i) order by i',
      [samples],
    );
    expect(rows.map((r) => r.stem)).toEqual(samples.map(cliticStem));
    expect(samples.map(cliticStem).slice(0, 9)).toEqual([
      'جمعيه',
      'جمعيه',
      'جمعيه',
      'جمعيه',
      'جمعيه',
      'جمعيه',
      'شباب',
      'تمكين',
      'تمكين',
    ]);
  });

  it('answers full-text, typo and name-order queries from their indexes', async () => {
    // the planner prefers a sequential scan on a small table; forbidding it shows the indexes fit the statements
    // (the plans at 1,000,000 rows, where the planner picks them by itself, are in bench/results)
    const plan = async (sql: string, bindings: unknown[]): Promise<string> => {
      const knex = api.orm.em.getKnex();
      return knex.transaction(async (trx) => {
        await trx.raw('set local enable_seqscan = off');
        const result = await trx.raw<{ rows: { 'QUERY PLAN': string }[] }>(`explain ${sql}`, bindings as never[]);
        return result.rows.map((r) => r['QUERY PLAN']).join('\n');
      });
    };
    expect(
      await plan(`select id from organization_search o where o.search_vector @@ to_tsquery('simple', ?)`, [
        'جمعيه & الامل:*',
      ]),
    ).toContain('organization_search_vector_idx');
    expect(await plan(`select word from search_word order by word <-> ? limit 5`, ['solidrity'])).toContain(
      'search_word_trgm_idx',
    );
    expect(
      await plan(`select word from search_word_variant where variant in (select shabaka_deletion_variants(?))`, [
        'solidrity',
      ]),
    ).toContain('search_word_variant_pkey');
    expect(await plan(`select id from organization_search o order by o.sort_name_ar, o.id limit 20`, [])).toContain(
      'organization_search_sort_name_ar_idx',
    );
    expect(
      await plan(`select id from organization_search o where o.target_groups && ?::text[]`, [['WOMEN']]),
    ).toContain('organization_search_target_groups_idx');
  });

  it('keeps the search table in step with every write to organisations, target groups and sectors', async () => {
    const em = api.orm.em.fork();
    const [created] = await createOrganizations(api.orm, [
      { nameAr: 'جمعيةُ المِشكاة', nameEn: 'Mishkat Society', targetGroups: ['WOMEN', 'YOUTH'], sectors: ['HEALTH'] },
    ]);
    const row = async () =>
      (
        await sqlRows<{
          search_vector: string;
          sort_name_en: string;
          target_groups: string[];
          sectors: string[];
          governorate_code: string;
        }>(
          em,
          'select search_vector::text, sort_name_en, target_groups, sectors, governorate_code from organization_search where id = ?',
          [created!.id],
        )
      )[0];
    expect((await row())!.search_vector).toContain("'المشكاه':2A");
    // format characters (bidi controls, zero-width) in a stored name are not part of its words
    const [formatted] = await createOrganizations(api.orm, [
      { nameAr: '\u202Bجمعية\u200F نور\u202C', nameEn: 'Nour\u200B Society\u200E' },
    ]);
    expect(
      await sqlRows(em, 'select sort_name_ar, sort_name_en from organization_search where id = ?', [formatted!.id]),
    ).toEqual([{ sort_name_ar: 'جمعيه نور', sort_name_en: 'nour society' }]);
    // with its stem, the word without the article
    expect((await row())!.search_vector).toMatch(/'مشكاه':\d+A/);
    expect(await row()).toMatchObject({
      sort_name_en: 'mishkat society',
      target_groups: ['WOMEN', 'YOUTH'],
      sectors: ['HEALTH'],
    });
    // the vocabulary for typo tolerance learns the new words
    expect(
      await sqlRows(em, `select word from search_word where word in ('mishkat', 'المشكاه') order by word`, []),
    ).toEqual([{ word: 'mishkat' }, { word: 'المشكاه' }]);
    expect(
      await sqlRows(em, `select variant from search_word_variant where word = 'mishkat' order by variant`, []),
    ).toEqual(
      ['ishkat', 'mishat', 'mishka', 'mishkat', 'mishkt', 'miskat', 'mshkat', 'mihkat']
        .sort()
        .map((variant) => ({ variant })),
    );
    await sqlRows(
      em,
      `update organization set name_en = 'Mishkat Association', governorate_code = 'JO-AQ' where id = ?`,
      [created!.id],
    );
    await sqlRows(
      em,
      `delete from organization_target_group where organization_id = ? and target_group_code = 'YOUTH'`,
      [created!.id],
    );
    await sqlRows(em, `insert into organization_sector (organization_id, sector_code) values (?, 'EDUCATION')`, [
      created!.id,
    ]);
    expect(await row()).toMatchObject({
      sort_name_en: 'mishkat association',
      governorate_code: 'JO-AQ',
      target_groups: ['WOMEN'],
      sectors: ['EDUCATION', 'HEALTH'],
    });
    await sqlRows(em, 'delete from organization where id = ?', [created!.id]);
    expect(await row()).toBeUndefined();
    // every organisation has exactly one search row
    const [counts] = await sqlRows<{ organizations: number; rows: number }>(
      em,
      'select (select count(*)::int from organization) as organizations, (select count(*)::int from organization_search) as rows',
      [],
    );
    expect(counts!.rows).toBe(counts!.organizations);
  });
});
