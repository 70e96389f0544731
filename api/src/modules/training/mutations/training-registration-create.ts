import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { organizationUuid } from '../../directory/index.js';
import { RegistrationService } from '../registration.service.js';
import { TrainingDisaggregationInput } from '../disaggregation.type.js';
import { TrainingError } from '../training.errors.js';
import { TrainingRegistration, toRegistration } from '../training.type.js';

@InputType({ description: 'What a participant asks for to take part.' })
export class TrainingAccommodationsInput {
  @Field(() => Boolean, { nullable: true, description: 'Sign-language interpretation.' })
  signLanguage?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'An accessible venue.' })
  accessibleVenue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Transport to and from the venue.' })
  transport?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "A seat for a carer (it does not take a participant's seat)." })
  carerSeat?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Materials in accessible formats.' })
  accessibleMaterials?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Anything else (seen by officers only).' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: 'The input of `trainingRegistrationCreate`.' })
export class TrainingRegistrationCreateInput {
  @Field(() => ID, { description: 'The session (TrainingSession.id).' })
  @MaxLength(200)
  sessionId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation the person registers for (one they belong to); null to register as a public official.',
  })
  @IsOptional()
  @MaxLength(200)
  organizationId?: string | null;

  @Field(() => TrainingAccommodationsInput, { nullable: true, description: 'Accommodations asked for, if any.' })
  accommodations?: TrainingAccommodationsInput | null;

  @Field(() => TrainingDisaggregationInput, {
    nullable: true,
    description: 'Optional answers for disaggregated statistics (sex, age band, disability), kept only with consent.',
  })
  disaggregation?: TrainingDisaggregationInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A key the client makes once per registration attempt: repeating the request with it returns the first answer.',
  })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@ObjectType({
  description:
    'The result of `trainingRegistrationCreate`: the registration, or the userErrors that say why there is none.',
})
export class TrainingRegistrationCreatePayload {
  @Field(() => TrainingRegistration, {
    nullable: true,
    description: 'The registration: CONFIRMED with a seat, or WAITLISTED with its position.',
  })
  registration!: TrainingRegistration | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingRegistrationCreateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => TrainingRegistrationCreatePayload, {
    description:
      'Registers the signed-in person for a session, for an organisation they belong to or as a public official: a seat if one is left, else the next place on the waitlist. A confirmation or waitlist email follows.',
  })
  async trainingRegistrationCreate(
    @Arg('input', () => TrainingRegistrationCreateInput, {
      description: 'What to register for (see TrainingRegistrationCreateInput).',
    })
    input: TrainingRegistrationCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingRegistrationCreatePayload> {
    const viewer = ctx.viewer!;
    const result = await new RegistrationService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).register(
      {
        sessionId: globalUuid('TrainingSession', input.sessionId, 'input.sessionId', 'a session'),
        organizationId: input.organizationId ? organizationUuid(input.organizationId, 'input.organizationId') : null,
        accommodations: input.accommodations ?? {},
        idempotencyKey: input.idempotencyKey ?? null,
        disaggregation: input.disaggregation ?? null,
      },
      { userId: viewer.userId, email: viewer.email, memberships: viewer.memberships, requestId: ctx.requestId },
    );
    if (result.error) return { registration: null, userErrors: [result.error] };
    return { registration: toRegistration(result.ok), userErrors: [] };
  }
}
