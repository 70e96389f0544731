/**
 * The screening tables as entities (the service writes them with SQL: bulk replacement, upserts, similarity).
 */
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The one imported restrictive-measures list (id 1). */
@Entity({ tableName: 'grant_screening_list' })
export class GrantScreeningListEntity {
  @PrimaryKey({ type: 'smallint' })
  id!: number;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'date', nullable: true })
  publishedOn: string | null = null;

  @Property({ type: 'datetime' })
  importedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  importedBy: string | null = null;

  @Property({ type: 'integer' })
  entryCount!: number;
}

/** A listed entity, by its logical id in the list, with all its names and aliases. */
@Entity({ tableName: 'grant_screening_entry' })
export class GrantScreeningEntryEntity {
  @PrimaryKey({ type: 'text' })
  logicalId!: string;

  @Property({ type: 'text' })
  subjectType!: 'PERSON' | 'ENTERPRISE' | 'OTHER';

  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Property({ type: 'text[]' })
  names!: string[];

  @Property({ type: 'text' })
  contentHash!: string;
}

/** One name or alias of a listed entity with its matching key. */
@Entity({ tableName: 'grant_screening_entry_name' })
export class GrantScreeningEntryNameEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  logicalId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  nameKey!: string;
}

/** A name of an applicant that resembles a listed entity, and the officer's decision on it. */
@Entity({ tableName: 'grant_screening_hit' })
export class GrantScreeningHitEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  applicationId!: string;

  @Property({ type: 'text' })
  subjectKind!: 'ORGANIZATION' | 'PERSON';

  @Property({ type: 'text' })
  subjectKey!: string;

  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'text' })
  subjectName!: string;

  @Property({ type: 'text' })
  entryLogicalId!: string;

  @Property({ type: 'text' })
  entryHash!: string;

  @Property({ type: 'text' })
  matchedName!: string;

  @Property({ type: 'real' })
  score!: number;

  @Property({ type: 'text' })
  status!: 'POTENTIAL' | 'CONFIRMED' | 'DISMISSED';

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'datetime' })
  foundAt!: Date;
}

/** A dismissal remembered for a subject and an entry while the entry's content hash is the same. */
@Entity({ tableName: 'grant_screening_dismissal' })
export class GrantScreeningDismissalEntity {
  @PrimaryKey({ type: 'text' })
  subjectKey!: string;

  @PrimaryKey({ type: 'text' })
  entryLogicalId!: string;

  @Property({ type: 'text' })
  entryHash!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'uuid', nullable: true })
  dismissedBy: string | null = null;

  @Property({ type: 'datetime' })
  dismissedAt!: Date;
}

export const GrantScreeningEntities = [
  GrantScreeningListEntity,
  GrantScreeningEntryEntity,
  GrantScreeningEntryNameEntity,
  GrantScreeningHitEntity,
  GrantScreeningDismissalEntity,
];
