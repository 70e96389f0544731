import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toConsultation } from '../participation.type.js';
import { ConsultationPayloadBase, actorOf, consultationService } from './participation-payloads.js';

@InputType({ description: 'The input of `consultationPublish`.' })
export class ConsultationPublishInput {
  @Field(() => ID, { description: 'Consultation.id.' })
  @MaxLength(200)
  consultationId!: string;
}

@ObjectType({ description: 'The result of `consultationPublish`.' })
export class ConsultationPublishPayload extends ConsultationPayloadBase {}

@Resolver()
export class ConsultationPublishResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ConsultationPublishPayload, {
    description:
      'Publishes a draft consultation (its owning team): it becomes public, and open to contributions between its dates.',
  })
  async consultationPublish(
    @Arg('input', () => ConsultationPublishInput, { description: 'The consultation.' }) input: ConsultationPublishInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsultationPublishPayload> {
    const id = globalUuid('Consultation', input.consultationId, 'input.consultationId', 'a consultation');
    const result = await consultationService(ctx).publish(id, actorOf(ctx));
    if ('errors' in result) return { consultation: null, userErrors: result.errors };
    return { consultation: toConsultation(result.ok), userErrors: [] };
  }
}
