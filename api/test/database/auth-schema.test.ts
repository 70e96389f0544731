import { getMigrations } from 'better-auth/db/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authService } from '../../src/modules/accounts/index.js';
import { startTestApi, type TestApi } from '../support/api.js';

describe('the auth_* tables of migration Accounts', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('hold every table and column Better Auth expects, so it never needs a migration of its own', async () => {
    // Better Auth's own migration planner, run against the migrated database with the platform's options
    const plan = await getMigrations(api.app.services.get(authService).auth.options, { throwOnUnsafe: false });
    expect(plan.toBeCreated.map((t) => t.table)).toEqual([]);
    expect(plan.toBeAdded.map((t) => ({ table: t.table, fields: Object.keys(t.fields) }))).toEqual([]);
  });
});
