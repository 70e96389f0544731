/**
 * Training: the catalogue of courses and sessions, registration with exact seats and a fair waitlist, accommodations.
 * The public face of the module: what the platform and other modules may use of it.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { isUuid } from '../../common/relay/global-id.js';
import { TrainingCalendarEntities, TrainingCalendarResolvers, TrainingCalendarRoutes } from './calendar/index.js';
import { TrainingAttendanceMarkResolver } from './mutations/training-attendance-mark.js';
import { TrainingCourseCreateResolver } from './mutations/training-course-create.js';
import { TrainingCourseUpdateResolver } from './mutations/training-course-update.js';
import { TrainingRegistrationAccommodationsConfirmResolver } from './mutations/training-registration-accommodations-confirm.js';
import { TrainingRegistrationCancelResolver } from './mutations/training-registration-cancel.js';
import { TrainingRegistrationCreateResolver } from './mutations/training-registration-create.js';
import { TrainingRegistrationMoveResolver } from './mutations/training-registration-move.js';
import { TrainingSessionCancelResolver } from './mutations/training-session-cancel.js';
import { TrainingSessionCreateResolver } from './mutations/training-session-create.js';
import { TrainingSessionUpdateResolver } from './mutations/training-session-update.js';
import { TrainingDisaggregationWithdrawResolver } from './mutations/training-disaggregation-withdraw.js';
import { TrainingScoresRecordResolver } from './mutations/training-scores-record.js';
import { TrainingSessionTrainersSetResolver } from './mutations/training-session-trainers-set.js';
import {
  TrainingInsightQueryResolver,
  TrainingRegistrationInsightResolver,
  TrainingSessionInsightResolver,
  ViewerTrainerResolver,
} from './insights.resolver.js';
import { TrainingEntities } from './training.entities.js';
import { trainingPersonalData } from './training.personal-data.js';
import { trainingExamples } from './training.examples.js';
import { seedDemoTraining } from './seed/demo-seed.js';
import { TrainingReminderEntities, TrainingReminderJobs } from './reminders/index.js';
import { CertificateEntities } from './certificates/certificate.entities.js';
import {
  TrainingCertificateQueryResolver,
  TrainingCertificateResolver,
  TrainingRegistrationCertificateResolver,
  TrainingSessionCertificateBatchResolver,
  ViewerCertificatesResolver,
  trainingCertificateByKey,
} from './certificates/certificate.resolver.js';
import { certificatePdfRoute } from './certificates/certificate.routes.js';
import { seedDemoCertificates } from './certificates/certificate.seed.js';
import { issueCertificatesJob } from './certificates/certificate.service.js';
import { TrainingCertificateIssueResolver } from './certificates/mutations/training-certificate-issue.js';
import { TrainingCertificateIssueBulkResolver } from './certificates/mutations/training-certificate-issue-bulk.js';
import { TrainingCertificateRevokeResolver } from './certificates/mutations/training-certificate-revoke.js';
import { registrantsCsvRoute } from './training.routes.js';
import {
  OrganizationTrainingResolver,
  TrainingOrganizationRegistrationResolver,
  trainingOrganizationRegistrationByKey,
} from './organization-training.resolver.js';
import {
  TrainingCourseResolver,
  TrainingQueryResolver,
  TrainingRegistrationResolver,
  TrainingSessionResolver,
  TrainingVenueResolver,
  ViewerTrainingResolver,
  trainingCourseByKey,
  trainingRegistrationByKey,
  trainingSessionByKey,
} from './training.resolver.js';

export { RegistrationService } from './registration.service.js';

const byUuid =
  <T>(fetch: (ctx: Parameters<typeof trainingCourseByKey>[0], key: string) => Promise<T | null>) =>
  (ctx: Parameters<typeof trainingCourseByKey>[0], key: string) =>
    isUuid(key) ? fetch(ctx, key) : Promise.resolve(null);

export const trainingModule: PlatformModule = {
  name: 'training',
  entities: [...TrainingEntities, ...TrainingCalendarEntities, ...TrainingReminderEntities, ...CertificateEntities],
  resolvers: [
    TrainingQueryResolver,
    TrainingCourseResolver,
    TrainingVenueResolver,
    TrainingSessionResolver,
    TrainingRegistrationResolver,
    ViewerTrainingResolver,
    OrganizationTrainingResolver,
    TrainingOrganizationRegistrationResolver,
    TrainingCourseCreateResolver,
    TrainingCourseUpdateResolver,
    TrainingSessionCreateResolver,
    TrainingSessionUpdateResolver,
    TrainingSessionCancelResolver,
    TrainingRegistrationCreateResolver,
    TrainingRegistrationCancelResolver,
    TrainingRegistrationMoveResolver,
    TrainingRegistrationAccommodationsConfirmResolver,
    TrainingAttendanceMarkResolver,
    ...TrainingCalendarResolvers,
    TrainingCertificateQueryResolver,
    TrainingCertificateResolver,
    TrainingRegistrationCertificateResolver,
    TrainingSessionCertificateBatchResolver,
    ViewerCertificatesResolver,
    TrainingCertificateIssueResolver,
    TrainingCertificateIssueBulkResolver,
    TrainingCertificateRevokeResolver,
    TrainingInsightQueryResolver,
    TrainingRegistrationInsightResolver,
    TrainingSessionInsightResolver,
    ViewerTrainerResolver,
    TrainingDisaggregationWithdrawResolver,
    TrainingScoresRecordResolver,
    TrainingSessionTrainersSetResolver,
  ],
  routes: [...TrainingCalendarRoutes, certificatePdfRoute, registrantsCsvRoute],
  jobs: [...TrainingReminderJobs, issueCertificatesJob],
  nodes: {
    TrainingCourse: byUuid(trainingCourseByKey),
    TrainingSession: byUuid(trainingSessionByKey),
    TrainingRegistration: byUuid(trainingRegistrationByKey),
    TrainingCertificate: byUuid(trainingCertificateByKey),
    TrainingOrganizationRegistration: byUuid(trainingOrganizationRegistrationByKey),
  },
  personalData: trainingPersonalData,
  examples: trainingExamples,
  async seedDemo(em) {
    const added = await seedDemoTraining(em);
    const certificates = added > 0 ? await seedDemoCertificates(em) : 0;
    return added > 0 ? `${added} demo training sessions of 12 courses, ${certificates} certificates` : undefined;
  },
};
export { COMPLETED_SQL } from './scores.service.js';
