import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../../common/i18n/localized-text.type.js';
import { Connection } from '../../../common/pagination/connection.type.js';
import { toGlobalId } from '../../../common/relay/global-id.js';
import { Node } from '../../../common/relay/node.interface.js';
import type { GrantApplicationEntity } from '../grants.entities.js';
import { GrantBudgetCategory } from '../grants.enums.js';
import { GrantAmount } from '../grants.type.js';
import type { GrantReportEntity } from './report.entities.js';
import { GrantReportKind, GrantReportStatus } from './report.enums.js';
import { expenditureVariances } from './report.rules.js';

const amount = (amountMinor: number, currency: string): GrantAmount => ({ amountMinor, currency });

@ObjectType({
  description:
    "A line of the application's budget in a financial report: budgeted (total cost), spent to the end of the period, and the variance.",
})
export class GrantReportExpenditureLine {
  @Field(() => Int, { description: "The line's position in the application's budget, from 0." })
  budgetLine!: number;

  @Field(() => GrantBudgetCategory, { description: "The line's category." })
  category!: GrantBudgetCategory;

  @Field(() => String, { description: 'What the line pays for.' })
  description!: string;

  @Field(() => GrantAmount, { description: 'Budgeted: requested from the programme plus co-financing.' })
  budgeted!: GrantAmount;

  @Field(() => GrantAmount, { description: 'Spent to the end of the period (0 when the line is not reported).' })
  spent!: GrantAmount;

  @Field(() => GrantAmount, { description: 'Spent minus budgeted: positive when overspent, negative when underspent.' })
  variance!: GrantAmount;

  @Field(() => Int, {
    nullable: true,
    description: 'The variance as a share of the budgeted amount, in basis points (null when nothing was budgeted).',
  })
  varianceBps!: number | null;

  @Field(() => String, { nullable: true, description: "The grantee's note on the line (e.g. why it varies)." })
  note!: string | null;
}

@ObjectType({ description: "The financial report's totals over every budget line." })
export class GrantReportExpenditureTotals {
  @Field(() => GrantAmount, { description: 'Budgeted in all.' })
  budgeted!: GrantAmount;

  @Field(() => GrantAmount, { description: 'Spent in all.' })
  spent!: GrantAmount;

  @Field(() => GrantAmount, { description: 'Spent minus budgeted.' })
  variance!: GrantAmount;
}

@ObjectType({ description: "The value an indicator of the application's logframe reached, against its target." })
export class GrantReportIndicatorResult {
  @Field(() => Int, { description: "The objective's position in the logframe, from 0." })
  objective!: number;

  @Field(() => Int, { description: "The indicator's position in its objective, from 0." })
  indicator!: number;

  @Field(() => LocalizedText, { description: 'What is measured.' })
  text!: LocalizedText;

  @Field(() => String, { description: 'Its value at the start.' })
  baseline!: string;

  @Field(() => String, { description: 'Its target at the end.' })
  target!: string;

  @Field(() => String, { description: 'The value reached by the end of the period.' })
  achieved!: string;

  @Field(() => String, { nullable: true, description: "The grantee's comment." })
  comment!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "A grantee's report on an award: narrative, financial (per budget line, with the variance) and indicator results. Only the grantee organisation's members and officers see it.",
})
export class GrantReport extends Node {
  row!: GrantReportEntity;

  @Field(() => ID, { description: 'Stable uuid of the report.' })
  uuid!: string;

  @Field(() => ID, { description: 'Stable uuid of the award reported on.' })
  awardUuid!: string;

  @Field(() => GrantReportKind, { description: 'Interim or final.' })
  kind!: GrantReportKind;

  @Field(() => Int, { description: 'Its number among the award’s reports of its kind (interim 1, 2, ...).' })
  sequence!: number;

  @Field(() => GrantReportStatus, { description: 'Submitted, returned or approved.' })
  status!: GrantReportStatus;

  @Field(() => Int, {
    description: 'Its version: give it back with each change (another change meanwhile is refused).',
  })
  version!: number;

  @Field(() => GraphQLDate, { description: 'First day of the period reported on.' })
  periodStart!: string;

  @Field(() => GraphQLDate, { description: 'Last day of the period reported on.' })
  periodEnd!: string;

  @Field(() => LocalizedText, { description: 'The narrative report.' })
  narrative!: LocalizedText;

  @Field(() => [GrantReportExpenditureLine], {
    description: "Every line of the application's budget with what was spent and the variance.",
  })
  expenditure!: GrantReportExpenditureLine[];

  @Field(() => GrantReportExpenditureTotals, { description: 'The totals of the financial report.' })
  expenditureTotals!: GrantReportExpenditureTotals;

  @Field(() => [GrantReportIndicatorResult], { description: 'The indicator results reported, in logframe order.' })
  indicatorResults!: GrantReportIndicatorResult[];

  @Field(() => String, { nullable: true, description: "The officer's comments (required when returned)." })
  officerComments!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was (last) submitted.' })
  submittedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When an officer approved or returned it.' })
  decidedAt!: Date | null;
}

export function toGrantReport(row: GrantReportEntity, application: GrantApplicationEntity): GrantReport {
  const currency = row.currency;
  const lines = expenditureVariances(row.expenditure, application.budgetLines);
  const sum = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + pick(l), 0);
  const indicatorResults = [...row.indicatorResults]
    .sort((a, b) => a.objective - b.objective || a.indicator - b.indicator)
    .map((r) => {
      const indicator = application.logframe[r.objective]?.indicators[r.indicator];
      return {
        objective: r.objective,
        indicator: r.indicator,
        text: { ar: indicator?.textAr ?? null, en: indicator?.textEn ?? null },
        baseline: indicator?.baseline ?? '',
        target: indicator?.target ?? '',
        achieved: r.achieved,
        comment: r.comment,
      };
    });
  return Object.assign(new GrantReport(), {
    row,
    id: toGlobalId('GrantReport', row.id),
    uuid: row.id,
    awardUuid: row.awardId,
    kind: row.kind as GrantReportKind,
    sequence: row.sequence,
    status: row.status as GrantReportStatus,
    version: row.version,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    narrative: { ar: row.narrativeAr, en: row.narrativeEn },
    expenditure: lines.map((l) => {
      const budgetLine = application.budgetLines[l.budgetLine]!;
      return {
        budgetLine: l.budgetLine,
        category: budgetLine.category as GrantBudgetCategory,
        description: budgetLine.description,
        budgeted: amount(l.budgetedMinor, currency),
        spent: amount(l.spentMinor, currency),
        variance: amount(l.varianceMinor, currency),
        varianceBps: l.varianceBps,
        note: l.note,
      };
    }),
    expenditureTotals: {
      budgeted: amount(
        sum((l) => l.budgetedMinor),
        currency,
      ),
      spent: amount(
        sum((l) => l.spentMinor),
        currency,
      ),
      variance: amount(
        sum((l) => l.varianceMinor),
        currency,
      ),
    },
    indicatorResults,
    officerComments: row.officerComments,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
  });
}

const reports = Connection(GrantReport, 'GrantReport');
@ObjectType('GrantReportEdge', { description: 'A report in a page.' })
export class GrantReportEdge extends reports.Edge {}
@ObjectType('GrantReportConnection', { description: 'Grant reports, oldest submission first, a page at a time.' })
export class GrantReportConnection extends reports.ConnectionType {
  @Field(() => [GrantReportEdge], { description: 'The items of this page, in order.' })
  edges!: GrantReportEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}
