import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { DeinstitutionalisationError } from '../deinstitutionalisation.errors.js';
import { OFFICER_ROLES } from '../deinstitutionalisation.resolver.js';
import { DeinstitutionalisationService } from '../deinstitutionalisation.service.js';
import { CareInstitution, toCareInstitution } from '../deinstitutionalisation.type.js';
import { CareInstitutionFieldsInput } from './care-institution-fields.js';

@InputType({ description: 'The input of `careInstitutionUpdate`: the fields given change, the others stay.' })
export class CareInstitutionUpdateInput extends CareInstitutionFieldsInput {
  @Field(() => ID, { description: 'CareInstitution.id.' })
  @MaxLength(200)
  institutionId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The institution's `version` when the form was opened: if someone saved it meanwhile, nothing is saved and the answer is CONFLICT. Left out, the last save wins.",
  })
  @IsOptional()
  expectedVersion?: number | null;
}

@ObjectType({
  description:
    'The result of `careInstitutionUpdate`: the institution, or the userErrors that say why nothing changed.',
})
export class CareInstitutionUpdatePayload {
  @Field(() => CareInstitution, { nullable: true, description: 'The institution as it now stands.' })
  institution!: CareInstitution | null;

  @Field(() => [DeinstitutionalisationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: DeinstitutionalisationError[];
}

@Resolver()
export class CareInstitutionUpdateResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => CareInstitutionUpdatePayload, {
    description: 'Edits a residential care institution (officers and MoSD officials).',
  })
  async careInstitutionUpdate(
    @Arg('input', () => CareInstitutionUpdateInput, { description: 'The institution and its changes.' })
    input: CareInstitutionUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CareInstitutionUpdatePayload> {
    const { institutionId, expectedVersion, ...fields } = input;
    const id = globalUuid('CareInstitution', institutionId, 'input.institutionId', 'a care institution');
    const result = await new DeinstitutionalisationService(ctx.em).updateInstitution(id, fields, expectedVersion, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { institution: null, userErrors: result.errors };
    return { institution: toCareInstitution(result.ok), userErrors: [] };
  }
}
