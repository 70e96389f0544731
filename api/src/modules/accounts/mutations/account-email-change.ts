import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError, betterAuthCode } from '../account.errors.js';
import { normalizeEmail } from './account-input.js';
import { authService } from '../auth.service.js';

@InputType({ description: 'The input of `accountEmailChange`.' })
export class AccountEmailChangeInput {
  @Field(() => String, { description: 'The new email address (case does not matter).' })
  @MaxLength(254)
  newEmail!: string;
}

@ObjectType({
  description: 'The result of `accountEmailChange`: what changed, or the userErrors that say why nothing did.',
})
export class AccountEmailChangePayload {
  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class AccountEmailChangeResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => AccountEmailChangePayload, {
    description:
      'Asks to change your email: a confirmation link goes to the new address, and the change happens when it is opened (accountEmailVerify).',
  })
  async accountEmailChange(
    @Arg('input', () => AccountEmailChangeInput, { description: 'What to do (see AccountEmailChangeInput).' })
    input: AccountEmailChangeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccountEmailChangePayload> {
    if (ctx.viewer!.via.kind !== 'SESSION') {
      return {
        userErrors: [accountError(AccountErrorCode.NOT_A_SESSION, 'sign in with a browser to change your email', null)],
      };
    }
    const newEmail = normalizeEmail(input.newEmail);
    if (!newEmail)
      return { userErrors: [accountError(AccountErrorCode.INVALID_EMAIL, 'is not an email address', 'newEmail')] };
    try {
      await ctx.services.get(authService).auth.api.changeEmail({ body: { newEmail }, headers: ctx.http.headers });
    } catch (error) {
      // an address already in use is not revealed: the request looks accepted and nothing is sent
      if (
        betterAuthCode(error) === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL' ||
        betterAuthCode(error) === 'USER_ALREADY_EXISTS'
      ) {
        return { userErrors: [] };
      }
      throw error;
    }
    return { userErrors: [] };
  }
}
