import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError, betterAuthCode, passwordCheckError } from '../account.errors.js';
import { checkPassword } from '../credentials.service.js';
import { PASSWORD_MAX_LENGTH } from '../password.js';
import { normalizeEmail } from './account-input.js';
import { authService } from '../auth.service.js';

@InputType({ description: 'The input of `accountEmailChange`.' })
export class AccountEmailChangeInput {
  @Field(() => String, { description: 'The new email address (case does not matter).' })
  @MaxLength(254)
  newEmail!: string;

  @Field(() => String, {
    description:
      'Your current password: a session alone cannot change the address. Wrong ones count with those of sign-in.',
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;
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
      'Asks to change your email, with your current password: a confirmation link goes to the new address, and the change happens when it is opened (accountEmailVerify); the old address is then told, with a link that undoes it (accountEmailChangeUndo). After 3 wrong passwords within 10 s (counted with sign-in) the check is refused for a while (TOO_MANY_ATTEMPTS).',
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
    const check = await checkPassword(ctx.em, ctx.viewer!, input.currentPassword, ctx.http.clientAddress);
    if (!check.ok) return { userErrors: [passwordCheckError(check.retryAfterSeconds, 'currentPassword')] };
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
