import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toConsultation } from '../participation.type.js';
import { ConsultationPayloadBase, actorOf, consultationService } from './participation-payloads.js';

@InputType({ description: 'The input of `consultationReportPublish`.' })
export class ConsultationReportPublishInput {
  @Field(() => ID, { description: 'Consultation.id.' })
  @MaxLength(200)
  consultationId!: string;
}

@ObjectType({ description: 'The result of `consultationReportPublish`.' })
export class ConsultationReportPublishPayload extends ConsultationPayloadBase {}

@Resolver()
export class ConsultationReportPublishResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ConsultationReportPublishPayload, {
    description:
      'Publishes the report of a consultation in analysis (its owning team), once every contribution is answered: answers and what changed become public.',
  })
  async consultationReportPublish(
    @Arg('input', () => ConsultationReportPublishInput, { description: 'The consultation.' })
    input: ConsultationReportPublishInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsultationReportPublishPayload> {
    const id = globalUuid('Consultation', input.consultationId, 'input.consultationId', 'a consultation');
    const result = await consultationService(ctx).reportPublish(id, actorOf(ctx));
    if ('errors' in result) return { consultation: null, userErrors: result.errors };
    return { consultation: toConsultation(result.ok), userErrors: [] };
  }
}
