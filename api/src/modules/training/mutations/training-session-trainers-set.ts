import { ArrayMaxSize, IsEmail, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { audit } from '../../../common/audit/audit.js';
import { NotFoundError } from '../../../common/errors/api-errors.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { sqlRows } from '../../../database/sql.js';
import { TrainingSessionTrainerEntity } from '../disaggregation.entities.js';
import { TrainingSessionEntity } from '../training.entities.js';
import { TrainingError, TrainingErrorCode, trainingError } from '../training.errors.js';
import { OFFICER_ROLES } from '../training.resolver.js';
import { TrainingSession, toSession } from '../training.type.js';

@InputType({ description: 'The input of `trainingSessionTrainersSet`.' })
export class TrainingSessionTrainersSetInput {
  @Field(() => ID, { description: 'The session (TrainingSession.id).' })
  @MaxLength(200)
  sessionId!: string;

  @Field(() => [String], {
    description: "The trainers' account email addresses (replacing the session's trainers; empty: none).",
  })
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  trainerEmails!: string[];
}

@ObjectType({ description: 'The result of `trainingSessionTrainersSet`: the session, or why nothing changed.' })
export class TrainingSessionTrainersSetPayload {
  @Field(() => TrainingSession, { nullable: true, description: 'The session, with its trainers.' })
  session!: TrainingSession | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingSessionTrainersSetResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingSessionTrainersSetPayload, {
    description:
      'Names the accounts that train a session: they may mark its attendance and scores, and see its registrants (officers).',
  })
  async trainingSessionTrainersSet(
    @Arg('input', () => TrainingSessionTrainersSetInput, { description: 'The session and its trainers.' })
    input: TrainingSessionTrainersSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingSessionTrainersSetPayload> {
    const sessionId = globalUuid('TrainingSession', input.sessionId, 'input.sessionId', 'a session');
    const emails = [...new Set(input.trainerEmails.map((e) => e.trim().toLowerCase()))];
    const accounts = await sqlRows<{ id: string; email: string }>(
      ctx.em,
      'select id, lower(email) as email from auth_user where lower(email) = any(?)',
      [emails],
    );
    const byEmail = new Map(accounts.map((a) => [a.email, a.id]));
    const unknown = input.trainerEmails.findIndex((e) => !byEmail.has(e.trim().toLowerCase()));
    if (unknown >= 0) {
      return {
        session: null,
        userErrors: [
          trainingError(TrainingErrorCode.UNKNOWN_ACCOUNT, 'no account has this email address', [
            'trainerEmails',
            String(unknown),
          ]),
        ],
      };
    }
    const session = await ctx.em.transactional(async (em) => {
      const row = await em.findOne(TrainingSessionEntity, { id: sessionId });
      if (!row) throw new NotFoundError('TrainingSession');
      await em.nativeDelete(TrainingSessionTrainerEntity, { sessionId });
      for (const email of emails) em.create(TrainingSessionTrainerEntity, { sessionId, userId: byEmail.get(email)! });
      audit(em, {
        actorId: ctx.viewer!.userId,
        action: 'TRAINING_SESSION_TRAINERS_SET',
        subjectType: 'TrainingSession',
        subjectId: sessionId,
        to: `${emails.length} trainers`,
        requestId: ctx.requestId,
      });
      return row;
    });
    return { session: toSession(session), userErrors: [] };
  }
}
