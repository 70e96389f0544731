/**
 * `pnpm uploads:cleanup`: removes the verification evidence uploaded and never submitted once it is older than
 * UPLOAD_ORPHAN_HOURS (rows and files), and stray files of uploads refused or interrupted. Run it from cron (hourly);
 * it is safe to run at any time, beside a running API.
 */
import { removeOrphanedEvidence } from '../modules/verification/index.js';
import { runEntryPoint } from './entry-point.js';

runEntryPoint({
  name: 'pnpm uploads:cleanup',
  kind: 'command',
  async main({ openDatabase, config, logger }) {
    const { orm } = await openDatabase({ poolMax: 1, migrate: true });
    const hours = config.uploadLimits.orphanHours;
    const cutoff = new Date(Date.now() - hours * 3_600_000);
    const removed = await removeOrphanedEvidence(orm.em.fork(), config.uploadDir, cutoff);
    logger.info({ ...removed, cutoff }, 'orphaned uploads removed');
    process.stdout.write(
      `removed ${removed.rows} uploads never submitted (older than ${hours} h) and ${removed.files} files\n`,
    );
  },
});
