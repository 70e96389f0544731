import { Arg, Authorized, Ctx, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { CallService } from '../call.service.js';
import { GrantErrorCode, grantError } from '../grants.errors.js';
import { toGrantCall } from '../grants.type.js';
import { GrantCallFieldsInput, callFieldsOf } from './grant-call-fields.js';
import { GrantCallPayloadBase } from './grant-call-payload.js';

@InputType({
  description:
    'The input of `grantCallCreate`: the title, the lots, the grant range, the rate and the dates are required.',
})
export class GrantCallCreateInput extends GrantCallFieldsInput {}

@ObjectType({ description: 'The result of `grantCallCreate`.' })
export class GrantCallCreatePayload extends GrantCallPayloadBase {}

@Resolver()
export class GrantCallCreateResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Mutation(() => GrantCallCreatePayload, {
    description: 'Creates a draft call for proposals with its lots (officers).',
  })
  async grantCallCreate(
    @Arg('input', () => GrantCallCreateInput, { description: 'The call.' }) input: GrantCallCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantCallCreatePayload> {
    const fields = callFieldsOf(input);
    const missing = (
      ['jodRateMicros', 'minGrantMinor', 'maxGrantMinor', 'opensAt', 'deadlineAt', 'lots'] as const
    ).filter((key) => fields[key] === undefined);
    if (missing.length) {
      return {
        call: null,
        userErrors: missing.map((key) => grantError(GrantErrorCode.REQUIRED, 'required to create a call', key)),
      };
    }
    const result = await new CallService(ctx.em).create(
      { ...fields, lots: fields.lots! },
      {
        viewer: ctx.viewer!,
        requestId: ctx.requestId,
      },
    );
    if ('errors' in result) return { call: null, userErrors: result.errors };
    return { call: toGrantCall(result.ok), userErrors: [] };
  }
}
