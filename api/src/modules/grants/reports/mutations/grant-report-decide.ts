import { IsOptional, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { GRANT_OFFICERS } from '../../grants.resolver.js';
import { GrantReportDecision } from '../report.enums.js';
import { toGrantReport } from '../report.type.js';
import { GrantReportPayloadBase, grantReportService } from './grant-report-content.js';

@InputType({ description: 'The input of `grantReportDecide`.' })
export class GrantReportDecideInput {
  @Field(() => ID, { description: 'GrantReport.id of a submitted report.' })
  @MaxLength(200)
  reportId!: string;

  @Field(() => Int, { description: 'The version you read (another change meanwhile is a conflict).' })
  @Min(1)
  version!: number;

  @Field(() => GrantReportDecision, { description: 'Approve or return.' })
  decision!: GrantReportDecision;

  @Field(() => String, { nullable: true, description: 'Comments for the grantee (required to return).' })
  @IsOptional()
  @MaxLength(4000)
  comments?: string | null;
}

@ObjectType({ description: 'The result of `grantReportDecide`.' })
export class GrantReportDecidePayload extends GrantReportPayloadBase {}

@Resolver()
export class GrantReportDecideResolver {
  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantReportDecidePayload, {
    description:
      'Approves a submitted report (a tranche that depends on it may then be paid) or returns it with comments. Officers.',
  })
  async grantReportDecide(
    @Arg('input', () => GrantReportDecideInput, { description: 'The report, its version and the decision.' })
    input: GrantReportDecideInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantReportDecidePayload> {
    const uuid = globalUuid('GrantReport', input.reportId, 'input.reportId', 'a report');
    const result = await grantReportService(ctx).decide(uuid, input.version, input.decision, input.comments ?? null, {
      viewer: ctx.viewer!,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { report: null, userErrors: result.errors };
    return { report: toGrantReport(result.ok, result.application), userErrors: [] };
  }
}
