import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../src/database/sql.js';
import { seedDemoDirectory } from '../../../src/modules/directory/seed/demo-seed.js';
import { seedDemoTraining } from '../../../src/modules/training/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { range, sessionState } from './training-support.js';

describe('training demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDirectory(api.orm.em.fork());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('adds a bilingual catalogue over the 12 governorates, some online, some full with a waitlist, once', async () => {
    expect(await seedDemoTraining(api.orm.em.fork())).toBe(14);
    expect(await seedDemoTraining(api.orm.em.fork())).toBe(0);
    const response = await api.graphql<{
      trainingSessions: {
        edges: {
          node: {
            uuid: string;
            status: string;
            online: boolean;
            venue: { governorate: { code: string } } | null;
            course: { title: { ar: string; en: string } };
          };
        }[];
      };
    }>(
      `{ trainingSessions(first: 50) { edges { node { uuid status online venue { governorate { code } } course { title { ar en } } } } } }`,
    );
    const sessions = response.body.data!.trainingSessions.edges.map((e) => e.node);
    expect(new Set(sessions.flatMap((s) => (s.venue ? [s.venue.governorate.code] : []))).size).toBe(12);
    expect(sessions.filter((s) => s.online)).toHaveLength(2);
    expect(sessions.every((s) => s.course.title.ar && s.course.title.en)).toBe(true);
    const full = sessions.filter((s) => s.status === 'FULL');
    expect(full).toHaveLength(2);
    for (const session of full) {
      const state = await sessionState(api, session.uuid);
      expect(state.confirmed).toBe(state.seats);
      expect(state.waitlisted).toEqual(range(4));
      expect(state.counts).toEqual({ confirmed_count: state.seats, waitlist_count: 4 });
    }
    // consented answers for part of the trainees: the aggregates have cells to show and cells to suppress
    const answered = await knexRows<{ n: string; consented: string }>(
      api.orm.em.getKnex(),
      `select count(*) as n, count(*) filter (where consent_text_version is not null and consented_at is not null)
         as consented from training_disaggregation`,
    );
    expect(Number(answered[0]!.n)).toBe(18);
    expect(answered[0]!.consented).toBe(answered[0]!.n);
  });
});
