import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A code list entry: a stable code with its Arabic and English labels, in display order. */
abstract class CodeListEntry {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'string' })
  nameAr!: string;

  @Property({ type: 'string' })
  nameEn!: string;

  @Property({ type: 'smallint' })
  position!: number;
}

/** The 12 governorates: ISO 3166-2:JO code, Department of Statistics numeric code. */
@Entity({ tableName: 'governorate' })
export class GovernorateEntity extends CodeListEntry {
  @Property({ type: 'smallint', unique: true })
  dosCode!: number;
}

@Entity({ tableName: 'legal_form' })
export class LegalFormEntity extends CodeListEntry {}

@Entity({ tableName: 'sector' })
export class SectorEntity extends CodeListEntry {}

@Entity({ tableName: 'target_group' })
export class TargetGroupEntity extends CodeListEntry {}

export const CodeListEntryEntities = [GovernorateEntity, LegalFormEntity, SectorEntity, TargetGroupEntity];
