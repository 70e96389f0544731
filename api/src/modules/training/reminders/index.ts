/** The training reminders (48 hours before, under-filled a week before): what the module's index lists. */
import type { JobDefinition } from '../../../common/jobs/job-queue.js';
import { trainingRemindersScanJob } from './reminders.jobs.js';
import { TrainingReminderSentEntity, TrainingUnderfillAlertSentEntity } from './reminders.entities.js';

export const TrainingReminderEntities = [TrainingReminderSentEntity, TrainingUnderfillAlertSentEntity];
export const TrainingReminderJobs = [trainingRemindersScanJob as JobDefinition<never>];
export { trainingRemindersScanJob } from './reminders.jobs.js';
