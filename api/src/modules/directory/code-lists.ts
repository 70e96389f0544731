/** The directory's four code lists (governorates, legal forms, sectors, target groups), with Arabic and English names. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../../database/sql.js';

export interface CodeListRow {
  code: string;
  nameAr: string;
  nameEn: string;
  dosCode?: number;
}

export interface CodeLists {
  governorates: Map<string, CodeListRow>;
  legalForms: Map<string, CodeListRow>;
  sectors: Map<string, CodeListRow>;
  targetGroups: Map<string, CodeListRow>;
}

/**
 * Code lists change only through migrations, so each process keeps them a few minutes per database instead of
 * reading them on every request.
 */
const CODE_LISTS_TTL_MS = 5 * 60_000;
const codeListCache = new Map<string, { at: number; lists: Promise<CodeLists> }>();

async function readCodeLists(em: EntityManager): Promise<CodeLists> {
  const rows = await sqlRows<{ list: string; code: string; name_ar: string; name_en: string; dos_code: number | null }>(
    em,
    `select 'governorate' as list, code, name_ar, name_en, dos_code, position from governorate
     union all select 'legal_form', code, name_ar, name_en, null, position from legal_form
     union all select 'sector', code, name_ar, name_en, null, position from sector
     union all select 'target_group', code, name_ar, name_en, null, position from target_group
     order by list, position`,
  );
  const lists: CodeLists = {
    governorates: new Map(),
    legalForms: new Map(),
    sectors: new Map(),
    targetGroups: new Map(),
  };
  const target = {
    governorate: lists.governorates,
    legal_form: lists.legalForms,
    sector: lists.sectors,
    target_group: lists.targetGroups,
  };
  for (const row of rows) {
    target[row.list as keyof typeof target].set(row.code, {
      code: row.code,
      nameAr: row.name_ar,
      nameEn: row.name_en,
      ...(row.dos_code !== null ? { dosCode: row.dos_code } : {}),
    });
  }
  return lists;
}

/** The code lists of `em`'s database, read at most every few minutes by this process. */
export function cachedCodeLists(em: EntityManager): Promise<CodeLists> {
  const database = String(em.config.get('clientUrl'));
  const cached = codeListCache.get(database);
  if (cached && Date.now() - cached.at < CODE_LISTS_TTL_MS) return cached.lists;
  const lists = readCodeLists(em);
  codeListCache.set(database, { at: Date.now(), lists });
  // a failed read is not kept
  void lists.catch(() => codeListCache.delete(database));
  return lists;
}
