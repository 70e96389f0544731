import { Field, ObjectType } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import type { GraphQLContext } from '../../../context.js';
import { ConsultationService, type ParticipationActor } from '../consultation.service.js';
import { ParticipationError } from '../participation.errors.js';
import {
  Consultation,
  ConsultationContribution,
  ConsultationSection,
  PolicyScorecardEntry,
} from '../participation.type.js';

export const consultationService = (ctx: GraphQLContext) =>
  new ConsultationService(ctx.em, ctx.services.get(emailOutboxService), ctx.config.portalPublicUrl);

export const actorOf = (ctx: GraphQLContext): ParticipationActor => ({ viewer: ctx.viewer!, requestId: ctx.requestId });

// never returned itself, so never emitted (type-graphql emits reachable types only)
@ObjectType('ConsultationPayloadBase')
export class ConsultationPayloadBase {
  @Field(() => Consultation, {
    nullable: true,
    description: 'The consultation as it now is; null when nothing changed.',
  })
  consultation!: Consultation | null;

  @Field(() => [ParticipationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: ParticipationError[];
}

@ObjectType('ConsultationContributionPayloadBase')
export class ConsultationContributionPayloadBase {
  @Field(() => ConsultationContribution, {
    nullable: true,
    description: 'The contribution as it now is; null when nothing changed.',
  })
  contribution!: ConsultationContribution | null;

  @Field(() => [ParticipationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: ParticipationError[];
}

@ObjectType('ConsultationSectionPayloadBase')
export class ConsultationSectionPayloadBase {
  @Field(() => ConsultationSection, {
    nullable: true,
    description: 'The section as it now is; null when nothing changed.',
  })
  section!: ConsultationSection | null;

  @Field(() => [ParticipationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: ParticipationError[];
}

@ObjectType('PolicyScorecardPayloadBase')
export class PolicyScorecardPayloadBase {
  @Field(() => PolicyScorecardEntry, { nullable: true, description: "The organisation's answer as it now is." })
  entry!: PolicyScorecardEntry | null;

  @Field(() => [ParticipationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: ParticipationError[];
}
