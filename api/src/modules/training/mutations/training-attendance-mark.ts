import { Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { RegistrationService } from '../registration.service.js';
import { TrainingError } from '../training.errors.js';
import { requireSessionRunner } from '../training-trainers.js';
import { TrainingRegistration, toRegistration } from '../training.type.js';

@InputType({ description: 'The input of `trainingAttendanceMark`.' })
export class TrainingAttendanceMarkInput {
  @Field(() => ID, { description: 'The registration (TrainingRegistration.id).' })
  @MaxLength(200)
  registrationId!: string;

  @Field(() => Int, { description: 'The day of the session (TrainingSessionDay.position, from 1).' })
  @Min(1)
  @Max(1000)
  dayPosition!: number;

  @Field(() => Boolean, { description: 'Whether the person attended that day.' })
  present!: boolean;
}

@ObjectType({
  description:
    'The result of `trainingAttendanceMark`: the registration, or the userErrors that say why nothing changed.',
})
export class TrainingAttendanceMarkPayload {
  @Field(() => TrainingRegistration, { nullable: true, description: 'The registration, with its attendance.' })
  registration!: TrainingRegistration | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingAttendanceMarkResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => TrainingAttendanceMarkPayload, {
    description:
      "Marks whether a confirmed participant attended a day of their session (officers, and the session's trainers for their own sessions; marking again corrects it).",
  })
  async trainingAttendanceMark(
    @Arg('input', () => TrainingAttendanceMarkInput, { description: 'Who, which day, present or not.' })
    input: TrainingAttendanceMarkInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingAttendanceMarkPayload> {
    const officer = await requireSessionRunner(ctx);
    const result = await new RegistrationService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).markAttendance(
      globalUuid('TrainingRegistration', input.registrationId, 'input.registrationId', 'a registration'),
      input.dayPosition,
      input.present,
      { userId: ctx.viewer!.userId, requestId: ctx.requestId, officer },
    );
    if (result.error) return { registration: null, userErrors: [result.error] };
    return { registration: toRegistration(result.ok), userErrors: [] };
  }
}
