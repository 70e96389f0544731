import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { MembershipError } from '../membership.errors.js';
import { MembershipService } from '../membership.service.js';
import { Organization, directoryLoaders, toOrganization } from '../../directory/index.js';

@InputType({ description: 'The input of `organizationInvitationAccept`.' })
export class OrganizationInvitationAcceptInput {
  @Field(() => String, { description: 'The token of the emailed invitation link.' })
  @MaxLength(200)
  token!: string;
}

@ObjectType({
  description:
    'The result of `organizationInvitationAccept`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationInvitationAcceptPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation.' })
  organization!: Organization | null;

  @Field(() => [MembershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: MembershipError[];
}

@Resolver()
export class OrganizationInvitationAcceptResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => OrganizationInvitationAcceptPayload, {
    description: 'Joins the organisation of an invitation sent to your (confirmed) email address.',
  })
  async organizationInvitationAccept(
    @Arg('input', () => OrganizationInvitationAcceptInput, {
      description: 'What to do (see OrganizationInvitationAcceptInput).',
    })
    input: OrganizationInvitationAcceptInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationInvitationAcceptPayload> {
    const viewer = ctx.viewer!;
    const result = await new MembershipService(ctx.em).acceptInvitation(input.token, {
      userId: viewer.userId,
      requestId: ctx.requestId,
      email: viewer.email,
      emailVerified: viewer.emailVerified,
    });
    if (result.error) return { organization: null, userErrors: [result.error] };
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(result.ok);
    return { organization: record ? toOrganization(record) : null, userErrors: [] };
  }
}
