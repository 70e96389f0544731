import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { sqlRows } from '../../database/sql.js';
import type {
  CapacityAssessment,
  OrganizationContact,
  OrganizationIdentifier,
  OrganizationRecord,
} from './organization.type.js';
import { ORGANIZATION_COLUMNS, toRecord, type OrganizationRow } from './organization.search.js';
import type { IdentifierSchemeEnum } from './organization.enums.js';

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

/** Groups rows by organisation id, in the order of `ids` (what DataLoader expects). */
export function groupBy<T extends { organization_id: string }>(ids: readonly string[], rows: T[]): T[][] {
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(row.organization_id)?.push(row);
  return ids.map((id) => byId.get(id) ?? []);
}

/** One organisation's contacts of one visibility, for each of `ids`, in their order. */
async function contactsByOrganization(
  em: EntityManager,
  ids: readonly string[],
  visibility: 'PUBLIC' | 'PRIVATE',
): Promise<OrganizationContact[][]> {
  const rows = await sqlRows<{
    organization_id: string;
    name: string | null;
    role: string | null;
    email: string | null;
    phone: string | null;
  }>(
    em,
    `select organization_id, name, role, email, phone from organization_contact
     where organization_id = any(?) and visibility = ? order by position, id`,
    [ids, visibility],
  );
  return groupBy(ids, rows).map((list) => list.map(({ name, role, email, phone }) => ({ name, role, email, phone })));
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

/** The codes an organisation has in a link table, in the code list's order. */
async function codesByOrganization(
  em: EntityManager,
  ids: readonly string[],
  table: 'organization_sector' | 'organization_target_group',
  column: 'sector_code' | 'target_group_code',
  list: 'sector' | 'target_group',
): Promise<string[][]> {
  const rows = await sqlRows<{ organization_id: string; code: string }>(
    em,
    `select x.organization_id, x.${column} as code from ${table} x
     join ${list} c on c.code = x.${column} where x.organization_id = any(?) order by c.position`,
    [ids],
  );
  return groupBy(ids, rows).map((codes) => codes.map((r) => r.code));
}

/** The directory's per-request loaders: one SQL statement per kind of nested list, whatever the page size. */
export function createDirectoryLoaders(em: EntityManager) {
  const database = String(em.config.get('clientUrl'));

  return {
    /** All four code lists (small, used by every organisation), cached per process and database. */
    codeLists(): Promise<CodeLists> {
      const cached = codeListCache.get(database);
      if (cached && Date.now() - cached.at < CODE_LISTS_TTL_MS) return cached.lists;
      const lists = readCodeLists(em);
      codeListCache.set(database, { at: Date.now(), lists });
      // a failed read is not kept
      void lists.catch(() => codeListCache.delete(database));
      return lists;
    },

    recordById: new DataLoader<string, OrganizationRecord | null>(async (ids) => {
      const rows = await sqlRows<OrganizationRow>(
        em,
        `select ${ORGANIZATION_COLUMNS} from organization o where o.id = any(?)`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    identifiersByOrganizationId: new DataLoader<string, OrganizationIdentifier[]>(async (ids) => {
      const rows = await sqlRows<{ organization_id: string; scheme: string; identifier: string }>(
        em,
        'select organization_id, scheme, identifier from organization_identifier where organization_id = any(?) order by scheme, identifier',
        [ids],
      );
      return groupBy(ids, rows).map((list) =>
        list.map((r) => ({ scheme: r.scheme as IdentifierSchemeEnum, identifier: r.identifier })),
      );
    }),

    sectorCodesByOrganizationId: new DataLoader<string, string[]>((ids) =>
      codesByOrganization(em, ids, 'organization_sector', 'sector_code', 'sector'),
    ),

    targetGroupCodesByOrganizationId: new DataLoader<string, string[]>((ids) =>
      codesByOrganization(em, ids, 'organization_target_group', 'target_group_code', 'target_group'),
    ),

    privateContactsByOrganizationId: new DataLoader<string, OrganizationContact[]>((ids) =>
      contactsByOrganization(em, ids, 'PRIVATE'),
    ),

    publicContactsByOrganizationId: new DataLoader<string, OrganizationContact[]>((ids) =>
      contactsByOrganization(em, ids, 'PUBLIC'),
    ),

    capacityAssessmentsByOrganizationId: new DataLoader<string, CapacityAssessment[]>(async (ids) => {
      const rows = await sqlRows<{
        organization_id: string;
        assessed_on: string;
        governance: number;
        finance: number;
        human_resources: number;
        programme_delivery: number;
        monitoring_evaluation: number;
        advocacy: number;
      }>(
        em,
        `select organization_id, to_char(assessed_on, 'YYYY-MM-DD') as assessed_on, governance, finance, human_resources,
                programme_delivery, monitoring_evaluation, advocacy
         from capacity_assessment where organization_id = any(?) order by assessed_on`,
        [ids],
      );
      return groupBy(ids, rows).map((list) =>
        list.map((r) => ({
          assessedOn: r.assessed_on,
          governance: r.governance,
          finance: r.finance,
          humanResources: r.human_resources,
          programmeDelivery: r.programme_delivery,
          monitoringEvaluation: r.monitoring_evaluation,
          advocacy: r.advocacy,
        })),
      );
    }),
  };
}

export type DirectoryLoaders = ReturnType<typeof createDirectoryLoaders>;
