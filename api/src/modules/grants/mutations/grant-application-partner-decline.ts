import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../common/errors/api-errors.js';
import { fromGlobalId, globalUuid, isUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toGrantApplication } from '../grants.type.js';
import { applicationService } from './grant-application-service.js';
import { GrantApplicationPayloadBase } from './grant-call-payload.js';

@InputType({ description: 'The input of `grantApplicationPartnerDecline`.' })
export class GrantApplicationPartnerDeclineInput {
  @Field(() => ID, { description: 'GrantApplication.id.' })
  @MaxLength(200)
  applicationId!: string;

  @Field(() => ID, { description: 'Organization.id (a co-applicant) or Institution.id (an associate) you act for.' })
  @MaxLength(200)
  partnerId!: string;

  @Field(() => String, { nullable: true, description: 'Why, for the lead (kept in the audit log).' })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@ObjectType({ description: 'The result of `grantApplicationPartnerDecline`.' })
export class GrantApplicationPartnerDeclinePayload extends GrantApplicationPayloadBase {}

@Resolver()
export class GrantApplicationPartnerDeclineResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => GrantApplicationPartnerDeclinePayload, {
    description:
      "Declines taking part in a draft application (a co-applicant's or an associate's editors or owners, confirmed or not): the partner leaves the consortium and the lead's people are emailed. The application is returned as the lead sees it; the partner no longer sees it afterwards.",
  })
  async grantApplicationPartnerDecline(
    @Arg('input', () => GrantApplicationPartnerDeclineInput, { description: 'The application, the partner, why.' })
    input: GrantApplicationPartnerDeclineInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationPartnerDeclinePayload> {
    const applicationId = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    const global = fromGlobalId(input.partnerId);
    if (!global || !isUuid(global.key) || (global.type !== 'Organization' && global.type !== 'Institution')) {
      throw new BadUserInputError('input.partnerId', 'is not the id of an organisation or an institution');
    }
    const partner = global.type === 'Organization' ? { organizationId: global.key } : { institutionId: global.key };
    const result = await applicationService(ctx).declinePartner(applicationId, partner, input.reason ?? null, {
      viewer: ctx.viewer!,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { application: null, userErrors: result.errors };
    return { application: toGrantApplication(result.ok), userErrors: [] };
  }
}
