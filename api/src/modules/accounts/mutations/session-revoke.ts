import { IsUUID } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { SessionService } from '../session.service.js';
import { AccountError, AccountErrorCode, accountError } from '../account.errors.js';

@InputType({ description: 'The input of `sessionRevoke`.' })
export class SessionRevokeInput {
  @Field(() => ID, { description: 'Id of one of your sessions (Viewer.sessions).' })
  @IsUUID()
  id!: string;
}

@ObjectType({ description: 'The result of `sessionRevoke`: what changed, or the userErrors that say why nothing did.' })
export class SessionRevokePayload {
  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class SessionRevokeResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => SessionRevokePayload, {
    description:
      'Ends one of your sessions (for example a browser left signed in elsewhere); from a signed-in browser only (NOT_A_SESSION for an API token).',
  })
  async sessionRevoke(
    @Arg('input', () => SessionRevokeInput, { description: 'What to do (see SessionRevokeInput).' })
    input: SessionRevokeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SessionRevokePayload> {
    // sessions are managed from a signed-in browser only: a token (perhaps leaked) cannot sign its owner out
    if (ctx.viewer!.via.kind !== 'SESSION') {
      return {
        userErrors: [accountError(AccountErrorCode.NOT_A_SESSION, 'sign in with a browser to manage sessions', null)],
      };
    }
    // only the person's own sessions: another person's id answers as an unknown one
    return (await new SessionService(ctx.em).revoke(ctx.viewer!.userId, input.id))
      ? { userErrors: [] }
      : { userErrors: [accountError(AccountErrorCode.NOT_FOUND, 'no such session of yours', 'id')] };
  }
}
