import { MaxLength, MinLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toGrantApplication } from '../grants.type.js';
import { applicationService } from './grant-application-service.js';
import { GrantApplicationPayloadBase } from './grant-call-payload.js';

@InputType({ description: 'The input of `grantApplicationSubmit`.' })
export class GrantApplicationSubmitInput {
  @Field(() => ID, { description: 'GrantApplication.id.' })
  @MaxLength(200)
  applicationId!: string;

  @Field(() => String, {
    description:
      'A key of your choosing (e.g. a uuid made when the form was shown): sent again, the first answer comes back.',
  })
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey!: string;
}

@ObjectType({
  description: 'The result of `grantApplicationSubmit`: the submitted application with its receipt number.',
})
export class GrantApplicationSubmitPayload extends GrantApplicationPayloadBase {}

@Resolver()
export class GrantApplicationSubmitResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => GrantApplicationSubmitPayload, {
    description:
      "Submits a draft application (the lead's editors): every rule of the call is checked and each failure named by its field; the deadline is checked by the database's clock as the submission is written; a receipt number G-YYYY-NNNNNN is given and emailed. The same idempotency key gives the same answer.",
  })
  async grantApplicationSubmit(
    @Arg('input', () => GrantApplicationSubmitInput, { description: 'The application.' })
    input: GrantApplicationSubmitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationSubmitPayload> {
    const applicationId = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    const result = await applicationService(ctx).submit(applicationId, input.idempotencyKey, {
      viewer: ctx.viewer!,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { application: null, userErrors: result.errors };
    return { application: toGrantApplication(result.ok), userErrors: [] };
  }
}
