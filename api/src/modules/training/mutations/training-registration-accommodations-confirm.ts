import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { RegistrationService } from '../registration.service.js';
import { TrainingError } from '../training.errors.js';
import { OFFICER_ROLES } from '../training.resolver.js';
import { TrainingRegistration, toRegistration } from '../training.type.js';

@InputType({ description: 'The input of `trainingRegistrationAccommodationsConfirm`.' })
export class TrainingRegistrationAccommodationsConfirmInput {
  @Field(() => ID, { description: 'The registration (TrainingRegistration.id).' })
  @MaxLength(200)
  registrationId!: string;
}

@ObjectType({
  description:
    'The result of `trainingRegistrationAccommodationsConfirm`: the registration, or the userErrors that say why nothing changed.',
})
export class TrainingRegistrationAccommodationsConfirmPayload {
  @Field(() => TrainingRegistration, { nullable: true, description: 'The registration, its accommodations confirmed.' })
  registration!: TrainingRegistration | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingRegistrationAccommodationsConfirmResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingRegistrationAccommodationsConfirmPayload, {
    description: 'An officer confirms that the accommodations a participant asked for are arranged.',
  })
  async trainingRegistrationAccommodationsConfirm(
    @Arg('input', () => TrainingRegistrationAccommodationsConfirmInput, { description: 'Which registration.' })
    input: TrainingRegistrationAccommodationsConfirmInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingRegistrationAccommodationsConfirmPayload> {
    const result = await new RegistrationService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).confirmAccommodations(
      globalUuid('TrainingRegistration', input.registrationId, 'input.registrationId', 'a registration'),
      { userId: ctx.viewer!.userId, requestId: ctx.requestId, officer: true },
    );
    if (result.error) return { registration: null, userErrors: [result.error] };
    return { registration: toRegistration(result.ok), userErrors: [] };
  }
}
