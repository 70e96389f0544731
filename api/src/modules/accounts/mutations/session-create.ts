import { MaxLength } from 'class-validator';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { AccountError, AccountErrorCode, accountError, betterAuthCode } from '../account.errors.js';
import { toViewer } from '../account.mapper.js';
import { Viewer } from '../account.type.js';
import { PASSWORD_MAX_LENGTH } from '../password.js';
import { reserveSignIn, signInSucceeded } from '../sign-in-throttle.js';
import { SessionService } from '../session.service.js';
import { sessionViewer } from '../viewer.service.js';
import { normalizeEmail, withCookies } from './account-input.js';
import { authService } from '../auth.service.js';

@InputType({ description: 'The input of `sessionCreate`.' })
export class SessionCreateInput {
  @Field(() => String, { description: 'Email address (case does not matter).' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'The password.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@ObjectType({ description: 'The result of `sessionCreate`: what changed, or the userErrors that say why nothing did.' })
export class SessionCreatePayload {
  @Field(() => Viewer, {
    nullable: true,
    description: 'The signed-in person; the session cookie is set on the response.',
  })
  viewer!: Viewer | null;

  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

const INVALID = 'wrong email or password';

@Resolver()
export class SessionCreateResolver {
  @Mutation(() => SessionCreatePayload, {
    description:
      'Signs in with email and password and sets an httpOnly session cookie. Wrong credentials get one answer whatever was wrong; after 3 wrong passwords within 10 s for an email (or 20 a minute from one address) attempts are refused for a while (TOO_MANY_ATTEMPTS with retryAfterSeconds).',
  })
  async sessionCreate(
    @Arg('input', () => SessionCreateInput, { description: 'What to do (see SessionCreateInput).' })
    input: SessionCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SessionCreatePayload> {
    const email = normalizeEmail(input.email) ?? input.email.trim().toLowerCase();
    // counted before the password is checked: concurrent attempts cannot all pass the limit
    const attempt = await reserveSignIn(ctx.em, email, ctx.http.clientAddress);
    if (!('ids' in attempt)) {
      return {
        viewer: null,
        userErrors: [
          accountError(AccountErrorCode.TOO_MANY_ATTEMPTS, `try again in ${attempt.wait} s`, null, attempt.wait),
        ],
      };
    }
    try {
      const response = await withCookies(ctx, (headers) =>
        ctx.services.get(authService).auth.api.signInEmail({
          body: { email, password: input.password, rememberMe: true },
          headers,
          returnHeaders: true,
        }),
      );
      await signInSucceeded(ctx.em, attempt.ids, email);
      const session = await new SessionService(ctx.em).byToken(response.token);
      const principal = await sessionViewer(ctx.em, response.user.id, session?.id ?? '');
      return { viewer: principal ? toViewer(principal) : null, userErrors: [] };
    } catch (error) {
      const code = betterAuthCode(error);
      if (code === 'INVALID_EMAIL' || code === 'INVALID_EMAIL_OR_PASSWORD') {
        // the attempt's rows stay: they are the failure
        return { viewer: null, userErrors: [accountError(AccountErrorCode.INVALID_CREDENTIALS, INVALID, null)] };
      }
      if (code === 'EMAIL_NOT_VERIFIED') {
        // the password was right (Better Auth checks it first)
        await signInSucceeded(ctx.em, attempt.ids, email);
        return {
          viewer: null,
          userErrors: [
            accountError(
              AccountErrorCode.EMAIL_NOT_VERIFIED,
              'confirm your email address: a new link was sent',
              'email',
            ),
          ],
        };
      }
      throw error;
    }
  }
}
