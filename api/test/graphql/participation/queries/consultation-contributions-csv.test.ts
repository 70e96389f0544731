import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { createOwnerCookie, insertConsultation, insertContribution } from '../participation-support.js';

describe('GET /exports/consultations/<uuid>/contributions.csv', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('gives the owning team every contribution as CSV, formulas neutralised; others are refused', async () => {
    // given
    const consultation = await insertConsultation(api);
    const [org] = await createOrganizations(api.orm, [{ verificationState: 'VERIFIED', nameEn: 'Csv Org' }]);
    const contribution = await insertContribution(api, consultation, 0, org!.id, 'OPPOSE');
    await api.orm.em
      .getKnex()('consultation_contribution')
      .where({ id: contribution.uuid })
      .update({ comment: '=HYPERLINK("x")' });
    const url = `${api.url}/exports/consultations/${consultation.uuid}/contributions.csv`;
    // when
    const owner = await fetch(url, { headers: { cookie: consultation.ownerCookie } });
    const officer = await fetch(url, { headers: { cookie: await createOwnerCookie(api) } });
    const anonymous = await fetch(url);
    // then
    expect(owner.status).toBe(200);
    expect(owner.headers.get('content-type')).toContain('text/csv');
    const text = await owner.text();
    const [header, row] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toContain('section_position,section_title_en');
    expect(row).toContain('OPPOSE');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(officer.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });
});
