import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { jobQueueService } from '../../../../common/jobs/job-queue.js';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { TrainingError } from '../../training.errors.js';
import { OFFICER_ROLES } from '../../training.resolver.js';
import { CertificateService } from '../certificate.service.js';
import { TrainingCertificateBatch, toBatch } from '../certificate.type.js';

@InputType({ description: 'The input of `trainingCertificateIssueBulk`.' })
export class TrainingCertificateIssueBulkInput {
  @Field(() => ID, { description: 'The session (TrainingSession.id).' })
  @MaxLength(200)
  sessionId!: string;
}

@ObjectType({
  description:
    'The result of `trainingCertificateIssueBulk`: the batch whose progress `trainingCertificateBatch` (or `TrainingSession.viewerCertificateBatch`) shows.',
})
export class TrainingCertificateIssueBulkPayload {
  @Field(() => TrainingCertificateBatch, { nullable: true, description: 'The batch, waiting or running.' })
  batch!: TrainingCertificateBatch | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingCertificateIssueBulkResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingCertificateIssueBulkPayload, {
    description:
      "Issues, in the background, the certificates of every confirmed participant of a session who met the course's completion rule (officers); those issued before stay as they are.",
  })
  async trainingCertificateIssueBulk(
    @Arg('input', () => TrainingCertificateIssueBulkInput, { description: 'Which session.' })
    input: TrainingCertificateIssueBulkInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCertificateIssueBulkPayload> {
    const batch = await new CertificateService(ctx.em).startBatch(
      globalUuid('TrainingSession', input.sessionId, 'input.sessionId', 'a session'),
      { userId: ctx.viewer!.userId, requestId: ctx.requestId, officer: true },
      ctx.services.get(jobQueueService),
    );
    return { batch: toBatch(batch), userErrors: [] };
  }
}
