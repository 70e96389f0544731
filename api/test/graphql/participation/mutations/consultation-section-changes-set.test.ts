import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  auditActions,
  closeConsultation,
  createOwnerCookie,
  insertConsultation,
  mutate,
} from '../participation-support.js';

describe('consultationSectionChangesSet', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('writes what changed in a section in analysis (owners), audited', async () => {
    const consultation = await insertConsultation(api);
    await closeConsultation(api, consultation.uuid);
    const section = consultation.sections[0]!;
    const result = await mutate(
      api,
      'consultationSectionChangesSet',
      { sectionId: section.id, whatChangedEn: 'Home visits added.', whatChangedAr: 'أضيفت الزيارات المنزلية.' },
      consultation.ownerCookie,
      'section { whatChanged { ar en } }',
    );
    expect(result.userErrors).toEqual([]);
    expect(result.section).toEqual({ whatChanged: { ar: 'أضيفت الزيارات المنزلية.', en: 'Home visits added.' } });
    expect(await auditActions(api, section.uuid)).toEqual(['CONSULTATION_SECTION_CHANGES_SET']);
  });

  it('refuses someone not owning it (NOT_AN_OWNER) and while open (NOT_IN_ANALYSIS)', async () => {
    const consultation = await insertConsultation(api);
    const section = consultation.sections[0]!;
    const open = await mutate(
      api,
      'consultationSectionChangesSet',
      { sectionId: section.id, whatChangedEn: 'x' },
      consultation.ownerCookie,
      'section { uuid }',
    );
    expect(open.userErrors.map((e) => e.code)).toEqual(['NOT_IN_ANALYSIS']);
    await closeConsultation(api, consultation.uuid);
    const other = await mutate(
      api,
      'consultationSectionChangesSet',
      { sectionId: section.id, whatChangedEn: 'x' },
      await createOwnerCookie(api),
      'section { uuid }',
    );
    expect(other.userErrors.map((e) => e.code)).toEqual(['NOT_AN_OWNER']);
  });
});
