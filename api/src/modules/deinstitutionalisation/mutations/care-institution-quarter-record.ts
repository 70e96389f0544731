import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { DeinstitutionalisationError } from '../deinstitutionalisation.errors.js';
import { OFFICER_ROLES } from '../deinstitutionalisation.resolver.js';
import { DeinstitutionalisationService } from '../deinstitutionalisation.service.js';
import {
  CareInstitution,
  CareInstitutionQuarter,
  toCareInstitution,
  toCareInstitutionQuarter,
} from '../deinstitutionalisation.type.js';

// counts have no lower bound here: a negative one is answered as NEGATIVE_NUMBER next to its field
@InputType({
  description:
    "The input of `careInstitutionQuarterRecord`: one institution's figures for one quarter (aggregates only, never a person).",
})
export class CareInstitutionQuarterRecordInput {
  @Field(() => ID, { description: 'CareInstitution.id.' })
  @MaxLength(200)
  institutionId!: string;

  @Field(() => Int, { description: 'The year (2000 to 2100).' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { description: 'The quarter, 1 to 4; not one that has not started yet (Amman time).' })
  @Min(1)
  @Max(4)
  quarter!: number;

  @Field(() => Int, { description: "Residents at the quarter's end; not above the institution's capacity." })
  @Max(1000000)
  residents!: number;

  @Field(() => Int, { description: 'Transitions to family care during the quarter.' })
  @Max(1000000)
  transitionsToFamily!: number;

  @Field(() => Int, {
    description:
      'Transitions to community-based care during the quarter; with those to family care, not above the residents.',
  })
  @Max(1000000)
  transitionsToCommunity!: number;

  @Field(() => Int, { description: 'Places available in community-based care.' })
  @Max(1000000)
  communityPlaces!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'To correct recorded figures: their `version` when the form was opened (CONFLICT if they changed since). Left out, the quarter must not be recorded yet (else ALREADY_RECORDED).',
  })
  @IsOptional()
  expectedVersion?: number | null;
}

@ObjectType({
  description:
    'The result of `careInstitutionQuarterRecord`: the figures as recorded, or the userErrors that say why nothing changed.',
})
export class CareInstitutionQuarterRecordPayload {
  @Field(() => CareInstitution, { nullable: true, description: 'The institution.' })
  institution!: CareInstitution | null;

  @Field(() => CareInstitutionQuarter, { nullable: true, description: 'The figures as recorded.' })
  figures!: CareInstitutionQuarter | null;

  @Field(() => [DeinstitutionalisationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: DeinstitutionalisationError[];
}

@Resolver()
export class CareInstitutionQuarterRecordResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => CareInstitutionQuarterRecordPayload, {
    description:
      "Records or corrects an institution's figures for a quarter (officers and MoSD officials): a future quarter, negative counts, transitions over residents and residents over capacity are refused.",
  })
  async careInstitutionQuarterRecord(
    @Arg('input', () => CareInstitutionQuarterRecordInput, { description: 'The figures.' })
    input: CareInstitutionQuarterRecordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CareInstitutionQuarterRecordPayload> {
    const { institutionId, expectedVersion, ...figures } = input;
    const id = globalUuid('CareInstitution', institutionId, 'input.institutionId', 'a care institution');
    const result = await new DeinstitutionalisationService(ctx.em).recordQuarter(id, figures, expectedVersion, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { institution: null, figures: null, userErrors: result.errors };
    return {
      institution: toCareInstitution(result.ok.institution),
      figures: toCareInstitutionQuarter(result.ok.figures),
      userErrors: [],
    };
  }
}
