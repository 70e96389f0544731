import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../common/errors/api-errors.js';
import { fromGlobalId, globalUuid, isUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toGrantApplication } from '../grants.type.js';
import { applicationService } from './grant-application-service.js';
import { GrantApplicationPayloadBase } from './grant-call-payload.js';

@InputType({ description: 'The input of `grantApplicationPartnerConfirm`.' })
export class GrantApplicationPartnerConfirmInput {
  @Field(() => ID, { description: 'GrantApplication.id.' })
  @MaxLength(200)
  applicationId!: string;

  @Field(() => ID, { description: 'Organization.id (a co-applicant) or Institution.id (an associate) you act for.' })
  @MaxLength(200)
  partnerId!: string;
}

@ObjectType({ description: 'The result of `grantApplicationPartnerConfirm`.' })
export class GrantApplicationPartnerConfirmPayload extends GrantApplicationPayloadBase {}

@Resolver()
export class GrantApplicationPartnerConfirmResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => GrantApplicationPartnerConfirmPayload, {
    description:
      'Confirms that a co-applicant organisation or an associate institution takes part in a draft application (its editors or owners).',
  })
  async grantApplicationPartnerConfirm(
    @Arg('input', () => GrantApplicationPartnerConfirmInput, { description: 'The application and the partner.' })
    input: GrantApplicationPartnerConfirmInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationPartnerConfirmPayload> {
    const applicationId = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    const global = fromGlobalId(input.partnerId);
    if (!global || !isUuid(global.key) || (global.type !== 'Organization' && global.type !== 'Institution')) {
      throw new BadUserInputError('input.partnerId', 'is not the id of an organisation or an institution');
    }
    const partner = global.type === 'Organization' ? { organizationId: global.key } : { institutionId: global.key };
    const result = await applicationService(ctx).confirmPartner(applicationId, partner, {
      viewer: ctx.viewer!,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { application: null, userErrors: result.errors };
    return { application: toGrantApplication(result.ok), userErrors: [] };
  }
}
