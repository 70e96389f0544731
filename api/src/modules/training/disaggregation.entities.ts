import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

export type SexValue = 'FEMALE' | 'MALE';
export type AgeBandValue = 'AGE_18_24' | 'AGE_25_34' | 'AGE_35_44' | 'AGE_45_54' | 'AGE_55_64' | 'AGE_65_PLUS';
export type WgAnswerValue = 'NO_DIFFICULTY' | 'SOME_DIFFICULTY' | 'A_LOT_OF_DIFFICULTY' | 'CANNOT_DO_AT_ALL';

/**
 * The optional disaggregation answers of one registration and the consent they were given under (PDPL 2023,
 * sensitive data). Withdrawal empties the answers and keeps the consent's times; erasure deletes the row.
 */
@Entity({ tableName: 'training_disaggregation' })
export class TrainingDisaggregationEntity {
  @PrimaryKey({ type: 'uuid' })
  registrationId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  consentPurpose!: string;

  @Property({ type: 'text' })
  consentTextVersion!: string;

  @Property({ type: 'datetime', length: 3 })
  consentedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  sex: SexValue | null = null;

  @Property({ type: 'text', nullable: true })
  ageBand: AgeBandValue | null = null;

  @Property({ type: 'text', nullable: true })
  wgSeeing: WgAnswerValue | null = null;

  @Property({ type: 'text', nullable: true })
  wgHearing: WgAnswerValue | null = null;

  @Property({ type: 'text', nullable: true })
  wgWalking: WgAnswerValue | null = null;

  @Property({ type: 'text', nullable: true })
  wgCognition: WgAnswerValue | null = null;

  @Property({ type: 'text', nullable: true })
  wgSelfCare: WgAnswerValue | null = null;

  @Property({ type: 'text', nullable: true })
  wgCommunication: WgAnswerValue | null = null;
}

/** A trainer (an account) of a session: they mark its attendance and scores. */
@Entity({ tableName: 'training_session_trainer' })
export class TrainingSessionTrainerEntity {
  @PrimaryKey({ type: 'uuid' })
  sessionId!: string;

  @PrimaryKey({ type: 'uuid' })
  userId!: string;
}

export const WG_DOMAINS = [
  'wgSeeing',
  'wgHearing',
  'wgWalking',
  'wgCognition',
  'wgSelfCare',
  'wgCommunication',
] as const;
export type WgDomain = (typeof WG_DOMAINS)[number];

/**
 * The Washington Group's standard cut-off ("disability 3"): a person has a disability when at least one domain is
 * answered "a lot of difficulty" or "cannot do at all"; null when no domain was answered.
 */
export function disabilityStatus(answers: Partial<Record<WgDomain, WgAnswerValue | null>>): boolean | null {
  const given = WG_DOMAINS.map((d) => answers[d]).filter((a): a is WgAnswerValue => a != null);
  if (given.length === 0) return null;
  return given.some((a) => a === 'A_LOT_OF_DIFFICULTY' || a === 'CANNOT_DO_AT_ALL');
}

/** The same cut-off in SQL, for the aggregates (alias `d` is training_disaggregation). */
export const DISABILITY_SQL = `case
  when coalesce(d.wg_seeing, d.wg_hearing, d.wg_walking, d.wg_cognition, d.wg_self_care, d.wg_communication) is null then null
  when 'A_LOT_OF_DIFFICULTY' in (d.wg_seeing, d.wg_hearing, d.wg_walking, d.wg_cognition, d.wg_self_care, d.wg_communication)
    or 'CANNOT_DO_AT_ALL' in (d.wg_seeing, d.wg_hearing, d.wg_walking, d.wg_cognition, d.wg_self_care, d.wg_communication)
  then true else false end`;
