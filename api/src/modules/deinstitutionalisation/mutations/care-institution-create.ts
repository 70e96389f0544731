import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { DeinstitutionalisationError } from '../deinstitutionalisation.errors.js';
import { OFFICER_ROLES } from '../deinstitutionalisation.resolver.js';
import { DeinstitutionalisationService } from '../deinstitutionalisation.service.js';
import { CareInstitution, toCareInstitution } from '../deinstitutionalisation.type.js';
import { CareInstitutionFieldsInput } from './care-institution-fields.js';

@InputType({ description: 'The input of `careInstitutionCreate`.' })
export class CareInstitutionCreateInput extends CareInstitutionFieldsInput {}

@ObjectType({
  description:
    'The result of `careInstitutionCreate`: the institution, or the userErrors that say why nothing changed.',
})
export class CareInstitutionCreatePayload {
  @Field(() => CareInstitution, { nullable: true, description: 'The new institution.' })
  institution!: CareInstitution | null;

  @Field(() => [DeinstitutionalisationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: DeinstitutionalisationError[];
}

@Resolver()
export class CareInstitutionCreateResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => CareInstitutionCreatePayload, {
    description: 'Adds a residential care institution (officers and MoSD officials).',
  })
  async careInstitutionCreate(
    @Arg('input', () => CareInstitutionCreateInput, { description: 'The institution.' })
    input: CareInstitutionCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CareInstitutionCreatePayload> {
    const result = await new DeinstitutionalisationService(ctx.em).createInstitution(
      { ...input },
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    if ('errors' in result) return { institution: null, userErrors: result.errors };
    return { institution: toCareInstitution(result.ok), userErrors: [] };
  }
}
