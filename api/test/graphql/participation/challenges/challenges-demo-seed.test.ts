import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts } from '../../../../src/modules/accounts/seed/demo-accounts.js';
import { seedDemoDirectory } from '../../../../src/modules/directory/seed/demo-seed.js';
import { seedDemoChallenges } from '../../../../src/modules/participation/challenges/challenge.demo-seed.js';
import { startTestApi, type TestApi } from '../../../support/api.js';

describe('challenges demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDirectory(api.orm.em.fork());
    await seedDemoAccounts(api.orm.em.getKnex());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('opens a challenge with ideas and shows one past its ideas phase with a shortlisted and a prototyped idea, once', async () => {
    expect(await seedDemoChallenges(api.orm.em.fork())).toBe(2);
    expect(await seedDemoChallenges(api.orm.em.fork())).toBe(0);
    const read = await api.graphql<{
      innovationChallenges: {
        edges: { node: { phase: string; title: { ar: string; en: string }; ideas: { stage: string }[] } }[];
      };
    }>(`{ innovationChallenges(first: 5) { edges { node { phase title { ar en } ideas { stage } } } } }`);
    const [open, past] = read.body.data!.innovationChallenges.edges.map((e) => e.node);
    expect(open!.phase).toBe('OPEN');
    expect(open!.title.ar).toBeTruthy();
    expect(open!.ideas).toHaveLength(3);
    expect(past!.phase).toBe('REVIEW');
    expect(past!.ideas.map((i) => i.stage).sort()).toEqual(['PROTOTYPE', 'SHORTLISTED']);
  });
});
