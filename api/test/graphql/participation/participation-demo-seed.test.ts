import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts } from '../../../src/modules/accounts/seed/demo-accounts.js';
import { seedDemoDirectory } from '../../../src/modules/directory/seed/demo-seed.js';
import { seedDemoParticipation } from '../../../src/modules/participation/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../../support/api.js';

describe('participation demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDirectory(api.orm.em.fork());
    await seedDemoAccounts(api.orm.em.getKnex());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('opens a MoSD consultation with three sections and contributions, and publishes an answered one with its report, once', async () => {
    expect(await seedDemoParticipation(api.orm.em.fork())).toBe(2);
    expect(await seedDemoParticipation(api.orm.em.fork())).toBe(0);
    const read = await api.graphql<{
      consultations: {
        edges: {
          node: {
            phase: string;
            title: { ar: string; en: string };
            sections: { contributions: { endorsementCount: number; answer: string | null }[] }[];
            report: { organizations: { value: number | null } } | null;
          };
        }[];
      };
    }>(
      `{ consultations(first: 5) { edges { node { phase title { ar en } sections { contributions { endorsementCount answer } } report { organizations { value } } } } } }`,
    );
    const [open, answered] = read.body.data!.consultations.edges.map((e) => e.node);
    expect(open!.phase).toBe('OPEN');
    expect(open!.sections).toHaveLength(3);
    expect(open!.sections.flatMap((s) => s.contributions).length).toBeGreaterThanOrEqual(4);
    expect(open!.sections.flatMap((s) => s.contributions).some((c) => c.endorsementCount > 0)).toBe(true);
    expect(answered!.phase).toBe('ANSWERED');
    expect(answered!.sections.flatMap((s) => s.contributions).every((c) => c.answer !== null)).toBe(true);
    expect(answered!.report).not.toBeNull();
  });
});
