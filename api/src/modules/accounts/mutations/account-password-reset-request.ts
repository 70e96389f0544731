import { MaxLength } from 'class-validator';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError } from '../account.errors.js';
import { normalizeEmail } from './account-input.js';
import { passwordResetRequests } from '../password-reset.service.js';

@InputType({ description: 'The input of `accountPasswordResetRequest`.' })
export class AccountPasswordResetRequestInput {
  @Field(() => String, { description: 'Email address (case does not matter).' })
  @MaxLength(254)
  email!: string;
}

@ObjectType({
  description: 'The result of `accountPasswordResetRequest`: what changed, or the userErrors that say why nothing did.',
})
export class AccountPasswordResetRequestPayload {
  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class AccountPasswordResetRequestResolver {
  @Mutation(() => AccountPasswordResetRequestPayload, {
    description:
      'Emails a link to choose a new password (valid once, for an hour; a newer link replaces it) when the address has an account; the answer is the same when it has none, and so is the work done before answering. At most 3 links per address per 15 minutes and 20 requests per client per hour (TOO_MANY_ATTEMPTS with retryAfterSeconds).',
  })
  async accountPasswordResetRequest(
    @Arg('input', () => AccountPasswordResetRequestInput, {
      description: 'What to do (see AccountPasswordResetRequestInput).',
    })
    input: AccountPasswordResetRequestInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccountPasswordResetRequestPayload> {
    const email = normalizeEmail(input.email);
    if (!email)
      return { userErrors: [accountError(AccountErrorCode.INVALID_EMAIL, 'is not an email address', 'email')] };
    const { retryAfterSeconds } = await ctx.services.get(passwordResetRequests).request(email, ctx.http.clientAddress);
    if (retryAfterSeconds !== null) {
      return {
        userErrors: [
          accountError(
            AccountErrorCode.TOO_MANY_ATTEMPTS,
            `try again in ${retryAfterSeconds} s`,
            null,
            retryAfterSeconds,
          ),
        ],
      };
    }
    return { userErrors: [] };
  }
}
