import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { RegistrationService } from '../registration.service.js';
import { TrainingError } from '../training.errors.js';
import { OFFICER_ROLES } from '../training.resolver.js';
import { TrainingRegistration, toRegistration } from '../training.type.js';

@InputType({ description: 'The input of `trainingRegistrationMove`.' })
export class TrainingRegistrationMoveInput {
  @Field(() => ID, { description: 'The registration (TrainingRegistration.id).' })
  @MaxLength(200)
  registrationId!: string;

  @Field(() => ID, { description: 'The session to move it to (TrainingSession.id).' })
  @MaxLength(200)
  sessionId!: string;
}

@ObjectType({
  description:
    'The result of `trainingRegistrationMove`: the registration, or the userErrors that say why nothing changed.',
})
export class TrainingRegistrationMovePayload {
  @Field(() => TrainingRegistration, { nullable: true, description: 'The registration, now for the other session.' })
  registration!: TrainingRegistration | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingRegistrationMoveResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingRegistrationMovePayload, {
    description:
      'Moves a registration to another session (officers): a seat there if one is left, else its waitlist; the waitlist of the first session moves up.',
  })
  async trainingRegistrationMove(
    @Arg('input', () => TrainingRegistrationMoveInput, { description: 'Which registration, and where to.' })
    input: TrainingRegistrationMoveInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingRegistrationMovePayload> {
    const result = await new RegistrationService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).move(
      globalUuid('TrainingRegistration', input.registrationId, 'input.registrationId', 'a registration'),
      globalUuid('TrainingSession', input.sessionId, 'input.sessionId', 'a session'),
      { userId: ctx.viewer!.userId, requestId: ctx.requestId, officer: true },
    );
    if (result.error) return { registration: null, userErrors: [result.error] };
    return { registration: toRegistration(result.ok), userErrors: [] };
  }
}
