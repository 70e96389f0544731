import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';

const DETAIL = /* GraphQL */ `
  fragment Detail on Organization {
    id
    uuid
    slug
    name {
      ar
      en
    }
    acronym
    foundingYear
    status
    district
    localityType
    legalForm {
      code
      name {
        en
      }
    }
    governorate {
      code
      dosCode
    }
    identifiers {
      scheme
      identifier
    }
    sectors {
      code
    }
    targetGroups {
      code
    }
    publicContacts {
      email
      phone
    }
    capacityAssessments {
      assessedOn
      governance
      advocacy
    }
    verification {
      state
      decidedAt
    }
    location {
      latitude
      longitude
    }
  }
  query ById($id: ID!) {
    organization(id: $id) {
      ...Detail
    }
  }
  query BySlug($slug: String!) {
    organizationBySlug(slug: $slug) {
      ...Detail
    }
  }
  query Node($id: ID!) {
    node(id: $id) {
      id
      ... on Organization {
        slug
      }
    }
  }
`;

describe('query organization, organizationBySlug and node', () => {
  let api: TestApi;
  let uuid: string;
  beforeAll(async () => {
    api = await startTestApi();
    const [created] = await createOrganizations(api.orm, [
      {
        slug: 'noor-society',
        nameAr: 'جمعية النور',
        nameEn: 'Al-Nour Society',
        identifiers: [{ scheme: 'JO-MSD', identifier: '2999999999042' }],
        sectors: ['HEALTH', 'EDUCATION'],
        targetGroups: ['CHILDREN'],
        contacts: [
          { visibility: 'PUBLIC', name: null, role: null, email: 'info@noor.example', phone: null },
          {
            visibility: 'PRIVATE',
            name: 'Private Person',
            role: 'Treasurer',
            email: 'private@noor.example',
            phone: '+962 7 5550 0000',
          },
        ],
        assessments: [
          {
            assessedOn: '2025-03-01',
            governance: 2,
            finance: 2,
            humanResources: 3,
            programmeDelivery: 3,
            monitoringEvaluation: 2,
            advocacy: 1,
          },
          {
            assessedOn: '2024-03-01',
            governance: 1,
            finance: 1,
            humanResources: 2,
            programmeDelivery: 2,
            monitoringEvaluation: 1,
            advocacy: 1,
          },
        ],
      },
    ]);
    uuid = created!.id;
  });
  afterAll(async () => {
    await api.stop();
  });

  it('returns the same organisation by global id, uuid and slug, with its nested lists', async () => {
    const bySlug = await api.graphql<{ organizationBySlug: Record<string, unknown> & { id: string } }>(
      DETAIL,
      { slug: 'noor-society' },
      { operationName: 'BySlug' },
    );
    expect(bySlug.body.errors).toBeUndefined();
    const organization = bySlug.body.data!.organizationBySlug;
    expect(organization).toMatchObject({
      uuid,
      name: { ar: 'جمعية النور', en: 'Al-Nour Society' },
      identifiers: [{ scheme: 'JO_MSD', identifier: '2999999999042' }],
      // in the code list's order
      sectors: [{ code: 'HEALTH' }, { code: 'EDUCATION' }],
      targetGroups: [{ code: 'CHILDREN' }],
      capacityAssessments: [
        { assessedOn: '2024-03-01', governance: 1, advocacy: 1 },
        { assessedOn: '2025-03-01', governance: 2, advocacy: 1 },
      ],
    });
    const byId = await api.graphql<{ organization: unknown }>(
      DETAIL,
      { id: organization.id },
      { operationName: 'ById' },
    );
    const byUuid = await api.graphql<{ organization: unknown }>(DETAIL, { id: uuid }, { operationName: 'ById' });
    expect(byId.body.data!.organization).toEqual(organization);
    expect(byUuid.body.data!.organization).toEqual(organization);
    const node = await api.graphql<{ node: unknown }>(DETAIL, { id: organization.id }, { operationName: 'Node' });
    expect(node.body.data!.node).toEqual({ id: organization.id, slug: 'noor-society' });
  });

  it('never shows private contacts in the public directory', async () => {
    const response = await api.graphql<{ organizationBySlug: { publicContacts: unknown[] } }>(
      DETAIL,
      { slug: 'noor-society' },
      { operationName: 'BySlug' },
    );
    expect(response.body.data!.organizationBySlug.publicContacts).toEqual([
      { email: 'info@noor.example', phone: null },
    ]);
    expect(JSON.stringify(response.body)).not.toContain('private@noor.example');
  });

  it('answers NOT_FOUND for an unknown organisation, BAD_USER_INPUT for a malformed id, and null for an unknown node', async () => {
    const unknown = await api.graphql(
      DETAIL,
      { id: '00000000-0000-4000-8000-000000000000' },
      { operationName: 'ById' },
    );
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await api.graphql(DETAIL, { id: 'hello' }, { operationName: 'ById' });
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    const badSlug = await api.graphql(DETAIL, { slug: 'Not A Slug' }, { operationName: 'BySlug' });
    expect(badSlug.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'slug' });
    const node = await api.graphql<{ node: unknown }>(DETAIL, { id: 'bm9wZTp4' }, { operationName: 'Node' });
    expect(node.body.errors).toBeUndefined();
    expect(node.body.data!.node).toBeNull();
  });
});
