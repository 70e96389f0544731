import type { Governorate } from './code-list.type.js';
import type { CodeListRow } from './code-lists.js';

export function toNamed(row: CodeListRow): { code: string; name: { ar: string; en: string } } {
  return { code: row.code, name: { ar: row.nameAr, en: row.nameEn } };
}

export function toGovernorate(row: CodeListRow): Governorate {
  return { code: row.code, dosCode: row.dosCode ?? 0, name: { ar: row.nameAr, en: row.nameEn } };
}
