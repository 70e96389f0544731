import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { isOfficer } from '../../../common/auth/viewer.js';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { RegistrationService } from '../registration.service.js';
import { TrainingError } from '../training.errors.js';
import { TrainingRegistration, toRegistration } from '../training.type.js';

@InputType({ description: 'The input of `trainingRegistrationCancel`.' })
export class TrainingRegistrationCancelInput {
  @Field(() => ID, { description: 'The registration (TrainingRegistration.id).' })
  @MaxLength(200)
  registrationId!: string;

  @Field(() => String, { nullable: true, description: 'Why (an officer says; kept in the audit log).' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}

@ObjectType({
  description:
    'The result of `trainingRegistrationCancel`: the registration, or the userErrors that say why nothing changed.',
})
export class TrainingRegistrationCancelPayload {
  @Field(() => TrainingRegistration, { nullable: true, description: 'The cancelled registration.' })
  registration!: TrainingRegistration | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingRegistrationCancelResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => TrainingRegistrationCancelPayload, {
    description:
      "Cancels a registration: the person's own before the cancellation deadline, or any by an officer. A freed seat goes at once to the first waitlisted, who is emailed.",
  })
  async trainingRegistrationCancel(
    @Arg('input', () => TrainingRegistrationCancelInput, { description: 'Which registration.' })
    input: TrainingRegistrationCancelInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingRegistrationCancelPayload> {
    const id = globalUuid('TrainingRegistration', input.registrationId, 'input.registrationId', 'a registration');
    const result = await new RegistrationService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).cancel(
      id,
      { userId: ctx.viewer!.userId, requestId: ctx.requestId, officer: isOfficer(ctx.viewer) },
      input.reason?.trim() || null,
    );
    if (result.error) return { registration: null, userErrors: [result.error] };
    return { registration: toRegistration(result.ok), userErrors: [] };
  }
}
