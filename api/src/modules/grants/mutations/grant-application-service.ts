import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { jobQueueService } from '../../../common/jobs/job-queue.js';
import type { GraphQLContext } from '../../../context.js';
import { ApplicationService } from '../application.service.js';
import { screenApplicationJob } from '../screening/screening.service.js';

export const applicationService = (ctx: GraphQLContext) =>
  new ApplicationService(ctx.em, ctx.services.get(emailOutboxService), ctx.config.portalPublicUrl, async (em, id) => {
    // screening runs as a job, queued in the submitting transaction
    await ctx.services.get(jobQueueService).send(em, screenApplicationJob, { applicationId: id }, { singletonKey: id });
  });
