import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, createOwnerCookie, insertConsultation, mutate } from '../participation-support.js';

describe('consultationPublish', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('publishes a draft (its owning team): public and open between its dates, audited', async () => {
    const consultation = await insertConsultation(api, { status: 'DRAFT' });
    const result = await mutate(
      api,
      'consultationPublish',
      { consultationId: consultation.id },
      consultation.ownerCookie,
      'consultation { phase publishedAt }',
    );
    expect(result.userErrors).toEqual([]);
    expect(result.consultation).toMatchObject({ phase: 'OPEN' });
    expect(await auditActions(api, consultation.uuid)).toEqual(['CONSULTATION_PUBLISHED']);
    const anonymous = await api.graphql<{ consultation: { phase: string } }>(
      `query($id: ID!) { consultation(id: $id) { phase } }`,
      { id: consultation.id },
    );
    expect(anonymous.body.data!.consultation.phase).toBe('OPEN');
  });

  it('refuses someone who does not own it (even an officer): NOT_AN_OWNER', async () => {
    const consultation = await insertConsultation(api, { status: 'DRAFT' });
    const result = await mutate(
      api,
      'consultationPublish',
      { consultationId: consultation.id },
      await createOwnerCookie(api),
      'consultation { phase }',
    );
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_AN_OWNER', field: ['input', 'consultationId'] }),
    ]);
  });

  it('refuses to publish twice: NOT_A_DRAFT', async () => {
    const consultation = await insertConsultation(api);
    const result = await mutate(
      api,
      'consultationPublish',
      { consultationId: consultation.id },
      consultation.ownerCookie,
      'consultation { phase }',
    );
    expect(result.userErrors.map((e) => e.code)).toEqual(['NOT_A_DRAFT']);
  });
});
