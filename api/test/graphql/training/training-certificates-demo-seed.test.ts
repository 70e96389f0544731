import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../src/database/sql.js';
import { seedDemoDirectory } from '../../../src/modules/directory/seed/demo-seed.js';
import { seedDemoCertificates } from '../../../src/modules/training/certificates/certificate.seed.js';
import { seedDemoTraining } from '../../../src/modules/training/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson } from '../../support/accounts.js';

describe('training certificates demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDirectory(api.orm.em.fork());
    await seedDemoTraining(api.orm.em.fork());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('issues certificates to those who completed a past session (one revoked, the demo person’s with a known code), once', async () => {
    // given the demo person's account
    const person = await createTestPerson(api, {});
    await api.orm.em
      .getKnex()('auth_user')
      .update({ email: 'person@demo.shabaka.example', name: 'دينا مراد (Dina Murad)' })
      .where({ id: person.id });

    // when the demo certificates are added twice
    expect(await seedDemoCertificates(api.orm.em.fork())).toBe(4);
    expect(await seedDemoCertificates(api.orm.em.fork())).toBe(0);

    // then the demo person's code verifies, and one certificate is revoked
    const verified = await api.graphql<{ certificateByCode: { participantName: string; status: string } }>(
      `{ certificateByCode(code: "DEM0-CERT-0001") { participantName status } }`,
    );
    expect(verified.body.data!.certificateByCode).toEqual({
      participantName: 'دينا مراد (Dina Murad)',
      status: 'VALID',
    });
    const revoked = await knexRows(
      api.orm.em.getKnex(),
      'select id from training_certificate where revoked_at is not null',
    );
    expect(revoked).toHaveLength(1);
  });
});
