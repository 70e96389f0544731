import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, createOwnerCookie, inDays, mutate, officer } from '../participation-support.js';

describe('innovationChallengeCreate and innovationChallengePublish', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const input = (extra: Record<string, unknown> = {}) => ({
    titleAr: 'الوصول إلى الأشخاص ذوي الإعاقة في أرياف معان',
    titleEn: 'Reaching persons with disabilities in rural Ma’an',
    problemEn: 'Home-based services do not reach remote villages.',
    ownerKind: 'PROGRAMME',
    governorates: ['JO-MN'],
    ideasOpenAt: inDays(-1),
    ideasCloseAt: inDays(30),
    shortlistDueAt: inDays(60),
    ...extra,
  });

  it('creates a draft (an officer), hidden from the public until published, each step audited', async () => {
    // given
    const cookie = await officer(api);
    // when
    const created = await mutate(api, 'innovationChallengeCreate', input(), cookie, 'challenge { id uuid phase }');
    // then
    expect(created.userErrors).toEqual([]);
    const challenge = created.challenge as { id: string; uuid: string; phase: string };
    expect(challenge.phase).toBe('DRAFT');
    const hidden = await api.graphql<{ innovationChallenge: unknown }>(
      `query($id: ID!) { innovationChallenge(id: $id) { phase } }`,
      { id: challenge.id },
    );
    expect(hidden.body.data!.innovationChallenge).toBeNull();
    const published = await mutate(
      api,
      'innovationChallengePublish',
      { challengeId: challenge.id },
      cookie,
      'challenge { phase }',
    );
    expect(published.challenge).toEqual({ phase: 'OPEN' });
    const seen = await api.graphql<{
      innovationChallenges: { edges: { node: { id: string; title: { ar: string } } }[] };
    }>(`query { innovationChallenges(first: 100) { edges { node { id title { ar } } } } }`);
    expect(seen.body.data!.innovationChallenges.edges.map((e) => e.node.id)).toContain(challenge.id);
    expect(await auditActions(api, challenge.uuid)).toEqual([
      'INNOVATION_CHALLENGE_CREATED',
      'INNOVATION_CHALLENGE_PUBLISHED',
    ]);
    const again = await mutate(
      api,
      'innovationChallengePublish',
      { challengeId: challenge.id },
      cookie,
      'challenge { phase }',
    );
    expect(again.userErrors.map((e) => e.code)).toEqual(['NOT_A_DRAFT']);
  });

  it('names each bad field: no title, no problem, unknown governorate, dates out of order; nothing written', async () => {
    const cookie = await createOwnerCookie(api);
    const result = await mutate(
      api,
      'innovationChallengeCreate',
      input({ titleAr: ' ', titleEn: null, problemEn: null, governorates: ['JO-XX'], ideasCloseAt: inDays(-2) }),
      cookie,
      'challenge { id }',
    );
    expect(result.challenge).toBeNull();
    expect(result.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['TITLE_REQUIRED', ['input', 'titleAr']],
      ['SUMMARY_REQUIRED', ['input', 'problemAr']],
      ['UNKNOWN_GOVERNORATE', ['input', 'governorates', '0']],
      ['DATES_OUT_OF_ORDER', ['input', 'ideasCloseAt']],
    ]);
  });
});
