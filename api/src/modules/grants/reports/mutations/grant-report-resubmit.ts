import { MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { toGrantReport } from '../report.type.js';
import {
  GrantReportContentInput,
  GrantReportPayloadBase,
  contentOf,
  grantReportService,
} from './grant-report-content.js';

@InputType({ description: 'The input of `grantReportResubmit`.' })
export class GrantReportResubmitInput extends GrantReportContentInput {
  @Field(() => ID, { description: 'GrantReport.id of a returned report.' })
  @MaxLength(200)
  reportId!: string;

  @Field(() => Int, { description: 'The version you corrected (another change meanwhile is a conflict).' })
  @Min(1)
  version!: number;
}

@ObjectType({ description: 'The result of `grantReportResubmit`.' })
export class GrantReportResubmitPayload extends GrantReportPayloadBase {}

@Resolver()
export class GrantReportResubmitResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => GrantReportResubmitPayload, {
    description:
      "Submits a returned report again, corrected (its whole content is replaced). The grantee organisation's editors and owners.",
  })
  async grantReportResubmit(
    @Arg('input', () => GrantReportResubmitInput, { description: 'The report, its version and the content.' })
    input: GrantReportResubmitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantReportResubmitPayload> {
    const uuid = globalUuid('GrantReport', input.reportId, 'input.reportId', 'a report');
    const result = await grantReportService(ctx).resubmit(uuid, input.version, contentOf(input), {
      viewer: ctx.viewer!,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { report: null, userErrors: result.errors };
    return { report: toGrantReport(result.ok, result.application), userErrors: [] };
  }
}
