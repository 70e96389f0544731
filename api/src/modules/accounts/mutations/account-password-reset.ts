import { MaxLength } from 'class-validator';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError } from '../account.errors.js';
import { PASSWORD_MAX_LENGTH, passwordProblem } from '../password.js';
import { authService } from '../auth.service.js';
import { personOfResetToken } from '../password-reset.service.js';

@InputType({ description: 'The input of `accountPasswordReset`.' })
export class AccountPasswordResetInput {
  @Field(() => String, { description: 'The token of the emailed link.' })
  @MaxLength(500)
  token!: string;

  @Field(() => String, {
    description: 'The new password: at least 12 characters; not a common password, not your email or name.',
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

@ObjectType({
  description: 'The result of `accountPasswordReset`: what changed, or the userErrors that say why nothing did.',
})
export class AccountPasswordResetPayload {
  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class AccountPasswordResetResolver {
  @Mutation(() => AccountPasswordResetPayload, {
    description:
      'Sets a new password with the token of a reset link; every session of the account is ended, and every other reset link revoked.',
  })
  async accountPasswordReset(
    @Arg('input', () => AccountPasswordResetInput, { description: 'What to do (see AccountPasswordResetInput).' })
    input: AccountPasswordResetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccountPasswordResetPayload> {
    // the person behind the token, for the password rules (their email and name must not be in it)
    const person = await personOfResetToken(ctx.em, input.token);
    if (!person)
      return { userErrors: [accountError(AccountErrorCode.INVALID_TOKEN, 'this link is not valid', 'token')] };
    const problem = passwordProblem(input.newPassword, person);
    if (problem) return { userErrors: [accountError(AccountErrorCode.WEAK_PASSWORD, problem, 'newPassword')] };
    try {
      await ctx.services.get(authService).auth.api.resetPassword({
        body: { token: input.token, newPassword: input.newPassword },
        headers: ctx.http.headers,
      });
    } catch {
      return { userErrors: [accountError(AccountErrorCode.INVALID_TOKEN, 'this link is not valid', 'token')] };
    }
    return { userErrors: [] };
  }
}
