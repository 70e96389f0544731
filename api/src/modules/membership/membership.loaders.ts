import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/dataloader/group-by.js';
import { MembershipService, type MemberOfOrganization } from './membership.service.js';

/** Per-request loaders of the membership module (one statement per list of organisations). */
export function membershipLoaders(em: EntityManager) {
  const service = new MembershipService(em);
  return {
    membersByOrganizationId: new DataLoader<string, MemberOfOrganization[]>(async (ids) =>
      groupBy(ids, await service.membersOf(ids), (member) => member.organizationId),
    ),
  };
}

export type MembershipLoaders = ReturnType<typeof membershipLoaders>;
