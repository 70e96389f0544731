import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson } from '../../../support/accounts.js';
import { auditActions, createOwnerCookie, inDays, mutate, rows } from '../participation-support.js';

const SELECTION = `consultation { id uuid phase ownerKind title { ar en } governorateCodes viewerIsOwner sections { position title { en } } }`;

const input = (extra: Record<string, unknown> = {}) => ({
  titleAr: 'مسودة الاستراتيجية الوطنية للحماية الاجتماعية',
  titleEn: 'Draft national social protection strategy',
  ownerKind: 'MOSD',
  governorates: ['JO-MA', 'JO-IR'],
  targetGroups: ['ELDERLY'],
  opensAt: inDays(1),
  closesAt: inDays(30),
  answerDueAt: inDays(60),
  sections: [{ titleEn: 'Cash transfers' }, { titleAr: 'الخدمات المنزلية' }],
  ...extra,
});

describe('consultationCreate', () => {
  let api: TestApi;
  let cookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    cookie = await createOwnerCookie(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('creates a draft whose creator and the people named are its owning team, audited', async () => {
    // given
    const colleague = await createTestPerson(api);
    // when
    const result = await mutate(
      api,
      'consultationCreate',
      input({ ownerEmails: [colleague.email] }),
      cookie,
      SELECTION,
    );
    // then
    expect(result.userErrors).toEqual([]);
    const consultation = result.consultation as { uuid: string; sections: unknown[] };
    expect(consultation).toMatchObject({ phase: 'DRAFT', ownerKind: 'MOSD', viewerIsOwner: true });
    expect(consultation.sections).toEqual([
      { position: 1, title: { en: 'Cash transfers' } },
      { position: 2, title: { en: null } },
    ]);
    const owners = await rows(api, 'select user_id from consultation_owner where consultation_id = ?', [
      consultation.uuid,
    ]);
    expect(owners).toHaveLength(2);
    expect(await auditActions(api, consultation.uuid)).toEqual(['CONSULTATION_CREATED']);
    // a draft is not public
    const anonymous = await api.graphql<{ consultation: unknown }>(`query($id: ID!) { consultation(id: $id) { id } }`, {
      id: consultation.uuid,
    });
    expect(anonymous.body.data!.consultation).toBeNull();
  });

  it('refuses dates out of order, unknown codes, a missing title and no sections, naming each field', async () => {
    const result = await mutate(
      api,
      'consultationCreate',
      input({ titleAr: ' ', titleEn: null, governorates: ['JO-XX'], closesAt: inDays(0.5), sections: [] }),
      cookie,
      SELECTION,
    );
    expect(result.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['TITLE_REQUIRED', ['input', 'titleAr']],
      ['UNKNOWN_GOVERNORATE', ['input', 'governorates', '0']],
      ['DATES_OUT_OF_ORDER', ['input', 'closesAt']],
      ['SECTIONS_REQUIRED', ['input', 'sections']],
    ]);
  });

  it('needs an institution for a directorate owner: UNKNOWN_INSTITUTION', async () => {
    const result = await mutate(api, 'consultationCreate', input({ ownerKind: 'DIRECTORATE' }), cookie, SELECTION);
    expect(result.userErrors.map((e) => e.code)).toEqual(['UNKNOWN_INSTITUTION']);
  });
});
