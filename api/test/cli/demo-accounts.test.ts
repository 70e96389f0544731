import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from '../../src/modules/accounts/seed/demo-accounts.js';
import { seedDemoDirectory } from '../../src/modules/directory/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { signIn } from '../support/accounts.js';

describe('demo accounts', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDirectory(api.orm.em.fork());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('gives each role an account that signs in with the password of the README, once', async () => {
    expect(await seedDemoAccounts(api.orm.em.getKnex())).toBe(DEMO_ACCOUNTS.length);
    expect(await seedDemoAccounts(api.orm.em.getKnex())).toBe(0);
    const seen = new Set<string>();
    for (const account of DEMO_ACCOUNTS) {
      const cookie = await signIn(api, account.email, DEMO_PASSWORD);
      const response = await api.graphql<{ viewer: { roles: string[]; memberships: { role: string }[] } }>(
        `{ viewer { roles memberships { role } } }`,
        {},
        { headers: { cookie } },
      );
      const viewer = response.body.data!.viewer;
      expect(viewer.roles).toEqual(account.roles ?? []);
      expect(viewer.memberships.map((m) => m.role)).toEqual(account.member ? [account.member.role] : []);
      for (const role of viewer.roles) seen.add(role);
      for (const m of viewer.memberships) seen.add(m.role);
    }
    expect([...seen].sort()).toEqual(
      ['ADMINISTRATOR', 'EDITOR', 'MOSD_OFFICIAL', 'OWNER', 'PROGRAMME_OFFICER', 'REVIEWER', 'VIEWER'].sort(),
    );
  });

  it('are never created by a production start', () => {
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', AUTH_SECRET: 'x'.repeat(32) }).seedDemo).toBe(false);
  });
});
