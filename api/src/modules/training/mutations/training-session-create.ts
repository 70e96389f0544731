import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { CourseService } from '../course.service.js';
import { TrainingAudience, TrainingLanguage } from '../training.enums.js';
import { TrainingError } from '../training.errors.js';
import { OFFICER_ROLES } from '../training.resolver.js';
import { TrainingSession, toSession } from '../training.type.js';

@InputType({ description: 'One day of a session (UTC).' })
export class TrainingSessionDayInput {
  @Field(() => GraphQLDateTime, { description: 'When the day starts.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the day ends (after it starts).' })
  endsAt!: Date;
}

/** The fields of a session, all optional (an update changes those given; creating needs the required ones). */
// never an argument itself, so never emitted (type-graphql emits reachable types only)
@InputType('TrainingSessionFieldsBase')
export class TrainingSessionFieldsInput {
  @Field(() => [TrainingSessionDayInput], {
    nullable: true,
    description:
      'Its days (at least one, none overlapping); required to create; given on update, they replace the days.',
  })
  @IsOptional()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  days?: TrainingSessionDayInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Governorate code of the venue (e.g. JO-IR); a venue or an online link is required.',
  })
  @IsOptional()
  @MaxLength(10)
  governorate?: string | null;

  @Field(() => String, { nullable: true, description: 'Address of the venue, in Arabic.' })
  @IsOptional()
  @MaxLength(500)
  venueAddressAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Address of the venue, in English.' })
  @IsOptional()
  @MaxLength(500)
  venueAddressEn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The venue has step-free access.' })
  stepFreeAccess?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The venue has an accessible toilet.' })
  accessibleToilet?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The room has a hearing loop.' })
  hearingLoop?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Sign-language interpretation is available.' })
  signLanguageInterpretation?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Link of an online session (https://); shown to confirmed participants only.',
  })
  @IsOptional()
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => TrainingLanguage, { nullable: true, description: 'Language; required to create.' })
  language?: TrainingLanguage | null;

  @Field(() => [String], { nullable: true, description: 'Names of the trainers.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(200, { each: true })
  trainers?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Seats (1 to 10000); required to create.' })
  @IsOptional()
  @Min(1)
  @Max(10000)
  seats?: number | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When registration opens; required to create.' })
  registrationOpensAt?: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Registration deadline (after it opens); required to create.',
  })
  registrationDeadline?: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Last moment participants may cancel themselves (default: the first day).',
  })
  cancellationDeadline?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only verified organisations may register staff (default true).',
  })
  verifiedOrganizationsOnly?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this many registrations per organisation; null: no limit.',
  })
  @IsOptional()
  @Min(1)
  @Max(10000)
  maxPerOrganization?: number | null;

  @Field(() => TrainingAudience, { nullable: true, description: 'Who may register; required to create.' })
  audience?: TrainingAudience | null;
}

@InputType({ description: 'The input of `trainingSessionCreate`.' })
export class TrainingSessionCreateInput extends TrainingSessionFieldsInput {
  @Field(() => ID, { description: 'The course this session runs (TrainingCourse.id).' })
  @MaxLength(200)
  courseId!: string;
}

@ObjectType({
  description: 'The result of `trainingSessionCreate`: the session, or the userErrors that say why nothing changed.',
})
export class TrainingSessionCreatePayload {
  @Field(() => TrainingSession, { nullable: true, description: 'The new session.' })
  session!: TrainingSession | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingSessionCreateResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingSessionCreatePayload, { description: 'Schedules a session of a course (officers).' })
  async trainingSessionCreate(
    @Arg('input', () => TrainingSessionCreateInput, { description: 'The session (see TrainingSessionCreateInput).' })
    input: TrainingSessionCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingSessionCreatePayload> {
    const { courseId, ...fields } = input;
    const id = globalUuid('TrainingCourse', courseId, 'input.courseId', 'a course');
    const result = await new CourseService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).createSession(id, fields, { userId: ctx.viewer!.userId, requestId: ctx.requestId });
    if ('errors' in result) return { session: null, userErrors: result.errors };
    if (result.error) return { session: null, userErrors: [result.error] };
    return { session: toSession(result.ok), userErrors: [] };
  }
}
