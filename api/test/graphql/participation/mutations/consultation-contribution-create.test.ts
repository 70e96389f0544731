import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  CONTRIBUTION,
  auditActions,
  insertConsultation,
  memberOf,
  mutate,
  organization,
  rows,
} from '../participation-support.js';

describe('consultationContributionCreate', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const contribute = (cookie: string, input: Record<string, unknown>) =>
    mutate(api, 'consultationContributionCreate', input, cookie, CONTRIBUTION);

  it("records a verified organisation's position on a section while open, audited, its writer never public", async () => {
    // given
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    // when
    const result = await contribute(org.cookie, {
      sectionId: consultation.sections[0]!.id,
      organizationId: org.id,
      position: 'SUPPORT_WITH_CHANGES',
      comment: '  Add home visits for older people.  ',
    });
    // then
    expect(result.userErrors).toEqual([]);
    const contribution = result.contribution as {
      uuid: string;
      position: string;
      comment: string;
      organization: { id: string };
    };
    expect(contribution).toMatchObject({
      position: 'SUPPORT_WITH_CHANGES',
      comment: 'Add home visits for older people.',
      organization: { id: org.id },
    });
    expect(await auditActions(api, contribution.uuid)).toEqual(['CONSULTATION_CONTRIBUTION_CREATED']);
    const schema = await api.graphql<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "ConsultationContribution") { fields { name } } }`,
    );
    expect(schema.body.data!.__type.fields.map((f) => f.name)).not.toContain('writtenBy');
  });

  it('refuses a contribution outside the open phase (before it opens and after it closes): NOT_OPEN', async () => {
    // given
    const upcoming = await insertConsultation(api, { opensInDays: 2, closesInDays: 10 });
    const closed = await insertConsultation(api, { opensInDays: -10, closesInDays: -1 });
    const org = await organization(api, 'EDITOR');
    // when
    const results = await Promise.all(
      [upcoming, closed].map((c) =>
        contribute(org.cookie, {
          sectionId: c.sections[0]!.id,
          organizationId: org.id,
          position: 'SUPPORT',
          comment: 'Reasons',
        }),
      ),
    );
    // then
    for (const result of results) {
      expect(result.userErrors).toEqual([expect.objectContaining({ code: 'NOT_OPEN', field: ['input', 'sectionId'] })]);
    }
    expect(await rows(api, 'select 1 from consultation_contribution where organization_id = ?', [org.uuid])).toEqual(
      [],
    );
  });

  it('refuses an unverified organisation: ORGANIZATION_NOT_VERIFIED', async () => {
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR', { verificationState: 'UNVERIFIED' });
    const result = await contribute(org.cookie, {
      sectionId: consultation.sections[0]!.id,
      organizationId: org.id,
      position: 'OPPOSE',
      comment: 'Reasons',
    });
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'ORGANIZATION_NOT_VERIFIED', field: ['input', 'organizationId'] }),
    ]);
  });

  it('refuses a member who is not an editor, and someone of another organisation: NOT_AN_EDITOR', async () => {
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const viewer = await memberOf(api, org.uuid, 'VIEWER');
    const stranger = await organization(api, 'OWNER');
    for (const cookie of [viewer, stranger.cookie]) {
      const result = await contribute(cookie, {
        sectionId: consultation.sections[0]!.id,
        organizationId: org.id,
        position: 'SUPPORT',
        comment: 'Reasons',
      });
      expect(result.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_AN_EDITOR', field: ['input', 'organizationId'] }),
      ]);
    }
  });

  it('refuses a second contribution by the same organisation to the same section: ALREADY_CONTRIBUTED', async () => {
    // given
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const second = await memberOf(api, org.uuid, 'OWNER');
    const input = {
      sectionId: consultation.sections[1]!.id,
      organizationId: org.id,
      position: 'SUPPORT',
      comment: 'A',
    };
    expect((await contribute(org.cookie, input)).userErrors).toEqual([]);
    // when
    const again = await contribute(second, { ...input, comment: 'B' });
    // two at once: the unique key decides
    const racing = await insertConsultation(api);
    const raceInput = { ...input, sectionId: racing.sections[0]!.id };
    const raced = await Promise.all([contribute(org.cookie, raceInput), contribute(second, raceInput)]);
    // then
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'ALREADY_CONTRIBUTED', field: ['input', 'sectionId'] }),
    ]);
    expect(raced.map((r) => r.userErrors.map((e) => e.code)).sort()).toEqual([[], ['ALREADY_CONTRIBUTED']]);
    const [count] = await rows<{ n: number }>(
      api,
      'select count(*)::int as n from consultation_contribution where organization_id = ?',
      [org.uuid],
    );
    expect(count!.n).toBe(2);
  });

  it('requires the reasons: COMMENT_REQUIRED', async () => {
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const result = await contribute(org.cookie, {
      sectionId: consultation.sections[0]!.id,
      organizationId: org.id,
      position: 'SUPPORT',
      comment: '   ',
    });
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'COMMENT_REQUIRED', field: ['input', 'comment'] }),
    ]);
  });

  it('refuses evidence the organisation did not upload: EVIDENCE_NOT_FOUND', async () => {
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const result = await contribute(org.cookie, {
      sectionId: consultation.sections[0]!.id,
      organizationId: org.id,
      position: 'SUPPORT',
      comment: 'Reasons',
      evidenceId: '00000000-0000-4000-8000-000000000000',
    });
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'EVIDENCE_NOT_FOUND', field: ['input', 'evidenceId'] }),
    ]);
  });

  it('attaches evidence uploaded by the organisation, readable by anyone once attached', async () => {
    // given
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const pdf = Buffer.from('%PDF-1.4\n% evidence\n');
    const upload = await fetch(
      `${api.url}/uploads/consultation-evidence?organizationId=${encodeURIComponent(org.id)}`,
      {
        method: 'POST',
        headers: { cookie: org.cookie, 'content-type': 'application/pdf' },
        body: pdf,
      },
    );
    expect(upload.status).toBe(201);
    const { evidenceId } = (await upload.json()) as { evidenceId: string };
    // when
    const result = await contribute(org.cookie, {
      sectionId: consultation.sections[0]!.id,
      organizationId: org.id,
      position: 'SUPPORT',
      comment: 'Reasons',
      evidenceId,
    });
    // then
    const url = (result.contribution as { evidenceUrl: string }).evidenceUrl;
    expect(url).toBe(`/uploads/consultation-files/${evidenceId}`);
    const file = await fetch(`${api.url}${url}`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf);
  });
});
