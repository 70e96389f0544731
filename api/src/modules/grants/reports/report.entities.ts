import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type GrantReportKindValue = 'INTERIM' | 'FINAL';
/** SUBMITTED: waits for an officer; RETURNED: sent back with comments (submitted again); APPROVED: final. */
export type GrantReportStatusValue = 'SUBMITTED' | 'RETURNED' | 'APPROVED';

/** Expenditure to the end of the report's period on one line of the application's budget (its position, from 0). */
export interface ReportExpenditureValue {
  budgetLine: number;
  spentMinor: number;
  note: string | null;
}

/** The value an indicator of the logframe reached (objective and indicator positions, from 0). */
export interface ReportIndicatorResultValue {
  objective: number;
  indicator: number;
  achieved: string;
  comment: string | null;
}

/** A grantee's report on an award: narrative, financial (per budget line) and indicator results. */
@Entity({ tableName: 'grant_report' })
export class GrantReportEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  awardId!: string;

  @Property({ type: 'text' })
  kind!: GrantReportKindValue;

  /** Its number among the award's reports of its kind (INTERIM 1, INTERIM 2, FINAL 1). */
  @Property({ type: 'smallint' })
  sequence!: number;

  @Property({ type: 'text' })
  status: GrantReportStatusValue & Opt = 'SUBMITTED';

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'text', nullable: true })
  narrativeAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  narrativeEn: string | null = null;

  /** The call's currency: the expenditure's minor units are of it. */
  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'json' })
  expenditure: ReportExpenditureValue[] & Opt = [];

  @Property({ type: 'json' })
  indicatorResults: ReportIndicatorResultValue[] & Opt = [];

  /** The officer's comments when returning (or approving) it. */
  @Property({ type: 'text', nullable: true })
  officerComments: string | null = null;

  /** Bumped by every change: a change names the version it was made on. */
  @Property({ type: 'integer' })
  version: number & Opt = 1;

  @Property({ type: 'uuid', nullable: true })
  submittedBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  submittedAt: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
