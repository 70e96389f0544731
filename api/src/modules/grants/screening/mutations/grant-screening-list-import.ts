import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { jobQueueService } from '../../../../common/jobs/job-queue.js';
import type { GraphQLContext } from '../../../../context.js';
import { GrantError } from '../../grants.errors.js';
import { GRANT_OFFICERS } from '../../grants.resolver.js';
import { GrantScreeningList, screeningList } from '../screening.graphql.js';
import { importSanctionsList } from '../screening.service.js';

@InputType({ description: 'The input of `grantScreeningListImport`.' })
export class GrantScreeningListImportInput {
  @Field(() => String, {
    description:
      "The file's text: the EU consolidated financial sanctions list in its published CSV format (';'-separated, one row per name alias, with its header row).",
  })
  @MaxLength(50_000_000)
  content!: string;

  @Field(() => String, { description: 'Where it came from (the file name), shown with the list.' })
  @MaxLength(200)
  source!: string;
}

@ObjectType({ description: 'The result of `grantScreeningListImport`.' })
export class GrantScreeningListImportPayload {
  @Field(() => GrantScreeningList, { nullable: true, description: 'The list now in force (null on errors).' })
  list!: GrantScreeningList | null;

  @Field(() => [GrantError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: GrantError[];
}

@Resolver()
export class GrantScreeningListImportResolver {
  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantScreeningListImportPayload, {
    description:
      'Replaces the restrictive-measures list with the file in one transaction (officers), then screens every submitted application again.',
  })
  async grantScreeningListImport(
    @Arg('input', () => GrantScreeningListImportInput, { description: 'The file.' })
    input: GrantScreeningListImportInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantScreeningListImportPayload> {
    const result = await importSanctionsList(
      ctx.em,
      input.content,
      input.source,
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
      ctx.services.get(jobQueueService),
    );
    if ('errors' in result) return { list: null, userErrors: result.errors };
    return { list: await screeningList(ctx), userErrors: [] };
  }
}
