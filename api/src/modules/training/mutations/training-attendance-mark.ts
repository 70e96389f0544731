import { Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { audit } from '../../../common/audit/audit.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { sqlRows } from '../../../database/sql.js';
import { TrainingRegistrationEntity, TrainingSessionDayEntity } from '../training.entities.js';
import { TrainingError, TrainingErrorCode, trainingError } from '../training.errors.js';
import { OFFICER_ROLES } from '../training.resolver.js';
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
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingAttendanceMarkPayload, {
    description:
      'Marks whether a confirmed participant attended a day of their session (officers; marking again corrects it).',
  })
  async trainingAttendanceMark(
    @Arg('input', () => TrainingAttendanceMarkInput, { description: 'Who, which day, present or not.' })
    input: TrainingAttendanceMarkInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingAttendanceMarkPayload> {
    const id = globalUuid('TrainingRegistration', input.registrationId, 'input.registrationId', 'a registration');
    return ctx.em.transactional(async (em): Promise<TrainingAttendanceMarkPayload> => {
      const registration = await em.findOne(TrainingRegistrationEntity, { id });
      if (!registration) {
        return {
          registration: null,
          userErrors: [
            trainingError(TrainingErrorCode.REGISTRATION_NOT_FOUND, 'no such registration', 'registrationId'),
          ],
        };
      }
      if (registration.status !== 'CONFIRMED') {
        return {
          registration: null,
          userErrors: [
            trainingError(
              TrainingErrorCode.NOT_REGISTERED,
              `the person is ${registration.status.toLowerCase()}, not a confirmed participant`,
              'registrationId',
            ),
          ],
        };
      }
      const day = await em.findOne(TrainingSessionDayEntity, {
        sessionId: registration.sessionId,
        position: input.dayPosition,
      });
      if (!day) {
        return {
          registration: null,
          userErrors: [
            trainingError(TrainingErrorCode.DAY_OUTSIDE_SESSION, 'the session has no such day', 'dayPosition'),
          ],
        };
      }
      // an upsert: marking again corrects the mark
      await sqlRows(
        em,
        `insert into training_attendance (registration_id, day_id, present, marked_by) values (?, ?, ?, ?)
         on conflict (registration_id, day_id) do update set present = excluded.present, marked_by = excluded.marked_by,
           marked_at = date_trunc('milliseconds', now())`,
        [registration.id, day.id, input.present, ctx.viewer!.userId],
      );
      audit(em, {
        actorId: ctx.viewer!.userId,
        action: 'TRAINING_ATTENDANCE_MARKED',
        subjectType: 'TrainingRegistration',
        subjectId: registration.id,
        to: `day ${day.position}: ${input.present ? 'PRESENT' : 'ABSENT'}`,
        requestId: ctx.requestId,
      });
      return { registration: toRegistration(registration), userErrors: [] };
    });
  }
}
