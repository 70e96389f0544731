import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toGrantApplication } from '../grants.type.js';
import { applicationService } from './grant-application-service.js';
import { GrantApplicationPayloadBase } from './grant-call-payload.js';

@InputType({ description: 'The input of `grantApplicationWithdraw`.' })
export class GrantApplicationWithdrawInput {
  @Field(() => ID, { description: 'GrantApplication.id.' })
  @MaxLength(200)
  applicationId!: string;

  @Field(() => String, { nullable: true, description: 'Why (kept in the audit log).' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}

@ObjectType({ description: 'The result of `grantApplicationWithdraw`.' })
export class GrantApplicationWithdrawPayload extends GrantApplicationPayloadBase {}

@Resolver()
export class GrantApplicationWithdrawResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => GrantApplicationWithdrawPayload, {
    description: "Withdraws a draft or submitted application (the lead's editors): it takes no further part.",
  })
  async grantApplicationWithdraw(
    @Arg('input', () => GrantApplicationWithdrawInput, { description: 'The application.' })
    input: GrantApplicationWithdrawInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationWithdrawPayload> {
    const applicationId = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    const result = await applicationService(ctx).withdraw(applicationId, input.reason ?? null, {
      viewer: ctx.viewer!,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { application: null, userErrors: result.errors };
    return { application: toGrantApplication(result.ok), userErrors: [] };
  }
}
