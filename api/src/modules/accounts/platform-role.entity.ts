import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { PlatformRoleName } from '../../common/auth/viewer.js';

/** A platform role a person holds (beyond membership of organisations). */
@Entity({ tableName: 'platform_role' })
export class PlatformRoleEntity {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'text' })
  role!: PlatformRoleName;

  @Property({ type: 'uuid', nullable: true })
  grantedBy: string | null = null;

  @Property({ type: 'datetime' })
  grantedAt: Date & Opt = new Date();
}
