import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { closeConsultation, insertConsultation, insertContribution, organization } from '../participation-support.js';

const PAGE = /* GraphQL */ `
  query ($id: ID!) {
    consultation(id: $id) {
      phase
      viewerIsOwner
      sections {
        position
        positionCounts {
          support
          supportWithChanges
          oppose
        }
        contributions {
          position
          comment
          organization {
            id
          }
          endorsements {
            id
          }
          endorsementCount
          answer
          answerReason
        }
        whatChanged {
          en
        }
      }
      report {
        organizations {
          value
          fewerThanFive
        }
        contributions
        byGovernorate {
          key
          organizations {
            value
            fewerThanFive
          }
        }
        bySize {
          key
          organizations {
            value
            fewerThanFive
          }
        }
        sections {
          positions {
            support
            supportWithChanges
            oppose
          }
          accepted
          whatChanged {
            en
          }
        }
      }
    }
  }
`;

interface Page {
  consultation: {
    phase: string;
    viewerIsOwner: boolean;
    sections: {
      positionCounts: Record<string, number>;
      contributions: { answer: string | null; answerReason: string | null; endorsementCount: number }[];
      whatChanged: { en: string | null };
    }[];
    report: {
      organizations: { value: number | null; fewerThanFive: boolean };
      contributions: number;
      byGovernorate: { key: string; organizations: { value: number | null; fewerThanFive: boolean } }[];
      sections: { positions: Record<string, number>; accepted: number }[];
    } | null;
  } | null;
}

describe('consultation', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('shows the public the sections and contributions; answers, what changed and the report wait for the report', async () => {
    // given
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    await insertContribution(api, consultation, 0, org.uuid, 'OPPOSE');
    await closeConsultation(api, consultation.uuid);
    const knex = api.orm.em.getKnex();
    await knex('consultation_contribution').update({ answer: 'NOT_ACCEPTED', answer_reason: 'Out of scope' });
    await knex('consultation_section')
      .where({ id: consultation.sections[0]!.uuid })
      .update({ what_changed_en: 'Nothing' });
    // when
    const anonymous = (await api.graphql<Page>(PAGE, { id: consultation.id })).body.data!.consultation!;
    const owner = (
      await api.graphql<Page>(PAGE, { id: consultation.id }, { headers: { cookie: consultation.ownerCookie } })
    ).body.data!.consultation!;
    const member = (await api.graphql<Page>(PAGE, { id: consultation.id }, { headers: { cookie: org.cookie } })).body
      .data!.consultation!;
    // then
    expect(anonymous.phase).toBe('ANALYSIS');
    expect(anonymous.sections[0]!.positionCounts).toEqual({ support: 0, supportWithChanges: 0, oppose: 1 });
    expect(anonymous.sections[0]!.contributions[0]).toMatchObject({ answer: null, answerReason: null });
    expect(anonymous.sections[0]!.whatChanged.en).toBeNull();
    expect(anonymous.report).toBeNull();
    expect(owner.viewerIsOwner).toBe(true);
    expect(owner.sections[0]!.contributions[0]).toMatchObject({ answer: 'NOT_ACCEPTED', answerReason: 'Out of scope' });
    expect(owner.report).not.toBeNull();
    expect(member.sections[0]!.contributions[0]).toMatchObject({ answer: 'NOT_ACCEPTED' });
  });

  it('publishes the report with counts under 5 withheld as "fewer than 5", positions per section and what changed', async () => {
    // given: six organisations in Mafraq and one in Irbid take part
    const consultation = await insertConsultation(api);
    const orgs = await createOrganizations(api.orm, [
      ...Array.from({ length: 6 }, () => ({ verificationState: 'VERIFIED', governorateCode: 'JO-MA' })),
      { verificationState: 'VERIFIED', governorateCode: 'JO-IR' },
    ]);
    for (const [i, org] of orgs.entries()) {
      await insertContribution(api, consultation, i % 2, org.id, i < 3 ? 'SUPPORT' : 'SUPPORT_WITH_CHANGES');
    }
    const knex = api.orm.em.getKnex();
    await knex('consultation_contribution')
      .where({ consultation_id: consultation.uuid })
      .update({ answer: 'ACCEPTED', answer_reason: 'Yes' });
    await knex('consultation').where({ id: consultation.uuid }).update({ status: 'ANSWERED', answered_at: new Date() });
    // when
    const page = (await api.graphql<Page>(PAGE, { id: consultation.id })).body.data!.consultation!;
    // then
    expect(page.phase).toBe('ANSWERED');
    expect(page.report!.organizations).toEqual({ value: 7, fewerThanFive: false });
    expect(page.report!.contributions).toBe(7);
    expect(page.report!.byGovernorate).toEqual([
      { key: 'JO-IR', organizations: { value: null, fewerThanFive: true } },
      { key: 'JO-MA', organizations: { value: 6, fewerThanFive: false } },
    ]);
    expect(page.report!.sections.map((s) => s.positions)).toEqual([
      { support: 2, supportWithChanges: 2, oppose: 0 },
      { support: 1, supportWithChanges: 2, oppose: 0 },
      { support: 0, supportWithChanges: 0, oppose: 0 },
    ]);
    expect(page.sections[0]!.contributions[0]!.answer).toBe('ACCEPTED');
  });

  it('hides a draft from the public and from officers outside its team only when they are not officers', async () => {
    const draft = await insertConsultation(api, { status: 'DRAFT' });
    expect((await api.graphql<Page>(PAGE, { id: draft.id })).body.data!.consultation).toBeNull();
    const owner = await api.graphql<Page>(PAGE, { id: draft.id }, { headers: { cookie: draft.ownerCookie } });
    expect(owner.body.data!.consultation!.phase).toBe('DRAFT');
  });
});
