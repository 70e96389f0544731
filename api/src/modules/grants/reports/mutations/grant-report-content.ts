import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLDate, GraphQLSafeInt } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { GraphQLContext } from '../../../../context.js';
import type { ReportContent } from '../report.service.js';
import { GrantReportService } from '../report.service.js';
import { GrantReportError } from '../report.errors.js';
import { GrantReport } from '../report.type.js';

export const grantReportService = (ctx: GraphQLContext) => new GrantReportService(ctx.em);

@InputType({ description: "What was spent on one line of the application's budget, to the end of the period." })
export class GrantReportExpenditureInput {
  @Field(() => Int, { description: "The line's position in the application's budget (`budgetLines`), from 0." })
  budgetLine!: number;

  @Field(() => GraphQLSafeInt, { description: "Spent, in minor units of the call's currency (EUR cents)." })
  spentMinor!: number;

  @Field(() => String, { nullable: true, description: 'A note on the line (e.g. why it varies from the budget).' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: 'The value an indicator of the logframe reached by the end of the period.' })
export class GrantReportIndicatorResultInput {
  @Field(() => Int, { description: "The objective's position in the logframe, from 0." })
  @Min(0)
  @Max(100)
  objective!: number;

  @Field(() => Int, { description: "The indicator's position in its objective, from 0." })
  @Min(0)
  @Max(100)
  indicator!: number;

  @Field(() => String, { description: 'The value reached.' })
  @MaxLength(200)
  achieved!: string;

  @Field(() => String, { nullable: true, description: 'A comment.' })
  @IsOptional()
  @MaxLength(1000)
  comment?: string | null;
}

/** The content fields every report submission carries. */
@InputType('GrantReportContentFields')
export abstract class GrantReportContentInput {
  @Field(() => GraphQLDate, { description: 'First day of the period reported on.' })
  periodStart!: Date;

  @Field(() => GraphQLDate, { description: 'Last day of the period reported on.' })
  periodEnd!: Date;

  @Field(() => String, { nullable: true, description: 'The narrative in Arabic (this or English required).' })
  @IsOptional()
  @MaxLength(20_000)
  narrativeAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The narrative in English (this or Arabic required).' })
  @IsOptional()
  @MaxLength(20_000)
  narrativeEn?: string | null;

  @Field(() => [GrantReportExpenditureInput], {
    description: "Expenditure per line of the application's budget (lines left out spent nothing).",
  })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  expenditure!: GrantReportExpenditureInput[];

  @Field(() => [GrantReportIndicatorResultInput], { description: "Results of the logframe's indicators." })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  indicatorResults!: GrantReportIndicatorResultInput[];
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

export const contentOf = (input: GrantReportContentInput): ReportContent => ({
  periodStart: day(input.periodStart),
  periodEnd: day(input.periodEnd),
  narrativeAr: input.narrativeAr ?? null,
  narrativeEn: input.narrativeEn ?? null,
  expenditure: input.expenditure.map((e) => ({
    budgetLine: e.budgetLine,
    spentMinor: e.spentMinor,
    note: e.note ?? null,
  })),
  indicatorResults: input.indicatorResults.map((r) => ({
    objective: r.objective,
    indicator: r.indicator,
    achieved: r.achieved,
    comment: r.comment ?? null,
  })),
});

/** The shape of every report mutation's payload (each mutation names its own type). */
@ObjectType('GrantReportPayloadBase')
export abstract class GrantReportPayloadBase {
  @Field(() => GrantReport, { nullable: true, description: 'The report as it now stands (null when refused).' })
  report!: GrantReport | null;

  @Field(() => [GrantReportError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: GrantReportError[];
}
