import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toSection } from '../participation.type.js';
import { ConsultationSectionPayloadBase, actorOf, consultationService } from './participation-payloads.js';

@InputType({ description: 'The input of `consultationSectionChangesSet`.' })
export class ConsultationSectionChangesSetInput {
  @Field(() => ID, { description: 'ConsultationSection.id.' })
  @MaxLength(200)
  sectionId!: string;

  @Field(() => String, { nullable: true, description: 'What changed in the section, in Arabic.' })
  @IsOptional()
  @MaxLength(10000)
  whatChangedAr?: string | null;

  @Field(() => String, { nullable: true, description: 'What changed in the section, in English.' })
  @IsOptional()
  @MaxLength(10000)
  whatChangedEn?: string | null;
}

@ObjectType({ description: 'The result of `consultationSectionChangesSet`.' })
export class ConsultationSectionChangesSetPayload extends ConsultationSectionPayloadBase {}

@Resolver()
export class ConsultationSectionChangesSetResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ConsultationSectionChangesSetPayload, {
    description:
      'Writes what changed in a section after the consultation (its owning team, in analysis); public with the report.',
  })
  async consultationSectionChangesSet(
    @Arg('input', () => ConsultationSectionChangesSetInput, { description: 'What changed.' })
    input: ConsultationSectionChangesSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsultationSectionChangesSetPayload> {
    const result = await consultationService(ctx).sectionChangesSet(
      {
        sectionId: globalUuid('ConsultationSection', input.sectionId, 'input.sectionId', 'a section'),
        whatChangedAr: input.whatChangedAr ?? null,
        whatChangedEn: input.whatChangedEn ?? null,
      },
      actorOf(ctx),
    );
    if ('errors' in result) return { section: null, userErrors: result.errors };
    return { section: toSection(result.ok, true), userErrors: [] };
  }
}
