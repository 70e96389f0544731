import { Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError } from '../account.errors.js';
import { withCookies } from './account-input.js';
import { authService } from '../auth.service.js';

@ObjectType({ description: 'The result of `sessionDelete`: what changed, or the userErrors that say why nothing did.' })
export class SessionDeletePayload {
  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class SessionDeleteResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => SessionDeletePayload, {
    description: 'Signs out: ends the session of this request and clears its cookie.',
  })
  async sessionDelete(@Ctx() ctx: GraphQLContext): Promise<SessionDeletePayload> {
    if (ctx.viewer?.via.kind !== 'SESSION') {
      return { userErrors: [accountError(AccountErrorCode.NOT_A_SESSION, 'an API token has no session to end', null)] };
    }
    await withCookies(ctx, (headers) =>
      ctx.services.get(authService).auth.api.signOut({ headers, returnHeaders: true }),
    );
    return { userErrors: [] };
  }
}
