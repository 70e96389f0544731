/** Institutions and the people acting for them. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberRoleName } from '../../common/auth/viewer.js';
import { InstitutionMemberEntity } from './partnerships.entities.js';

export class InstitutionService {
  constructor(private readonly em: EntityManager) {}

  /** The person's role in the institution, or undefined when they are not a member. */
  async roleOf(institutionId: string, userId: string): Promise<MemberRoleName | undefined> {
    const member = await this.em.findOne(InstitutionMemberEntity, { institutionId, userId });
    return member?.role;
  }
}
