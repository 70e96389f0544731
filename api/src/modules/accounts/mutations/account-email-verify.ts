import { MaxLength } from 'class-validator';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError } from '../account.errors.js';
import { toViewer } from '../account.mapper.js';
import { Viewer } from '../account.type.js';
import { changeOf, EmailChangeService } from '../email-change.service.js';
import { SessionService } from '../session.service.js';
import { sessionViewer } from '../viewer.service.js';
import { withCookies } from './account-input.js';
import { authService } from '../auth.service.js';

@InputType({ description: 'The input of `accountEmailVerify`.' })
export class AccountEmailVerifyInput {
  @Field(() => String, { description: 'The token of the link sent by email.' })
  @MaxLength(2000)
  token!: string;
}

@ObjectType({
  description: 'The result of `accountEmailVerify`: what changed, or the userErrors that say why nothing did.',
})
export class AccountEmailVerifyPayload {
  @Field(() => Viewer, { nullable: true, description: 'Signed in once confirmed (the session cookie is set).' })
  viewer!: Viewer | null;

  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class AccountEmailVerifyResolver {
  @Mutation(() => AccountEmailVerifyPayload, {
    description: 'Confirms an email address (after sign-up or a change of email) with the token of the emailed link.',
  })
  async accountEmailVerify(
    @Arg('input', () => AccountEmailVerifyInput, { description: 'What to do (see AccountEmailVerifyInput).' })
    input: AccountEmailVerifyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccountEmailVerifyPayload> {
    // a change of address (Better Auth checks the token's signature; this only reads what it says)
    const change = changeOf(input.token);
    try {
      await withCookies(ctx, (headers) =>
        ctx.services
          .get(authService)
          .auth.api.verifyEmail({ query: { token: input.token }, headers, returnHeaders: true }),
      );
    } catch {
      // Better Auth answers a bad, expired or tampered token with an error: one answer for all of them
      return {
        viewer: null,
        userErrors: [accountError(AccountErrorCode.INVALID_TOKEN, 'this link is not valid', 'token')],
      };
    }
    if (change) {
      await new EmailChangeService(ctx.em, ctx.services.get(emailOutboxService), ctx.config.portalPublicUrl).changed({
        ...change,
        requestId: ctx.requestId,
      });
    }
    // the session Better Auth opened (its cookie holds "<token>.<signature>"); none when already confirmed
    const cookie = ctx.http.setCookies.map((c) => /^shabaka\.session_token=([^;]+)/.exec(c)?.[1]).find(Boolean);
    const token = cookie ? decodeURIComponent(cookie).split('.')[0] : undefined;
    const session = token ? await new SessionService(ctx.em).byToken(token) : null;
    if (!session) return { viewer: null, userErrors: [] };
    const principal = await sessionViewer(ctx.em, session.userId, session.id);
    return { viewer: principal ? toViewer(principal) : null, userErrors: [] };
  }
}
