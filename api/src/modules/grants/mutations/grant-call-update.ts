import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { CallService } from '../call.service.js';
import { toGrantCall } from '../grants.type.js';
import { GrantCallFieldsInput, callFieldsOf } from './grant-call-fields.js';
import { GrantCallPayloadBase } from './grant-call-payload.js';

@InputType({ description: 'The input of `grantCallUpdate`: the call and the fields that change.' })
export class GrantCallUpdateInput extends GrantCallFieldsInput {
  @Field(() => ID, { description: 'GrantCall.id.' })
  @MaxLength(200)
  callId!: string;
}

@ObjectType({ description: 'The result of `grantCallUpdate`.' })
export class GrantCallUpdatePayload extends GrantCallPayloadBase {}

@Resolver()
export class GrantCallUpdateResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Mutation(() => GrantCallUpdatePayload, {
    description: 'Changes a draft call (its rules, dates and lots; lots given replace them all) (officers).',
  })
  async grantCallUpdate(
    @Arg('input', () => GrantCallUpdateInput, { description: 'The changes.' }) input: GrantCallUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantCallUpdatePayload> {
    const callId = globalUuid('GrantCall', input.callId, 'input.callId', 'a call');
    const result = await new CallService(ctx.em).update(callId, callFieldsOf(input), {
      viewer: ctx.viewer!,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { call: null, userErrors: result.errors };
    return { call: toGrantCall(result.ok), userErrors: [] };
  }
}
