import { IsUUID } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError } from '../account.errors.js';
import { ApiToken } from '../account.type.js';
import { revokeApiToken } from '../api-token.service.js';

@InputType()
export class ApiTokenRevokeInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ObjectType()
export class ApiTokenRevokePayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken!: ApiToken | null;

  @Field(() => [AccountError])
  userErrors!: AccountError[];
}

@Resolver()
export class ApiTokenRevokeResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ApiTokenRevokePayload, {
    description: 'Revokes one of your API tokens at once (it can revoke itself).',
  })
  async apiTokenRevoke(
    @Arg('input', () => ApiTokenRevokeInput) input: ApiTokenRevokeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiTokenRevokePayload> {
    const token = await revokeApiToken(ctx.em.getKnex(), ctx.viewer!.userId, input.id);
    return token
      ? { apiToken: Object.assign(new ApiToken(), token), userErrors: [] }
      : { apiToken: null, userErrors: [accountError(AccountErrorCode.NOT_FOUND, 'no such token of yours', 'id')] };
  }
}
