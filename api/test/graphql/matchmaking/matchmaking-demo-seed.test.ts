import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDirectory } from '../../../src/modules/directory/seed/demo-seed.js';
import { seedDemoMatchmaking } from '../../../src/modules/matchmaking/seed/demo-seed.js';
import { seedDemoPartnerships } from '../../../src/modules/partnerships/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { doubleBookings } from './matchmaking-support.js';

describe('matchmaking demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDirectory(api.orm.em.fork());
    await seedDemoPartnerships(api.orm.em.fork());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('adds a published day in Mafraq with participants and meetings, once, nobody double-booked', async () => {
    expect(await seedDemoMatchmaking(api.orm.em.fork())).toBe(5);
    expect(await seedDemoMatchmaking(api.orm.em.fork())).toBe(0);
    const response = await api.graphql<{
      matchmakingDays: {
        edges: {
          node: {
            uuid: string;
            status: string;
            governorateCode: string;
            title: { ar: string; en: string };
            slots: unknown[];
            participants: { totalCount: number; edges: { node: { party: { __typename: string } } }[] };
          };
        }[];
      };
    }>(
      `{ matchmakingDays(first: 5) { edges { node { uuid status governorateCode title { ar en } slots { id }
         participants(first: 20) { totalCount edges { node { party { __typename } } } } } } } }`,
    );
    const [day] = response.body.data!.matchmakingDays.edges.map((e) => e.node);
    expect(day).toMatchObject({ status: 'PUBLISHED', governorateCode: 'JO-MA' });
    expect(day!.title.ar && day!.title.en).toBeTruthy();
    expect(day!.slots).toHaveLength(8);
    expect(day!.participants.totalCount).toBe(7);
    expect(new Set(day!.participants.edges.map((e) => e.node.party.__typename))).toEqual(
      new Set(['Organization', 'Institution']),
    );
    expect(await doubleBookings(api, day!.uuid)).toBe(0);
  });
});
