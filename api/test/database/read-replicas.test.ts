/**
 * Read replicas (DATABASE_REPLICA_URLS). The "replica" here is a read-only copy of the primary taken before the
 * test writes anything: it stands for a replica that has not replayed the primary's latest writes yet, so each answer
 * shows which database served it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPerson, signIn } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createOrganizations } from '../support/factories.js';
import { tcpRelay, throughRelay, type TcpRelay } from '../support/relay.js';

const COUNT = '{ organizations(search: "Written after the copy") { totalCount } }';

describe('read replicas', () => {
  let api: TestApi;
  let replica: TestDatabase;
  beforeAll(async () => {
    const primary = await createTestDatabase();
    replica = await createTestDatabase({ copyOf: primary, readOnly: true });
    api = await startTestApi({ database: primary, env: { DATABASE_REPLICA_URLS: replica.url } });
    await createOrganizations(api.orm, [{ nameEn: 'Written after the copy' }]);
  });
  afterAll(async () => {
    await api.stop();
    await replica.drop();
  });

  it("serve the public's queries, while the rate-limit counters are written on the primary", async () => {
    const first = await api.graphql<{ organizations: { totalCount: number } }>(COUNT);
    const second = await api.graphql<{ organizations: { totalCount: number } }>(COUNT);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.organizations.totalCount).toBe(0);
    const remaining = (response: typeof first) =>
      (response.body as { extensions: { rateLimit: { remaining: number } } }).extensions.rateLimit.remaining;
    expect(remaining(second)).toBe(remaining(first) - 1);
  });

  it('leave a signed-in person on the primary, where their own changes are always visible', async () => {
    const person = await createTestPerson(api, { name: 'Reader' });
    const cookie = await signIn(api, person.email, person.password);
    const seen = await api.graphql<{ organizations: { totalCount: number } }>(COUNT, {}, { headers: { cookie } });
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data?.organizations.totalCount).toBe(1);
  });

  it('never take a mutation, even an anonymous one', async () => {
    const signedUp = await api.graphql<{ accountSignUp: { userErrors: unknown[] } }>(
      `mutation($input: AccountSignUpInput!) { accountSignUp(input: $input) { userErrors { code } } }`,
      { input: { name: 'New', email: 'replica-new@example.org', password: 'olive trees by the dead sea' } },
    );
    expect(signedUp.body.errors).toBeUndefined();
    expect(signedUp.body.data?.accountSignUp.userErrors).toEqual([]);
  });

  it('serve the open data export', async () => {
    const response = await fetch(`${api.url}/exports/organizations.json`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { organizations: unknown[] };
    expect(body.organizations).toEqual([]);
  });
});

describe('a read replica that stops answering', () => {
  let api: TestApi;
  let replica: TestDatabase;
  let relay: TcpRelay;
  beforeAll(async () => {
    const primary = await createTestDatabase();
    replica = await createTestDatabase({ copyOf: primary, readOnly: true });
    // the replica is reached through a TCP relay the test can cut, as a network fault or a crash would
    const target = new URL(replica.url);
    relay = await tcpRelay(Number(target.port || 5432), target.hostname);
    api = await startTestApi({
      database: primary,
      env: { DATABASE_REPLICA_URLS: throughRelay(replica.url, relay) },
    });
    await createOrganizations(api.orm, [{ nameEn: 'Written after the copy' }]);
  });
  afterAll(async () => {
    await relay.cut();
    await api.stop();
    await replica.drop();
  });

  it('is set aside within seconds: the public then reads from the primary', async () => {
    const count = async (): Promise<number | undefined> =>
      (await api.graphql<{ organizations: { totalCount: number } }>(COUNT)).body.data?.organizations.totalCount;
    expect(await count()).toBe(0);

    await relay.cut();

    // the monitor looks every 2 s; a loaded machine may take many times that
    await expect.poll(count, { timeout: 120_000, interval: 250 }).toBe(1);
    expect(api.logs.map((line) => line.msg)).toContain('read replicas set aside: every read goes to the primary');
  });
});
