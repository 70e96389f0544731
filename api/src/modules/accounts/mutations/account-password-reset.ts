import { MaxLength } from 'class-validator';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { sqlRows } from '../../../database/sql.js';
import { AccountError, AccountErrorCode, accountError } from '../account.errors.js';
import { PASSWORD_MAX_LENGTH, passwordProblem } from '../password.js';

@InputType()
export class AccountPasswordResetInput {
  @Field(() => String, { description: 'The token of the emailed link.' })
  @MaxLength(500)
  token!: string;

  @Field(() => String)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

@ObjectType()
export class AccountPasswordResetPayload {
  @Field(() => [AccountError])
  userErrors!: AccountError[];
}

@Resolver()
export class AccountPasswordResetResolver {
  @Mutation(() => AccountPasswordResetPayload, {
    description: 'Sets a new password with the token of a reset link; every session of the account is ended.',
  })
  async accountPasswordReset(
    @Arg('input', () => AccountPasswordResetInput) input: AccountPasswordResetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccountPasswordResetPayload> {
    // the person behind the token, for the password rules (their email and name must not be in it)
    const [person] = await sqlRows<{ email: string; name: string }>(
      ctx.em,
      `select u.email, u.name from auth_verification v join auth_user u on u.id::text = v.value
       where v.identifier = ? and v.expires_at > now()`,
      [`reset-password:${input.token}`],
    );
    if (!person)
      return { userErrors: [accountError(AccountErrorCode.INVALID_TOKEN, 'this link is not valid', 'token')] };
    const problem = passwordProblem(input.newPassword, person);
    if (problem) return { userErrors: [accountError(AccountErrorCode.WEAK_PASSWORD, problem, 'newPassword')] };
    try {
      await ctx.accounts.auth.api.resetPassword({
        body: { token: input.token, newPassword: input.newPassword },
        headers: ctx.http.headers,
      });
    } catch {
      return { userErrors: [accountError(AccountErrorCode.INVALID_TOKEN, 'this link is not valid', 'token')] };
    }
    return { userErrors: [] };
  }
}
