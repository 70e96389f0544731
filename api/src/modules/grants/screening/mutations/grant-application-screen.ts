import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { GrantApplicationEntity } from '../../grants.entities.js';
import { GrantErrorCode as Code, GrantError, grantError } from '../../grants.errors.js';
import { GRANT_OFFICERS } from '../../grants.resolver.js';
import { GrantScreeningHit, hitsOf } from '../screening.graphql.js';
import { screenApplication } from '../screening.service.js';

@InputType({ description: 'The input of `grantApplicationScreen`.' })
export class GrantApplicationScreenInput {
  @Field(() => ID, { description: 'GrantApplication.id.' })
  @MaxLength(200)
  applicationId!: string;
}

@ObjectType({ description: 'The result of `grantApplicationScreen`.' })
export class GrantApplicationScreenPayload {
  @Field(() => [GrantScreeningHit], { nullable: true, description: "The application's hits after screening." })
  hits!: GrantScreeningHit[] | null;

  @Field(() => [GrantError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: GrantError[];
}

@Resolver()
export class GrantApplicationScreenResolver {
  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantApplicationScreenPayload, {
    description: "Screens an application's applicants and their named people against the list now (officers).",
  })
  async grantApplicationScreen(
    @Arg('input', () => GrantApplicationScreenInput, { description: 'The application.' })
    input: GrantApplicationScreenInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationScreenPayload> {
    const uuid = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    if ((await ctx.em.count(GrantApplicationEntity, { id: uuid })) === 0)
      return {
        hits: null,
        userErrors: [grantError(Code.APPLICATION_NOT_FOUND, 'no such application', 'applicationId')],
      };
    await ctx.em.transactional((tx) => screenApplication(tx, uuid));
    return { hits: await hitsOf(ctx, 'h.application_id = ?', [uuid]), userErrors: [] };
  }
}
