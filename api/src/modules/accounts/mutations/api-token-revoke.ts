import { IsUUID } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError } from '../account.errors.js';
import { ApiToken } from '../account.type.js';
import { revokeApiToken } from '../api-token.service.js';

@InputType({ description: 'The input of `apiTokenRevoke`.' })
export class ApiTokenRevokeInput {
  @Field(() => ID, { description: 'Id of one of your tokens (Viewer.apiTokens).' })
  @IsUUID()
  id!: string;
}

@ObjectType({
  description: 'The result of `apiTokenRevoke`: what changed, or the userErrors that say why nothing did.',
})
export class ApiTokenRevokePayload {
  @Field(() => ApiToken, { nullable: true, description: 'The API token.' })
  apiToken!: ApiToken | null;

  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class ApiTokenRevokeResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ApiTokenRevokePayload, {
    description: 'Revokes one of your API tokens at once (it can revoke itself).',
  })
  async apiTokenRevoke(
    @Arg('input', () => ApiTokenRevokeInput, { description: 'What to do (see ApiTokenRevokeInput).' })
    input: ApiTokenRevokeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiTokenRevokePayload> {
    const token = await revokeApiToken(ctx.em, ctx.viewer!.userId, input.id);
    return token
      ? { apiToken: Object.assign(new ApiToken(), token), userErrors: [] }
      : { apiToken: null, userErrors: [accountError(AccountErrorCode.NOT_FOUND, 'no such token of yours', 'id')] };
  }
}
