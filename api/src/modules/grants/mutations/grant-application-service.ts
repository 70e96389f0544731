import { emailOutboxService } from '../../../common/email/email-outbox.js';
import type { GraphQLContext } from '../../../context.js';
import { ApplicationService } from '../application.service.js';

export const applicationService = (ctx: GraphQLContext) =>
  new ApplicationService(ctx.em, ctx.services.get(emailOutboxService), ctx.config.portalPublicUrl);
