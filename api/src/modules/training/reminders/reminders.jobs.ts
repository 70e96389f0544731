/** The reminders' scan, every 15 minutes (Amman time) on whichever API process takes it. */
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { defineJob } from '../../../common/jobs/job-queue.js';
import { defineService } from '../../../common/module/services.js';
import { scanTrainingReminders, type ScanResult } from './reminders.service.js';

/** The scan with the platform's outbox and portal address (the job's context carries no configuration). */
export const trainingRemindersService = defineService<{
  scan(em: Parameters<typeof scanTrainingReminders>[0], now: Date): Promise<ScanResult>;
}>('training.reminders', ({ config, services }) => ({
  scan: (em, now) => scanTrainingReminders(em, services.get(emailOutboxService), config.portalPublicUrl, now),
}));

export const trainingRemindersScanJob = defineJob<{ now?: string }>({
  name: 'training.reminders-scan',
  cron: '*/15 * * * *',
  // one scan covers everything due: a second one waiting would find nothing
  oneWaitingPerKey: true,
  // `now` only for tests and commands; the schedule sends {}
  async run(data, { em, services, logger }) {
    const now = data.now ? new Date(data.now) : new Date();
    const result = await services.get(trainingRemindersService).scan(em, now);
    if (result.reminders > 0 || result.underfilledSessions > 0) logger.info(result, 'training reminders sent');
  },
});
