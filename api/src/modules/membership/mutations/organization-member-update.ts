import { IsUUID, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ForbiddenError } from '../../../common/errors/api-errors.js';
import type { GraphQLContext } from '../../../context.js';
import { MemberRole } from '../membership.type.js';
import { hasMemberRole } from '../../../common/auth/viewer.js';
import { MembershipError } from '../membership.errors.js';
import { MembershipService } from '../membership.service.js';
import { organizationUuid } from '../../directory/index.js';

@InputType({ description: 'The input of `organizationMemberUpdate`.' })
export class OrganizationMemberUpdateInput {
  @Field(() => ID, { description: 'Id of the organisation (Organization.id).' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => ID, { description: "The member's person uuid (Viewer.uuid)." })
  @IsUUID()
  userId!: string;

  @Field(() => MemberRole, { nullable: true, description: 'The new role; null removes the member.' })
  role?: MemberRole | null;
}

@ObjectType({
  description: 'The result of `organizationMemberUpdate`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationMemberUpdatePayload {
  @Field(() => [MembershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: MembershipError[];
}

@Resolver()
export class OrganizationMemberUpdateResolver {
  @Authorized('ORGANIZATION_MEMBER')
  @Mutation(() => OrganizationMemberUpdatePayload, {
    description:
      "Changes a member's role or removes them (role: null). Owners manage everyone; any member can leave (their own userId, role null). The last owner can neither leave nor be demoted.",
  })
  async organizationMemberUpdate(
    @Arg('input', () => OrganizationMemberUpdateInput, {
      description: 'What to do (see OrganizationMemberUpdateInput).',
    })
    input: OrganizationMemberUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationMemberUpdatePayload> {
    const organizationId = organizationUuid(input.organizationId, 'input.organizationId');
    const viewer = ctx.viewer!;
    const leaving = input.userId === viewer.userId && (input.role ?? null) === null;
    if (!leaving && !hasMemberRole(viewer, organizationId, 'OWNER')) throw new ForbiddenError();
    const error = await new MembershipService(ctx.em).updateMember(organizationId, input.userId, input.role ?? null, {
      userId: viewer.userId,
      requestId: ctx.requestId,
    });
    return { userErrors: error ? [error] : [] };
  }
}
