import { MaxLength, MinLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError } from '../account.errors.js';
import { ApiToken, ApiTokenScope } from '../account.type.js';
import { createApiTokenWithinLimit, MAX_TOKENS_PER_PERSON } from '../api-token.service.js';

@InputType({ description: 'The input of `apiTokenCreate`.' })
export class ApiTokenCreateInput {
  @Field(() => String, { description: 'What it is for, e.g. "Donor dashboard".' })
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => ApiTokenScope, {
    defaultValue: ApiTokenScope.READ_ONLY,
    description: 'What it may do: READ_ONLY (queries only, the default) or READ_WRITE.',
  })
  scope!: ApiTokenScope;
}

@ObjectType({
  description: 'The result of `apiTokenCreate`: what changed, or the userErrors that say why nothing did.',
})
export class ApiTokenCreatePayload {
  @Field(() => ApiToken, { nullable: true, description: 'The API token.' })
  apiToken!: ApiToken | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret, shown this once: send it as `Authorization: Bearer <secret>`. Only its hash is kept.',
  })
  secret!: string | null;

  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class ApiTokenCreateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ApiTokenCreatePayload, {
    description:
      'Creates a personal API token for programs that use the API for you: read-only unless asked for READ_WRITE. No token can list or end sessions.',
  })
  async apiTokenCreate(
    @Arg('input', () => ApiTokenCreateInput, { description: 'What to do (see ApiTokenCreateInput).' })
    input: ApiTokenCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiTokenCreatePayload> {
    const viewer = ctx.viewer!;
    // a token cannot make more tokens: a leaked one could otherwise outlive its revocation
    if (viewer.via.kind !== 'SESSION') {
      return {
        apiToken: null,
        secret: null,
        userErrors: [accountError(AccountErrorCode.NOT_A_SESSION, 'sign in with a browser to create tokens', null)],
      };
    }
    const created = await createApiTokenWithinLimit(ctx.em, viewer.userId, input.name.trim(), input.scope);
    if (!created) {
      return {
        apiToken: null,
        secret: null,
        userErrors: [
          accountError(
            AccountErrorCode.LIMIT_REACHED,
            `at most ${MAX_TOKENS_PER_PERSON} active tokens: revoke one first`,
            null,
          ),
        ],
      };
    }
    return { apiToken: Object.assign(new ApiToken(), created.token), secret: created.secret, userErrors: [] };
  }
}
