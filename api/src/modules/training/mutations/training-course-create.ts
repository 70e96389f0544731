import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import type { GraphQLContext } from '../../../context.js';
import { CourseService } from '../course.service.js';
import { TrainingAudience, TrainingLevel } from '../training.enums.js';
import { TrainingError } from '../training.errors.js';
import { OFFICER_ROLES } from '../training.resolver.js';
import { TrainingCourse, toCourse } from '../training.type.js';

/** The fields of a course, all optional (an update changes those given; creating needs the required ones). */
// never an argument itself, so never emitted (type-graphql emits reachable types only)
@InputType('TrainingCourseFieldsBase')
export class TrainingCourseFieldsInput {
  @Field(() => String, { nullable: true, description: 'Title in Arabic (a title in Arabic or English is required).' })
  @IsOptional()
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'What the course covers, in Arabic.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionAr?: string | null;

  @Field(() => String, { nullable: true, description: 'What the course covers, in English.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Topic code (trainingTopics); required to create.' })
  @IsOptional()
  @MaxLength(60)
  topic?: string | null;

  @Field(() => TrainingLevel, { nullable: true, description: 'Level; required to create.' })
  level?: TrainingLevel | null;

  @Field(() => TrainingAudience, { nullable: true, description: 'Who it is for; required to create.' })
  audience?: TrainingAudience | null;

  @Field(() => Int, { nullable: true, description: 'Expected hours (1 to 1000); required to create.' })
  @IsOptional()
  @Min(1)
  @Max(1000)
  expectedHours?: number | null;

  @Field(() => String, { nullable: true, description: 'Prerequisites, in Arabic.' })
  @IsOptional()
  @MaxLength(2000)
  prerequisitesAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Prerequisites, in English.' })
  @IsOptional()
  @MaxLength(2000)
  prerequisitesEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Share of days to attend to complete it, in percent (default 80).' })
  @IsOptional()
  @Min(0)
  @Max(100)
  completionAttendancePercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Post-test pass mark in percent; null: no post-test.' })
  @IsOptional()
  @Min(0)
  @Max(100)
  completionPassMark?: number | null;
}

@InputType({ description: 'The input of `trainingCourseCreate`.' })
export class TrainingCourseCreateInput extends TrainingCourseFieldsInput {}

@ObjectType({
  description: 'The result of `trainingCourseCreate`: the course, or the userErrors that say why nothing changed.',
})
export class TrainingCourseCreatePayload {
  @Field(() => TrainingCourse, { nullable: true, description: 'The new course.' })
  course!: TrainingCourse | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingCourseCreateResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingCourseCreatePayload, { description: 'Adds a course to the training catalogue (officers).' })
  async trainingCourseCreate(
    @Arg('input', () => TrainingCourseCreateInput, { description: 'The course (see TrainingCourseCreateInput).' })
    input: TrainingCourseCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCourseCreatePayload> {
    const result = await new CourseService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).createCourse({ ...input }, { userId: ctx.viewer!.userId, requestId: ctx.requestId });
    if ('errors' in result) return { course: null, userErrors: result.errors };
    if (result.error) return { course: null, userErrors: [result.error] };
    return { course: toCourse(result.ok), userErrors: [] };
  }
}
