/**
 * The job queue on PostgreSQL: a module's job is sent in the transaction of the change that causes it (rolled back
 * with it), runs once, is retried after a failure with the failure kept, is not duplicated under a singleton key,
 * runs in the background in any API process, and its schedule is kept in Amman time.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineJob, jobQueueService, type JobQueue } from '../../src/common/jobs/job-queue.js';
import type { PlatformModule } from '../../src/common/module/platform-module.js';
import { sqlRows } from '../../src/database/sql.js';
import { modules } from '../../src/modules/index.js';
import { startTestApi, type TestApi } from '../support/api.js';

const failures = new Map<string, number>();

const recordJob = defineJob<{ text: string }>({
  name: 'example.record',
  async run(data, { em }) {
    if ((failures.get(data.text) ?? 0) > 0) {
      failures.set(data.text, failures.get(data.text)! - 1);
      throw new Error(`could not record ${data.text}`);
    }
    await sqlRows(em, 'insert into example_job_run (text) values (?)', [data.text]);
  },
});

const refreshJob = defineJob<{ text: string }>({
  name: 'example.refresh',
  oneWaitingPerKey: true,
  run: (data, context) => recordJob.run(data, context),
});

const nightlyJob = defineJob({ name: 'example.nightly', cron: '0 2 * * *', run: () => Promise.resolve() });

const exampleModule: PlatformModule = { name: 'example', jobs: [recordJob, refreshJob, nightlyJob] };

describe('the job queue', () => {
  let api: TestApi;
  let jobs: JobQueue;
  const runs = async (): Promise<string[]> =>
    (await sqlRows<{ text: string }>(api.orm.em.fork(), 'select text from example_job_run order by id')).map(
      (r) => r.text,
    );

  beforeAll(async () => {
    // given the platform with a module that declares two jobs; this process only sends (the test drains)
    api = await startTestApi({ modules: [...modules, exampleModule], env: { JOB_WORKERS: 'false' } });
    await sqlRows(api.orm.em.fork(), 'create table example_job_run (id serial primary key, text text not null)');
    jobs = api.app.services.get(jobQueueService);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('sends a job with the transaction that causes it, and never when it rolls back', async () => {
    // when one transaction sends a job and commits, and another sends one and rolls back
    await api.orm.em.fork().transactional(async (em) => {
      await jobs.send(em, recordJob, { text: 'committed' });
    });
    await expect(
      api.orm.em.fork().transactional(async (em) => {
        await jobs.send(em, recordJob, { text: 'rolled back' });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');

    // then only the committed one runs, once
    expect(await jobs.drain(recordJob)).toBe(1);
    expect(await jobs.drain(recordJob)).toBe(0);
    expect(await runs()).toEqual(['committed']);
  });

  it('keeps a failed run for a retry, with its error', async () => {
    // given a job that fails on its first run
    failures.set('flaky', 1);
    const id = await jobs.send(api.orm.em.fork(), recordJob, { text: 'flaky' });

    // when it runs, then the failure is reported and the job waits for its retry (with back-off, not at once)
    await expect(jobs.drain(recordJob)).rejects.toThrow('could not record flaky');
    const status = await jobs.status(recordJob, id!);
    expect(status).toMatchObject({ state: 'retry', error: 'could not record flaky' });
    expect(await jobs.drain(recordJob)).toBe(0);
  });

  it('drops a second job with the same singleton key while the first waits', async () => {
    const em = api.orm.em.fork();
    const first = await jobs.send(em, refreshJob, { text: 'once' }, { singletonKey: 'session-1' });
    const second = await jobs.send(em, refreshJob, { text: 'once' }, { singletonKey: 'session-1' });
    const other = await jobs.send(em, refreshJob, { text: 'other' }, { singletonKey: 'session-2' });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(other).not.toBeNull();
    expect(await jobs.drain(refreshJob)).toBe(2);
  });

  it('keeps a scheduled job in Amman time', async () => {
    const schedules = await sqlRows<{ name: string; cron: string; timezone: string }>(
      api.orm.em.fork(),
      `select name, cron, timezone from pgboss.schedule where name like 'example.%'`,
    );
    expect(schedules).toEqual([{ name: 'example.nightly', cron: '0 2 * * *', timezone: 'Asia/Amman' }]);
  });

  it('refuses a job that no module declares', async () => {
    const stray = defineJob({ name: 'example.stray', run: () => Promise.resolve() });
    await expect(jobs.send(api.orm.em.fork(), stray, {})).rejects.toThrow(/not in any module's jobs/);
  });

  it('runs jobs in the background in a process with workers', async () => {
    // given a second API process on the same database, with workers
    const worker = await startTestApi({
      modules: [...modules, exampleModule],
      database: api.database,
      keepDatabase: true,
      env: { JOB_WORKERS: 'true' },
    });
    try {
      // when this process sends a job
      const id = await jobs.send(api.orm.em.fork(), recordJob, { text: 'in the background' });

      // then the other process runs it
      await vi.waitFor(async () => expect((await jobs.status(recordJob, id!))?.state).toBe('completed'), {
        timeout: 60_000,
        interval: 250,
      });
      expect(await runs()).toContain('in the background');
    } finally {
      await worker.stop();
    }
  });
});
