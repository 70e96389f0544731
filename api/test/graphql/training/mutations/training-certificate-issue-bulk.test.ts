/**
 * trainingCertificateIssueBulk: the job issues the certificates of a session's participants who completed it, leaves
 * those who did not, keeps the ones issued before, and its progress is seen by the officer who started it only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobQueueService } from '../../../../src/common/jobs/job-queue.js';
import { knexRows } from '../../../../src/database/sql.js';
import { issueCertificatesJob } from '../../../../src/modules/training/certificates/certificate.service.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { ISSUE_CERTIFICATE, markAttended, officerCookie, sessionWithParticipants } from '../training-support.js';

const BULK = /* GraphQL */ `
  mutation ($input: TrainingCertificateIssueBulkInput!) {
    trainingCertificateIssueBulk(input: $input) {
      batch {
        id
        total
        processed
        finishedAt
      }
      userErrors {
        code
      }
    }
  }
`;

const PROGRESS = /* GraphQL */ `
  query ($id: ID!, $session: ID!) {
    trainingCertificateBatch(id: $id) {
      total
      processed
      issued
      alreadyIssued
      incomplete
      finishedAt
    }
    trainingSession(id: $session) {
      viewerCertificateBatch {
        id
      }
    }
  }
`;

describe('trainingCertificateIssueBulk', () => {
  let api: TestApi;
  beforeAll(async () => {
    // this process only sends jobs: the test runs them (drain), never a worker's poll
    api = await startTestApi({ env: { JOB_WORKERS: 'false' } });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('issues the completed participants’ certificates in the background, with progress for the officer who started it', async () => {
    // given four participants: two attended both days, one of them already certified, one attended one day, one none
    const officer = await officerCookie(api);
    const other = await officerCookie(api);
    const { session, participants } = await sessionWithParticipants(api, officer, [
      'A One',
      'B Two',
      'C Three',
      'D Four',
    ]);
    const [a, b, c] = participants;
    await markAttended(api, officer, a!.registrationId, [1, 2]);
    await markAttended(api, officer, b!.registrationId, [1, 2]);
    await markAttended(api, officer, c!.registrationId, [1]);
    await api.graphql(
      ISSUE_CERTIFICATE,
      { input: { registrationId: b!.registrationId } },
      { headers: { cookie: officer } },
    );

    // when the officer starts the bulk issue
    const started = await api.graphql<{
      trainingCertificateIssueBulk: {
        batch: { id: string; total: number; processed: number; finishedAt: string | null };
      };
    }>(BULK, { input: { sessionId: session.id } }, { headers: { cookie: officer } });
    expect(started.body.errors).toBeUndefined();
    const batch = started.body.data!.trainingCertificateIssueBulk.batch;
    expect(batch).toMatchObject({ total: 4, processed: 0, finishedAt: null });

    // and the job runs
    expect(await api.app.services.get(jobQueueService).drain(issueCertificatesJob)).toBe(1);

    // then the progress says what happened, to the officer who started it only
    const progress = await api.graphql<{
      trainingCertificateBatch: Record<string, unknown> | null;
      trainingSession: { viewerCertificateBatch: { id: string } | null };
    }>(PROGRESS, { id: batch.id, session: session.id }, { headers: { cookie: officer } });
    expect(progress.body.errors).toBeUndefined();
    expect(progress.body.data!.trainingCertificateBatch).toMatchObject({
      total: 4,
      processed: 4,
      issued: 1,
      alreadyIssued: 1,
      incomplete: 2,
    });
    expect(progress.body.data!.trainingCertificateBatch!.finishedAt).not.toBeNull();
    expect(progress.body.data!.trainingSession.viewerCertificateBatch).toEqual({ id: batch.id });
    const seenByOther = await api.graphql<{ trainingCertificateBatch: unknown }>(
      PROGRESS,
      { id: batch.id, session: session.id },
      { headers: { cookie: other } },
    );
    expect(seenByOther.body.data!.trainingCertificateBatch).toBeNull();
    const holders = await knexRows<{ user_id: string }>(
      api.orm.em.getKnex(),
      'select user_id from training_certificate where session_id = ? order by user_id',
      [session.uuid],
    );
    expect(holders.map((h) => h.user_id)).toEqual([a!.userId, b!.userId].sort());
  });
});
