import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { GrantReportKind } from '../report.enums.js';
import { toGrantReport } from '../report.type.js';
import {
  GrantReportContentInput,
  GrantReportPayloadBase,
  contentOf,
  grantReportService,
} from './grant-report-content.js';

@InputType({ description: 'The input of `grantReportSubmit`.' })
export class GrantReportSubmitInput extends GrantReportContentInput {
  @Field(() => ID, { description: 'GrantAward.id (or its uuid) of an award to your organisation.' })
  @MaxLength(200)
  awardId!: string;

  @Field(() => GrantReportKind, { description: 'Interim (numbered in turn) or final.' })
  kind!: GrantReportKind;
}

@ObjectType({ description: 'The result of `grantReportSubmit`.' })
export class GrantReportSubmitPayload extends GrantReportPayloadBase {}

@Resolver()
export class GrantReportSubmitResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => GrantReportSubmitPayload, {
    description:
      "Submits a new report on an award: narrative, expenditure per budget line, indicator results. The grantee organisation's editors and owners; one report at a time is open (submitted or returned).",
  })
  async grantReportSubmit(
    @Arg('input', () => GrantReportSubmitInput, { description: 'The award, the kind and the content.' })
    input: GrantReportSubmitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantReportSubmitPayload> {
    const uuid = globalUuid('GrantAward', input.awardId, 'input.awardId', 'an award');
    const result = await grantReportService(ctx).submit(uuid, input.kind, contentOf(input), {
      viewer: ctx.viewer!,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { report: null, userErrors: result.errors };
    return { report: toGrantReport(result.ok, result.application), userErrors: [] };
  }
}
