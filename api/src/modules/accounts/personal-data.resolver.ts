import { GraphQLJSONObject } from 'graphql-scalars';
import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { erasePerson, exportPersonalData, personalDataRegistry } from '../../common/personal-data/personal-data.js';
import type { GraphQLContext } from '../../context.js';
import { AccountError, AccountErrorCode, accountError, passwordCheckError } from './account.errors.js';
import { personRef } from './accounts.personal-data.js';
import { checkPassword } from './credentials.service.js';

@InputType({ description: 'The input of `accountErase`.' })
export class AccountEraseInput {
  @Field(() => String, { description: 'Your password, to confirm.' })
  @MaxLength(128)
  password!: string;
}

@ObjectType({ description: 'The result of `accountErase`: what changed, or the userErrors that say why nothing did.' })
export class AccountErasePayload {
  @Field(() => [AccountError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: AccountError[];
}

@Resolver()
export class PersonalDataResolver {
  @Authorized('SIGNED_IN')
  @Query(() => GraphQLJSONObject, {
    description:
      'Everything the platform holds about you, as one JSON document (PDPL right of access). Never password hashes or token secrets, which are not readable by anyone.',
  })
  async viewerDataExport(@Ctx() ctx: GraphQLContext): Promise<Record<string, unknown>> {
    const person = await personRef(ctx.em, ctx.viewer!.userId);
    if (!person) return {};
    return exportPersonalData(ctx.em, ctx.services.get(personalDataRegistry), person, ctx.requestId);
  }

  @Authorized('SIGNED_IN')
  @Mutation(() => AccountErasePayload, {
    description:
      'Erases your account (PDPL right to erasure): your name, email, sessions, tokens, roles and memberships are removed; records that must stay keep an anonymous pseudonym. Cannot be undone. Wrong passwords count with those of sign-in: after 3 within 10 s the check is refused for a while (TOO_MANY_ATTEMPTS with retryAfterSeconds).',
  })
  async accountErase(
    @Arg('input', () => AccountEraseInput, { description: 'What to do (see AccountEraseInput).' })
    input: AccountEraseInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccountErasePayload> {
    const viewer = ctx.viewer!;
    if (viewer.via.kind !== 'SESSION') {
      return {
        userErrors: [
          accountError(AccountErrorCode.NOT_A_SESSION, 'sign in with a browser to erase your account', null),
        ],
      };
    }
    const check = await checkPassword(ctx.em, viewer, input.password, ctx.http.clientAddress);
    if (!check.ok) return { userErrors: [passwordCheckError(check.retryAfterSeconds)] };
    const person = await personRef(ctx.em, viewer.userId);
    const refusal = person
      ? await erasePerson(ctx.em, ctx.services.get(personalDataRegistry), person, ctx.requestId)
      : undefined;
    // the refusals' codes are AccountErrorCode values (membership's LAST_OWNER)
    if (refusal) {
      const names = refusal.organizationNames?.map((n) => ({ ar: n.ar, en: n.en }));
      return { userErrors: [accountError(refusal.code as AccountErrorCode, refusal.message, null, undefined, names)] };
    }
    // the session is gone: the browser's cookie is cleared too
    ctx.http.setCookies.push('shabaka.session_token=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax');
    return { userErrors: [] };
  }
}
