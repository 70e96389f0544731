import { MaxLength, MinLength } from 'class-validator';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError, betterAuthCode } from '../account.errors.js';
import { PASSWORD_MAX_LENGTH, passwordProblem } from '../password.js';
import { normalizeEmail } from './account-input.js';
import { authService } from '../auth.service.js';

@InputType({ description: 'The input of `accountSignUp`.' })
export class AccountSignUpInput {
  @Field(() => String, { description: 'Full name as colleagues know it.' })
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { description: 'Email address (case does not matter).' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'At least 12 characters; no other composition rules.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@ObjectType({ description: 'The result of `accountSignUp`: what changed, or the userErrors that say why nothing did.' })
export class AccountSignUpPayload {
  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class AccountSignUpResolver {
  @Mutation(() => AccountSignUpPayload, {
    description:
      'Creates an account and emails a confirmation link; the first sign-in needs the confirmed address. The answer is the same whether or not the email already has an account (its owner is told by email).',
  })
  async accountSignUp(
    @Arg('input', () => AccountSignUpInput, { description: 'What to do (see AccountSignUpInput).' })
    input: AccountSignUpInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccountSignUpPayload> {
    // every field is checked before answering, so that the form shows all its problems at once; MinLength counts
    // spaces: a name of spaces alone is refused here, before anything is written
    const name = input.name.trim();
    const email = normalizeEmail(input.email);
    const problem = passwordProblem(input.password, { email: email ?? input.email, name });
    const userErrors = [
      ...(name.length === 0 ? [accountError(AccountErrorCode.NAME_REQUIRED, 'give your name', 'name')] : []),
      ...(email ? [] : [accountError(AccountErrorCode.INVALID_EMAIL, 'is not an email address', 'email')]),
      ...(problem ? [accountError(AccountErrorCode.WEAK_PASSWORD, problem, 'password')] : []),
    ];
    if (userErrors.length > 0 || !email) return { userErrors };
    try {
      await ctx.services.get(authService).auth.api.signUpEmail({
        body: { name, email, password: input.password },
        headers: ctx.http.headers,
      });
    } catch (error) {
      const code = betterAuthCode(error);
      if (code === 'INVALID_EMAIL')
        return { userErrors: [accountError(AccountErrorCode.INVALID_EMAIL, 'is not an email address', 'email')] };
      throw error;
    }
    return { userErrors: [] };
  }
}
