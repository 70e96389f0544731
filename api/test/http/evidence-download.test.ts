/**
 * A malformed evidence id is answered 404 like an unknown one (issue 13 item 14): not a 500 with a database error
 * in the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestPerson, signIn } from '../support/accounts.js';

describe('GET /uploads/verification-evidence/<id>', () => {
  let api: TestApi;
  let cookie = '';
  beforeAll(async () => {
    api = await startTestApi({ env: { UPLOAD_DIR: `/tmp/shabaka-test-evidence-download-${process.pid}` } });
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    cookie = await signIn(api, officer.email, officer.password);
  });
  afterAll(async () => {
    await api.stop();
  });

  it.each([
    ['only looks like a uuid', 'abcdefabcdefabcdefabcdefabcdefabcdef'],
    ['has its dashes in the wrong places', 'abcdefabc-def-abcd-efab-cdefabcdefab'],
    ['is all dashes', '-'.repeat(36)],
    ['is a well-formed unknown one', '6f1c2d3e-4b5a-4c6d-8e7f-8a9b0c1d2e3f'],
  ])('answers 404 to an id that %s, and logs no error', async (_what, id) => {
    const before = api.logs.length;
    const response = await fetch(`${api.url}/uploads/verification-evidence/${id}`, { headers: { cookie } });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND');
    const errors = api.logs.slice(before).filter((line) => Number(line.level) >= 50);
    expect(errors).toEqual([]);
  });
});
