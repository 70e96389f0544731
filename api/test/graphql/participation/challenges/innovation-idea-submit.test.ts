import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, memberOf, mutate, organization, rows } from '../participation-support.js';
import { IDEA, insertChallenge } from './challenge-support.js';

describe('innovationIdeaSubmit and innovationIdeaUpdate', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const idea = (challengeId: string, organizationId: string, extra: Record<string, unknown> = {}) => ({
    challengeId,
    organizationId,
    titleAr: 'عربات العلاج المتنقلة',
    titleEn: 'Mobile therapy vans',
    summaryEn: 'Therapists visit the villages weekly.',
    ...extra,
  });

  it("sends a verified organisation's idea with its team (an editor), public, audited; edits it by version", async () => {
    // given
    const challenge = await insertChallenge(api);
    const lead = await organization(api);
    const partner = await organization(api);
    // when
    const sent = await mutate(
      api,
      'innovationIdeaSubmit',
      idea(challenge.id, lead.id, { teamOrganizationIds: [partner.id] }),
      lead.cookie,
      IDEA,
    );
    // then
    expect(sent.userErrors).toEqual([]);
    const row = sent.idea as { id: string; uuid: string; stage: string; version: number };
    expect(row.stage).toBe('SUBMITTED');
    const seen = await api.graphql<{
      innovationChallenge: { ideas: { id: string; teamOrganizations: { id: string }[] }[] };
    }>(`query($id: ID!) { innovationChallenge(id: $id) { ideas { id teamOrganizations { id } } } }`, {
      id: challenge.id,
    });
    expect(seen.body.data!.innovationChallenge.ideas).toEqual([
      { id: row.id, teamOrganizations: [{ id: partner.id }] },
    ]);
    const changed = await mutate(
      api,
      'innovationIdeaUpdate',
      { ideaId: row.id, version: 1, titleEn: 'Mobile therapy vans, weekly', summaryEn: 'Weekly visits.' },
      lead.cookie,
      'idea { title { en } version }',
    );
    expect(changed.idea).toEqual({ title: { en: 'Mobile therapy vans, weekly' }, version: 2 });
    const stale = await mutate(
      api,
      'innovationIdeaUpdate',
      { ideaId: row.id, version: 1, titleEn: 'x', summaryEn: 'y' },
      lead.cookie,
      'idea { id }',
    );
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    expect(await auditActions(api, row.uuid)).toEqual(['INNOVATION_IDEA_SUBMITTED', 'INNOVATION_IDEA_UPDATED']);
  });

  it('refuses a second idea of the same organisation: ALREADY_SUBMITTED_IDEA', async () => {
    const challenge = await insertChallenge(api);
    const lead = await organization(api);
    await mutate(api, 'innovationIdeaSubmit', idea(challenge.id, lead.id), lead.cookie, 'idea { id }');
    const second = await mutate(api, 'innovationIdeaSubmit', idea(challenge.id, lead.id), lead.cookie, 'idea { id }');
    expect(second.userErrors.map((e) => e.code)).toEqual(['ALREADY_SUBMITTED_IDEA']);
    expect(await rows(api, 'select id from innovation_idea where challenge_id = ?', [challenge.uuid])).toHaveLength(1);
  });

  it('refuses outside the dates, an unverified organisation, a viewer: each rule named, nothing written', async () => {
    const closed = await insertChallenge(api, { opensInDays: -20, closesInDays: -1 });
    const lead = await organization(api);
    const late = await mutate(api, 'innovationIdeaSubmit', idea(closed.id, lead.id), lead.cookie, 'idea { id }');
    expect(late.userErrors.map((e) => [e.code, e.field])).toEqual([['NOT_OPEN_FOR_IDEAS', ['input', 'challengeId']]]);

    const open = await insertChallenge(api);
    const unverified = await organization(api, 'EDITOR', { verificationState: 'UNVERIFIED' });
    const refused = await mutate(
      api,
      'innovationIdeaSubmit',
      idea(open.id, unverified.id),
      unverified.cookie,
      'idea { id }',
    );
    expect(refused.userErrors.map((e) => e.code)).toEqual(['ORGANIZATION_NOT_VERIFIED']);

    const viewer = await memberOf(api, lead.uuid, 'VIEWER');
    const notEditor = await mutate(api, 'innovationIdeaSubmit', idea(open.id, lead.id), viewer, 'idea { id }');
    expect(notEditor.userErrors.map((e) => e.code)).toEqual(['NOT_AN_EDITOR']);

    const empty = await mutate(
      api,
      'innovationIdeaSubmit',
      idea(open.id, lead.id, { titleAr: null, titleEn: ' ', summaryEn: null }),
      lead.cookie,
      'idea { id }',
    );
    expect(empty.userErrors.map((e) => e.code)).toEqual(['TITLE_REQUIRED', 'SUMMARY_REQUIRED']);
    expect(
      await rows(api, 'select id from innovation_idea where challenge_id = any(?)', [[closed.uuid, open.uuid]]),
    ).toEqual([]);
  });
});
