import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { ApiTokenScopeName } from '../../common/auth/viewer.js';

/** A personal API token (api-token.service.ts): only the SHA-256 of its secret is kept. */
@Entity({ tableName: 'api_token' })
@Index({ name: 'api_token_user_idx', properties: ['userId'] })
export class ApiTokenEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'blob', unique: true, hidden: true })
  secretHash!: Buffer;

  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'text' })
  scope: ApiTokenScopeName & Opt = 'READ_ONLY';

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
