import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { CourseService } from '../course.service.js';
import { TrainingError } from '../training.errors.js';
import { OFFICER_ROLES } from '../training.resolver.js';
import { TrainingCourse, toCourse } from '../training.type.js';
import { TrainingCourseFieldsInput } from './training-course-create.js';

@InputType({ description: 'The input of `trainingCourseUpdate`: the fields given change, the others stay.' })
export class TrainingCourseUpdateInput extends TrainingCourseFieldsInput {
  @Field(() => ID, { description: 'The course (TrainingCourse.id).' })
  @MaxLength(200)
  courseId!: string;
}

@ObjectType({
  description: 'The result of `trainingCourseUpdate`: the course, or the userErrors that say why nothing changed.',
})
export class TrainingCourseUpdatePayload {
  @Field(() => TrainingCourse, { nullable: true, description: 'The course as it is now.' })
  course!: TrainingCourse | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingCourseUpdateResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingCourseUpdatePayload, { description: 'Changes a course of the catalogue (officers).' })
  async trainingCourseUpdate(
    @Arg('input', () => TrainingCourseUpdateInput, { description: 'What to change (see TrainingCourseUpdateInput).' })
    input: TrainingCourseUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCourseUpdatePayload> {
    const { courseId, ...fields } = input;
    const id = globalUuid('TrainingCourse', courseId, 'input.courseId', 'a course');
    const result = await new CourseService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).updateCourse(id, fields, { userId: ctx.viewer!.userId, requestId: ctx.requestId });
    if ('errors' in result) return { course: null, userErrors: result.errors };
    if (result.error) return { course: null, userErrors: [result.error] };
    return { course: toCourse(result.ok), userErrors: [] };
  }
}
