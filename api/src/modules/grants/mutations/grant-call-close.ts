import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { CallService } from '../call.service.js';
import { toGrantCall } from '../grants.type.js';
import { GrantCallPayloadBase } from './grant-call-payload.js';

@InputType({ description: 'The input of `grantCallClose`.' })
export class GrantCallCloseInput {
  @Field(() => ID, { description: 'GrantCall.id.' })
  @MaxLength(200)
  callId!: string;
}

@ObjectType({ description: 'The result of `grantCallClose`.' })
export class GrantCallClosePayload extends GrantCallPayloadBase {}

@Resolver()
export class GrantCallCloseResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Mutation(() => GrantCallClosePayload, { description: 'Closes a published call: no more applications (officers).' })
  async grantCallClose(
    @Arg('input', () => GrantCallCloseInput, { description: 'The call.' }) input: GrantCallCloseInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantCallClosePayload> {
    const callId = globalUuid('GrantCall', input.callId, 'input.callId', 'a call');
    const result = await new CallService(ctx.em).close(callId, { viewer: ctx.viewer!, requestId: ctx.requestId });
    if ('errors' in result) return { call: null, userErrors: result.errors };
    return { call: toGrantCall(result.ok), userErrors: [] };
  }
}
