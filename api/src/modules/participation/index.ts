/**
 * Participation, first part: policy consultations. MoSD, its directorates and the programme put drafts to verified
 * organisations, which take positions per section and endorse each other's; the owners answer each contribution and
 * publish a report; adopted policies are monitored by a quarterly scorecard per governorate. The public face of the
 * module: what the platform and other modules may use of it. Second part: social innovation challenges, from idea
 * through a jury (the review module) and shortlist to prototype and pilot grant.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { ChallengeEntities } from './challenges/challenge.entities.js';
import {
  ChallengeQueryResolver,
  InnovationChallengeResolver,
  InnovationIdeaResolver,
  innovationChallengeByKey,
  innovationIdeaByKey,
} from './challenges/challenge.resolver.js';
import { InnovationChallengeCreateResolver } from './challenges/mutations/innovation-challenge-create.js';
import { InnovationChallengePublishResolver } from './challenges/mutations/innovation-challenge-publish.js';
import { InnovationChallengeRubricSetResolver } from './challenges/mutations/innovation-challenge-rubric-set.js';
import { InnovationIdeaReviewersAssignResolver } from './challenges/mutations/innovation-idea-reviewers-assign.js';
import { InnovationIdeaShortlistResolver } from './challenges/mutations/innovation-idea-shortlist.js';
import { InnovationIdeaStageMoveResolver } from './challenges/mutations/innovation-idea-stage-move.js';
import { InnovationIdeaSubmitResolver } from './challenges/mutations/innovation-idea-submit.js';
import { InnovationIdeaUpdateResolver } from './challenges/mutations/innovation-idea-update.js';
import { ConsultationContributionAnswerResolver } from './mutations/consultation-contribution-answer.js';
import { ConsultationContributionCreateResolver } from './mutations/consultation-contribution-create.js';
import { ConsultationContributionEndorseResolver } from './mutations/consultation-contribution-endorse.js';
import { ConsultationContributionUpdateResolver } from './mutations/consultation-contribution-update.js';
import { ConsultationCreateResolver } from './mutations/consultation-create.js';
import { ConsultationPublishResolver } from './mutations/consultation-publish.js';
import { ConsultationReportPublishResolver } from './mutations/consultation-report-publish.js';
import { ConsultationSectionChangesSetResolver } from './mutations/consultation-section-changes-set.js';
import { PolicyScorecardSubmitResolver } from './mutations/policy-scorecard-submit.js';
import { ParticipationEntities } from './participation.entities.js';
import { participationExamples } from './participation.examples.js';
import { participationPersonalData } from './participation.personal-data.js';
import {
  ConsultationContributionResolver,
  ConsultationResolver,
  ConsultationSectionResolver,
  ParticipationQueryResolver,
  consultationByKey,
  consultationContributionByKey,
  consultationSectionByKey,
} from './participation.resolver.js';
import { participationRoutes } from './participation.routes.js';
import { seedDemoParticipation } from './seed/demo-seed.js';
import { seedDemoChallenges } from './challenges/challenge.demo-seed.js';

export { Consultation, ConsultationContribution, ParticipationCounts } from './participation.type.js';
export { InnovationChallenge, InnovationIdea } from './challenges/challenge.type.js';

const byUuid =
  <T>(fetch: (ctx: GraphQLContext, key: string) => Promise<T | null>) =>
  (ctx: GraphQLContext, key: string) =>
    isUuid(key) ? fetch(ctx, key) : Promise.resolve(null);

export const participationModule: PlatformModule = {
  name: 'participation',
  entities: [...ParticipationEntities, ...ChallengeEntities],
  resolvers: [
    ParticipationQueryResolver,
    ConsultationResolver,
    ConsultationSectionResolver,
    ConsultationContributionResolver,
    ConsultationCreateResolver,
    ConsultationPublishResolver,
    ConsultationContributionCreateResolver,
    ConsultationContributionUpdateResolver,
    ConsultationContributionEndorseResolver,
    ConsultationContributionAnswerResolver,
    ConsultationSectionChangesSetResolver,
    ConsultationReportPublishResolver,
    PolicyScorecardSubmitResolver,
    ChallengeQueryResolver,
    InnovationChallengeResolver,
    InnovationIdeaResolver,
    InnovationChallengeCreateResolver,
    InnovationChallengePublishResolver,
    InnovationChallengeRubricSetResolver,
    InnovationIdeaSubmitResolver,
    InnovationIdeaUpdateResolver,
    InnovationIdeaReviewersAssignResolver,
    InnovationIdeaShortlistResolver,
    InnovationIdeaStageMoveResolver,
  ],
  nodes: {
    Consultation: byUuid(consultationByKey),
    ConsultationSection: byUuid(consultationSectionByKey),
    ConsultationContribution: byUuid(consultationContributionByKey),
    InnovationChallenge: byUuid(innovationChallengeByKey),
    InnovationIdea: byUuid(innovationIdeaByKey),
  },
  routes: participationRoutes,
  personalData: participationPersonalData,
  examples: participationExamples,
  async seedDemo(em) {
    const added = await seedDemoParticipation(em);
    const challenges = await seedDemoChallenges(em);
    const said = [
      added > 0 ? `${added} demo policy consultations with contributions` : null,
      challenges > 0 ? `${challenges} demo innovation challenges with ideas` : null,
    ].filter(Boolean);
    return said.length ? said.join('; ') : undefined;
  },
};
