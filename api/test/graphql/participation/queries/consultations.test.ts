import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertConsultation } from '../participation-support.js';

describe('consultations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('lists published consultations by phase, latest closing first, drafts never to the public', async () => {
    // given
    const open = await insertConsultation(api, { titleEn: 'Open one', closesInDays: 10 });
    const past = await insertConsultation(api, {
      titleEn: 'Past one',
      status: 'ANSWERED',
      opensInDays: -40,
      closesInDays: -20,
    });
    await insertConsultation(api, { titleEn: 'Draft one', status: 'DRAFT' });
    const query = `query($phases: [ConsultationPhase!]) { consultations(first: 10, filter: { phases: $phases }) { totalCount edges { node { uuid phase title { en } } } } }`;
    // when
    const all = await api.graphql<{
      consultations: { totalCount: number; edges: { node: { uuid: string; phase: string } }[] };
    }>(query, {});
    const openOnly = await api.graphql<typeof all.body.data>(query, { phases: ['OPEN'] });
    const drafts = await api.graphql<typeof all.body.data>(query, { phases: ['DRAFT'] });
    // then
    expect(all.body.data!.consultations.edges.map((e) => [e.node.uuid, e.node.phase])).toEqual([
      [open.uuid, 'OPEN'],
      [past.uuid, 'ANSWERED'],
    ]);
    expect(openOnly.body.data!.consultations.edges.map((e) => e.node.uuid)).toEqual([open.uuid]);
    expect(drafts.body.data!.consultations.totalCount).toBe(0);
  });
});
