import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/dataloader/group-by.js';
import { sqlRows } from '../../database/sql.js';
import type { RequestLoaders } from '../../common/dataloader/request-loaders.js';
import { toOrganization } from './organization.mapper.js';
import type { Organization } from './organization.type.js';
import type {
  CapacityAssessment,
  OrganizationContact,
  OrganizationIdentifier,
  OrganizationRecord,
} from './organization.type.js';
import { OrganizationSearchRepository } from './organization.search.js';
import type { IdentifierSchemeEnum } from './organization.enums.js';
import { cachedCodeLists, type CodeLists } from './code-lists.js';

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
  return groupBy(ids, rows, (r) => r.organization_id).map((list) =>
    list.map(({ name, role, email, phone }) => ({ name, role, email, phone })),
  );
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
  return groupBy(ids, rows, (r) => r.organization_id).map((codes) => codes.map((r) => r.code));
}

/** The directory's per-request loaders: one SQL statement per kind of nested list, whatever the page size. */
export function directoryLoaders(em: EntityManager) {
  return {
    /** All four code lists (small, used by every organisation), cached per process and database. */
    codeLists: (): Promise<CodeLists> => cachedCodeLists(em),

    recordById: new DataLoader<string, OrganizationRecord | null>((ids) =>
      new OrganizationSearchRepository(em).byIds(ids),
    ),

    identifiersByOrganizationId: new DataLoader<string, OrganizationIdentifier[]>(async (ids) => {
      const rows = await sqlRows<{ organization_id: string; scheme: string; identifier: string }>(
        em,
        'select organization_id, scheme, identifier from organization_identifier where organization_id = any(?) order by scheme, identifier',
        [ids],
      );
      return groupBy(ids, rows, (r) => r.organization_id).map((list) =>
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
      return groupBy(ids, rows, (r) => r.organization_id).map((list) =>
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

export type DirectoryLoaders = ReturnType<typeof directoryLoaders>;

/** The organisation as it is now, read again after a change (the request's loader forgets what it had). */
export async function reloadOrganization(
  ctx: { loaders: RequestLoaders },
  organizationId: string,
): Promise<Organization | null> {
  const loaders = ctx.loaders.of(directoryLoaders);
  loaders.recordById.clear(organizationId);
  const record = await loaders.recordById.load(organizationId);
  return record ? toOrganization(record) : null;
}
