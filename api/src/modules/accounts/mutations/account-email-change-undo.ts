import { MaxLength } from 'class-validator';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError } from '../account.errors.js';
import { EmailChangeService } from '../email-change.service.js';

@InputType({ description: 'The input of `accountEmailChangeUndo`.' })
export class AccountEmailChangeUndoInput {
  @Field(() => String, { description: 'The token of the link sent to the old address.' })
  @MaxLength(200)
  token!: string;
}

@ObjectType({
  description: 'The result of `accountEmailChangeUndo`: what changed, or the userErrors that say why nothing did.',
})
export class AccountEmailChangeUndoPayload {
  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class AccountEmailChangeUndoResolver {
  @Mutation(() => AccountEmailChangeUndoPayload, {
    description:
      'Undoes a change of email with the link sent to the old address (valid 7 days, once): the old address comes back, and every session, API token and password reset link of the account ends. Then ask for a new password.',
  })
  async accountEmailChangeUndo(
    @Arg('input', () => AccountEmailChangeUndoInput, { description: 'What to do (see AccountEmailChangeUndoInput).' })
    input: AccountEmailChangeUndoInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccountEmailChangeUndoPayload> {
    const service = new EmailChangeService(ctx.em, ctx.services.get(emailOutboxService), ctx.config.portalPublicUrl);
    return (await service.undo(input.token, ctx.requestId))
      ? { userErrors: [] }
      : { userErrors: [accountError(AccountErrorCode.INVALID_TOKEN, 'this link is not valid', 'token')] };
  }
}
