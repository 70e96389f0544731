import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { organizationUuid } from '../../directory/index.js';
import { toGrantApplication } from '../grants.type.js';
import { applicationService } from './grant-application-service.js';
import { GrantApplicationPayloadBase } from './grant-call-payload.js';

@InputType({ description: 'The input of `grantApplicationCreate`.' })
export class GrantApplicationCreateInput {
  @Field(() => ID, { description: 'GrantCall.id of an open call.' })
  @MaxLength(200)
  callId!: string;

  @Field(() => ID, { description: 'Organization.id of the lead applicant (you are its editor or owner).' })
  @MaxLength(200)
  leadOrganizationId!: string;

  @Field(() => ID, { nullable: true, description: 'GrantLot.id of the lot applied to (can be chosen later).' })
  @IsOptional()
  @MaxLength(200)
  lotId?: string | null;
}

@ObjectType({ description: 'The result of `grantApplicationCreate`.' })
export class GrantApplicationCreatePayload extends GrantApplicationPayloadBase {}

@Resolver()
export class GrantApplicationCreateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => GrantApplicationCreatePayload, {
    description:
      'Starts a draft application of an organisation you edit to an open call, prefilled from its directory profile (governorate, locality, target groups). One open application per lead and call.',
  })
  async grantApplicationCreate(
    @Arg('input', () => GrantApplicationCreateInput, { description: 'The call and the lead.' })
    input: GrantApplicationCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationCreatePayload> {
    const result = await applicationService(ctx).create(
      {
        callId: globalUuid('GrantCall', input.callId, 'input.callId', 'a call'),
        leadOrganizationId: organizationUuid(input.leadOrganizationId, 'input.leadOrganizationId'),
        lotId: input.lotId ? globalUuid('GrantLot', input.lotId, 'input.lotId', 'a lot') : null,
      },
      { viewer: ctx.viewer!, requestId: ctx.requestId },
    );
    if ('errors' in result) return { application: null, userErrors: result.errors };
    return { application: toGrantApplication(result.ok), userErrors: [] };
  }
}
