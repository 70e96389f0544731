import { Migration } from '@mikro-orm/migrations';

/** Arabic letters after `shabaka_normalize` (hamza to yaa: the folded alphabet). */
const LETTER = '[ء-ي]';

const NORMALIZE_V1 = `
  select btrim(regexp_replace(
    translate(
      regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, input)), '[\\u064B-\\u065F\\u0670\\u0640]', '', 'g'),
      'أإآٱىة',
      'اااايه'
    ),
    '\\s+', ' ', 'g'
  ))`;

/**
 * The same after NFKC (full-width Latin, Arabic presentation forms and ligatures to their letters) and without
 * format characters (category Cf: zero-width spaces and joiners, bidi controls, the byte order mark, soft hyphen;
 * TypeScript twin: FORMAT_CHARS), and with the hamza seats folded as people type them: ؤ as و, ئ as ي.
 */
// the check first: it costs less than half of normalize() on text that is already NFKC, as names nearly always are
const NORMALIZE_V2 = `
  select btrim(regexp_replace(
    translate(
      regexp_replace(
        lower(public.unaccent('public.unaccent'::regdictionary, regexp_replace(
          case when input is nfkc normalized then input else normalize(input, NFKC) end,
          '[\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB\\U000110BD\\U000110CD\\U00013430-\\U0001343F\\U0001BCA0-\\U0001BCA3\\U0001D173-\\U0001D17A\\U000E0001\\U000E0020-\\U000E007F]',
          '', 'g'
        ))),
        '[\\u064B-\\u065F\\u0670\\u0640]', '', 'g'
      ),
      'أإآٱىةؤئ',
      'اااايهوي'
    ),
    '\\s+', ' ', 'g'
  ))`;

/** The search row of organisations `ids`, and the new words of the vocabulary; `vector(text)` builds a tsvector. */
function refreshBody(vector: (text: string) => string, variants: boolean): string {
  const words = `
    select distinct w.lexeme
    from unnest(ids) as changed (id) join organization_search s on s.id = changed.id, unnest(s.search_vector) w
    where length(w.lexeme) >= 3`;
  return `
    insert into organization_search as s (
      id, search_vector, sort_name_ar, sort_name_en, acronym_key, governorate_code, legal_form_code,
      verification_state, status, locality_type, founding_year, updated_at, target_groups, sectors
    )
    select
      o.id,
      setweight(${vector(`shabaka_normalize(coalesce(o.name_ar, '') || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.acronym, ''))`)}, 'A') ||
        setweight(${vector(`shabaka_normalize(coalesce(o.mission_ar, '') || ' ' || coalesce(o.mission_en, ''))`)}, 'B'),
      shabaka_normalize(coalesce(o.name_ar, o.name_en)),
      shabaka_normalize(coalesce(o.name_en, o.name_ar)),
      shabaka_normalize(o.acronym),
      o.governorate_code, o.legal_form_code, o.verification_state, o.status, o.locality_type, o.founding_year,
      o.updated_at,
      coalesce((select array_agg(x.target_group_code order by x.target_group_code)
                from organization_target_group x where x.organization_id = o.id), '{}'),
      coalesce((select array_agg(x.sector_code order by x.sector_code)
                from organization_sector x where x.organization_id = o.id), '{}')
    from unnest(ids) as changed (id) join organization o on o.id = changed.id
    on conflict (id) do update set
      search_vector = excluded.search_vector,
      sort_name_ar = excluded.sort_name_ar, sort_name_en = excluded.sort_name_en, acronym_key = excluded.acronym_key,
      governorate_code = excluded.governorate_code, legal_form_code = excluded.legal_form_code,
      verification_state = excluded.verification_state, status = excluded.status,
      locality_type = excluded.locality_type, founding_year = excluded.founding_year,
      updated_at = excluded.updated_at, target_groups = excluded.target_groups, sectors = excluded.sectors;
    ${
      variants
        ? `with added as (
             insert into search_word (word) ${words}
             on conflict do nothing
             returning word
           )
           insert into search_word_variant (variant, word)
           select distinct v.variant, a.word from added a, shabaka_deletion_variants(a.word) v (variant)
           on conflict do nothing;`
        : `insert into search_word (word) ${words}
           on conflict do nothing;`
    }`;
}

/** The search indexes, dropped while every row is recomputed and built again after (faster than row by row). */
const INDEXES: [name: string, definition: string][] = [
  ['organization_search_vector_idx', 'on organization_search using gin (search_vector)'],
  ['organization_search_sort_name_ar_idx', 'on organization_search (sort_name_ar, id)'],
  ['organization_search_sort_name_en_idx', 'on organization_search (sort_name_en, id)'],
  ['search_word_trgm_idx', 'on search_word using gist (word gist_trgm_ops)'],
  ['search_word_prefix_idx', 'on search_word (word text_pattern_ops)'],
];

/**
 * Arabic search as an Arabic reader expects it (issue 13 item 4):
 * - attached clitics: every Arabic word of a name or mission is indexed with its stem, the word without the attached
 *   article, conjunction and prepositions (`shabaka_clitic_stem`: "والجمعيه" also as "جمعيه"), so "جمعية" finds
 *   "الجمعية التعاونية" and "تمكين" finds "لتمكين المرأة"; the search strips the article from its words the same way
 *   (TypeScript `searchForms`), so "الخيرية" finds "جمعية خيرية";
 * - hamza seats: `shabaka_normalize` folds ؤ to و and ئ to ي, as people type them;
 * - (issue 13 item 19) `shabaka_normalize` applies NFKC ("ＡＪＹＡＬ", "ﺳﻨﺎﺑﻞ") and removes format characters
 *   ("Aj\u200Byal", bidi controls), in the stored names' search row as in the search;
 * - one-letter typos whatever the database's character classification: pg_trgm sees no letters in Arabic words when
 *   LC_CTYPE is C (the embedded PostgreSQL), so the vocabulary also keeps each word's one-letter deletions
 *   (`search_word_variant`); a search word with one letter replaced, added, left out or two swapped shares one of
 *   them (an equality lookup on a btree).
 *
 * PostgreSQL's Snowball stemmer (the `arabic` configuration) was measured against this light stemmer on the demo
 * organisations (`pnpm bench relevance`): it over-stems names ("سنابل" to "نابل", "الخيرية" to "خير", which then also
 * finds "الخير"), leaves "والجمعية" and "لتمكين" unstemmed, and works on unfolded text (so "الجمعيه" typed with ه
 * stems differently from "الجمعية").
 *
 * At 1,000,000 organisations every search row changes: the table and the vocabulary are emptied and filled again in
 * one set-based statement, with their indexes dropped meanwhile and built after.
 */
export class Migration20261204000000ArabicSearch extends Migration {
  override up(): void {
    this.addSql(`create or replace function shabaka_normalize(input text) returns text
      language sql immutable parallel safe strict as $$ ${NORMALIZE_V2} $$;`);
    // longest first; what remains keeps two letters after the article, three otherwise (TypeScript twin: cliticStem)
    this.addSql(`
      create function shabaka_clitic_stem(word text) returns text
      language sql immutable parallel safe strict
      as $$
        select coalesce(
          substring(word from '^[وف]?[بكل]?ال(${LETTER}{2,})$'),
          substring(word from '^[وف]?لل(${LETTER}{2,})$'),
          substring(word from '^[وف]?[بكل](${LETTER}{3,})$'),
          substring(word from '^[وف](${LETTER}{3,})$')
        )
      $$;
    `);
    this.addSql(`
      create function shabaka_search_vector(normalized text) returns tsvector
      language sql immutable parallel safe strict
      as $$
        select to_tsvector('simple', normalized) || to_tsvector('simple', coalesce((
          select string_agg(x.stem, ' ')
          from regexp_matches(normalized, '${LETTER}+', 'g') as m (word), shabaka_clitic_stem(m.word[1]) as x (stem)
          where x.stem is not null
        ), ''))
      $$;
    `);
    this.addSql(`
      create function shabaka_deletion_variants(word text) returns setof text
      language sql immutable parallel safe strict
      as $$
        select word union select overlay(word placing '' from i for 1) from generate_series(1, length(word)) as i
      $$;
    `);
    this.addSql(`create table search_word_variant (
      variant text not null,
      word text not null references search_word (word) on delete cascade,
      primary key (variant, word)
    );`);
    this.addSql(`comment on table search_word_variant is
      'Each word of search_word and the word with one letter left out, for typo tolerance that does not depend on pg_trgm seeing letters (it does not in Arabic when LC_CTYPE is C).';`);
    this.addSql(`create or replace function shabaka_refresh_organization_search(ids uuid[]) returns void
      language sql volatile as $$ ${refreshBody((t) => `shabaka_search_vector(${t})`, true)} $$;`);

    // index builds at 1,000,000 rows sort in memory rather than in temporary files
    this.addSql(`set local maintenance_work_mem = '256MB';`);
    for (const [name] of INDEXES) this.addSql(`drop index ${name};`);
    this.addSql('truncate organization_search, search_word cascade;');
    this.addSql('select shabaka_refresh_organization_search(array(select id from organization));');
    for (const [name, definition] of INDEXES) this.addSql(`create index ${name} ${definition};`);
    this.addSql('analyze organization_search, search_word, search_word_variant;');
  }

  override down(): void {
    this.addSql(`create or replace function shabaka_refresh_organization_search(ids uuid[]) returns void
      language sql volatile as $$ ${refreshBody((t) => `to_tsvector('simple', ${t})`, false)} $$;`);
    this.addSql(`create or replace function shabaka_normalize(input text) returns text
      language sql immutable parallel safe strict as $$ ${NORMALIZE_V1} $$;`);
    this.addSql('drop table search_word_variant;');
    this.addSql('drop function shabaka_deletion_variants(text);');
    this.addSql('drop function shabaka_search_vector(text);');
    this.addSql('drop function shabaka_clitic_stem(text);');
    for (const [name] of INDEXES) this.addSql(`drop index ${name};`);
    this.addSql('truncate organization_search, search_word;');
    this.addSql('select shabaka_refresh_organization_search(array(select id from organization));');
    for (const [name, definition] of INDEXES) this.addSql(`create index ${name} ${definition};`);
    this.addSql('analyze organization_search, search_word;');
  }
}
