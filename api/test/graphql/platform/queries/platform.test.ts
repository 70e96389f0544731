import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';

const PLATFORM = /* GraphQL */ `
  query Platform {
    platform {
      name {
        ar
        en
      }
      version
      timeZone
      serverTime
      database {
        reachable
        migrationsApplied
        migrationsPending
      }
    }
  }
`;

interface PlatformData {
  platform: {
    name: { ar: string; en: string };
    version: string;
    timeZone: string;
    serverTime: string;
    database: { reachable: boolean; migrationsApplied: number; migrationsPending: number };
  };
}

describe('query platform', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('answers over HTTP with data read from the database', async () => {
    // given a migrated database
    // when
    const before = Date.now();
    const response = await api.graphql<PlatformData>(PLATFORM, {}, { operationName: 'Platform' });
    // then
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const platform = response.body.data!.platform;
    expect(platform.name).toEqual({ ar: 'شبكة', en: 'Shabaka' });
    expect(platform.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(platform.timeZone).toBe('Asia/Amman');
    expect(Date.parse(platform.serverTime)).toBeGreaterThanOrEqual(before - 1000);
    const [row] = await api.orm.em
      .fork()
      .getConnection()
      .execute<{ count: string }[]>('select count(*)::text as count from mikro_orm_migrations');
    expect(platform.database).toEqual({ reachable: true, migrationsApplied: Number(row?.count), migrationsPending: 0 });
    expect(platform.database.migrationsApplied).toBeGreaterThan(0);
  });

  it('logs one JSON line per request with its id, operation name and duration', async () => {
    // given a request id chosen by the caller
    const requestId = 'test-request-0001';
    // when
    const response = await api.graphql(
      PLATFORM,
      {},
      { operationName: 'Platform', headers: { 'x-request-id': requestId } },
    );
    // then
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const line = api.logs.find((l) => l.requestId === requestId && l.msg === 'request');
    expect(line).toMatchObject({ operationName: 'Platform', status: 200, method: 'POST', path: '/graphql' });
    expect(typeof line?.durationMs).toBe('number');
  });

  it('gives every request its own id when the caller sends none or a malformed one', async () => {
    const a = await api.graphql(PLATFORM, {}, { headers: { 'x-request-id': 'bad id with spaces' } });
    const b = await api.graphql(PLATFORM);
    const idA = a.headers.get('x-request-id');
    const idB = b.headers.get('x-request-id');
    expect(idA).toMatch(/^[0-9a-f-]{36}$/);
    expect(idB).toMatch(/^[0-9a-f-]{36}$/);
    expect(idA).not.toBe(idB);
  });

  it('answers a malformed query with a typed 400 error carrying the request id', async () => {
    const response = await api.graphql('{ platform { nope } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      requestId: response.headers.get('x-request-id'),
    });
  });
});
