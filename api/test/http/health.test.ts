import { afterEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

describe('health and readiness', () => {
  let api: TestApi | undefined;
  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });

  it('reports the process up and the database ready when migrated', async () => {
    api = await startTestApi();
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('is not ready while migrations are pending', async () => {
    // given an empty database that has the migrations table but lacks every migration
    api = await startTestApi({ empty: true });
    await api.orm.em
      .fork()
      .getConnection()
      .execute('create table mikro_orm_migrations (id serial primary key, name varchar(255), executed_at timestamptz)');
    // when
    const ready = await fetch(`${api.url}/readyz`);
    // then
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'not ready',
      reason: expect.stringMatching(/migration\(s\) pending/) as unknown,
    });
    // and the process itself is still up
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it('is not ready when the database cannot be reached', async () => {
    api = await startTestApi();
    await api.orm.close(true);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'not ready',
      reason: expect.stringMatching(/unreachable/) as unknown,
    });
  });

  it('answers unknown paths with 404', async () => {
    api = await startTestApi();
    expect((await fetch(`${api.url}/nope`)).status).toBe(404);
  });
});
