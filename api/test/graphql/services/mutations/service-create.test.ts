import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { SERVICE_CREATE, ajlounRehabilitation, organizationWithMember, serviceCounts } from '../services-support.js';

interface Result {
  serviceCreate: {
    service: {
      uuid: string;
      name: { ar: string; en: string };
      category: { code: string };
      languages: string[];
      governorates: { code: string }[];
      hours: { weekday: string; opensAt: string; closesAt: string }[];
      locations: { governorate: { code: string }; latitude: number; accessibility: string[] }[];
      referral: { steps: { ar: string; en: string } };
      places: { available: number; waitingList: number; updatedAt: string; outdated: boolean };
      organization: { uuid: string };
    } | null;
    userErrors: { field: string[] | null; code: string; message: string }[];
  };
}

describe('serviceCreate', () => {
  let api: TestApi;
  let editor: { uuid: string; id: string; cookie: string };
  let viewer: { uuid: string; id: string; cookie: string };
  beforeAll(async () => {
    api = await startTestApi();
    editor = await organizationWithMember(api, 'EDITOR');
    viewer = await organizationWithMember(api, 'VIEWER');
  });
  afterAll(async () => {
    await api.stop();
  });

  const create = (cookie: string, input: Record<string, unknown>) =>
    api.graphql<Result>(SERVICE_CREATE, { input }, { headers: { cookie } });

  it('adds a home-based rehabilitation service in Ajloun with its referral steps, hours, places and an audit event', async () => {
    // given
    const before = await serviceCounts(api);
    // when
    const response = await create(editor.cookie, ajlounRehabilitation(editor.id));
    // then
    expect(response.body.errors).toBeUndefined();
    const { service, userErrors } = response.body.data!.serviceCreate;
    expect(userErrors).toEqual([]);
    expect(service).toMatchObject({
      category: { code: 'REHABILITATION' },
      languages: ['ARABIC', 'JORDANIAN_SIGN_LANGUAGE'],
      governorates: [{ code: 'JO-AJ' }],
      hours: [
        { weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' },
        { weekday: 'SUNDAY', opensAt: '08:00', closesAt: '15:00' },
      ],
      locations: [
        {
          governorate: { code: 'JO-AJ' },
          latitude: 32.298,
          accessibility: ['SIGN_LANGUAGE_STAFF', 'STEP_FREE_ACCESS'],
        },
      ],
      places: { available: 4, waitingList: 9, outdated: false },
      organization: { uuid: editor.uuid },
    });
    expect(service!.referral.steps.en).toContain('refer the child');
    expect(await serviceCounts(api)).toEqual({
      services: before.services + 1,
      locations: before.locations + 1,
      hours: before.hours + 2,
      events: before.events + 1,
    });
  });

  it.each([
    [
      'a location outside Jordan',
      { locations: [{ governorate: 'JO-AJ', latitude: 48.85, longitude: 2.35 }] },
      'LOCATION_OUTSIDE_JORDAN',
      ['input', 'locations', '0', 'latitude'],
    ],
    [
      'a schedule closing before it opens',
      { hours: [{ weekday: 'MONDAY', opensAt: '15:00', closesAt: '08:00' }] },
      'SCHEDULE_CLOSES_BEFORE_OPENING',
      ['input', 'hours', '0', 'closesAt'],
    ],
    ['negative places', { placesAvailable: -1 }, 'NEGATIVE_PLACES', ['input', 'placesAvailable']],
    ['a negative waiting list', { waitingListLength: -3 }, 'NEGATIVE_PLACES', ['input', 'waitingListLength']],
    ['an unknown category', { category: 'ASTROLOGY' }, 'UNKNOWN_CODE', ['input', 'category']],
  ])('refuses %s with a typed error naming the rule, and writes nothing', async (_, overrides, code, field) => {
    // given
    const before = await serviceCounts(api);
    // when
    const response = await create(editor.cookie, ajlounRehabilitation(editor.id, overrides));
    // then
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.serviceCreate.service).toBeNull();
    expect(response.body.data!.serviceCreate.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect(await serviceCounts(api)).toEqual(before);
  });

  it('refuses a service for an organisation the person is not an editor of', async () => {
    // given
    const before = await serviceCounts(api);
    // when: a viewer of their own organisation, and an editor of another one
    const asViewer = await create(viewer.cookie, ajlounRehabilitation(viewer.id));
    const asOutsider = await create(editor.cookie, ajlounRehabilitation(viewer.id));
    // then
    for (const response of [asViewer, asOutsider]) {
      expect(response.body.data!.serviceCreate.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_AN_EDITOR', field: ['input', 'organizationId'] }),
      ]);
    }
    expect(await serviceCounts(api)).toEqual(before);
  });
});
