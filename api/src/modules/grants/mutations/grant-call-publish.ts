import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { CallService } from '../call.service.js';
import { toGrantCall } from '../grants.type.js';
import { GrantCallPayloadBase } from './grant-call-payload.js';

@InputType({ description: 'The input of `grantCallPublish`.' })
export class GrantCallPublishInput {
  @Field(() => ID, { description: 'GrantCall.id.' })
  @MaxLength(200)
  callId!: string;
}

@ObjectType({ description: 'The result of `grantCallPublish`.' })
export class GrantCallPublishPayload extends GrantCallPayloadBase {}

@Resolver()
export class GrantCallPublishResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Mutation(() => GrantCallPublishPayload, {
    description:
      'Publishes a draft call: it becomes public and accepts applications from its opening until its deadline (officers).',
  })
  async grantCallPublish(
    @Arg('input', () => GrantCallPublishInput, { description: 'The call.' }) input: GrantCallPublishInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantCallPublishPayload> {
    const callId = globalUuid('GrantCall', input.callId, 'input.callId', 'a call');
    const result = await new CallService(ctx.em).publish(callId, { viewer: ctx.viewer!, requestId: ctx.requestId });
    if ('errors' in result) return { call: null, userErrors: result.errors };
    return { call: toGrantCall(result.ok), userErrors: [] };
  }
}
