import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { inDays, insertConsultation, insertContribution } from '../participation-support.js';

describe('participationCounts', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('counts contributions, organisations taking part (each once), answers and endorsements of published consultations', async () => {
    // given
    const first = await insertConsultation(api);
    const second = await insertConsultation(api);
    const draft = await insertConsultation(api, { status: 'DRAFT' });
    const [a, b] = await createOrganizations(api.orm, [
      { verificationState: 'VERIFIED' },
      { verificationState: 'VERIFIED' },
    ]);
    const answered = await insertContribution(api, first, 0, a!.id);
    await insertContribution(api, first, 1, a!.id);
    await insertContribution(api, second, 0, b!.id);
    await insertContribution(api, draft, 0, b!.id);
    const knex = api.orm.em.getKnex();
    await knex('consultation_contribution')
      .where({ id: answered.uuid })
      .update({ answer: 'ACCEPTED', answer_reason: 'Yes' });
    await knex('consultation_endorsement').insert({ contribution_id: answered.uuid, organization_id: b!.id });
    // when
    const query = `query($since: DateTime) { participationCounts(since: $since) { consultations contributions organizations answers endorsements } }`;
    const all = await api.graphql<{ participationCounts: Record<string, number> }>(query, {});
    const later = await api.graphql<{ participationCounts: Record<string, number> }>(query, { since: inDays(100) });
    // then
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data!.participationCounts).toEqual({
      consultations: 2,
      contributions: 3,
      organizations: 2,
      answers: 1,
      endorsements: 1,
    });
    expect(later.body.data!.participationCounts).toEqual({
      consultations: 0,
      contributions: 0,
      organizations: 0,
      answers: 0,
      endorsements: 0,
    });
  });
});
