/**
 * The Relay cursor connections spec, on every connection of the contract: first and last refuse a negative count,
 * walking forward page by page yields each row once in order, walking backward with last/before yields the same
 * order, and pageInfo says where each page sits. Objects listed through connections are fetchable with `node(id)`.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { buildSchema, isObjectType, getNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createOrganizations } from '../../support/factories.js';
import { sqlRows } from '../../../src/database/sql.js';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

/** Each connection of the contract, and how to ask for a page of it (organizations: organizations.test.ts). */
const CONNECTIONS: Record<string, string | null> = {
  'Query.organizations': null,
  'Query.auditEvents': `query P($first: Int, $after: String, $last: Int, $before: String) {
    page: auditEvents(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id action } }
    }
  }`,
  'Query.organizationClaims': `query P($first: Int, $after: String, $last: Int, $before: String) {
    page: organizationClaims(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id claimantName } }
    }
  }`,
  'Query.trainingCourses': `query P($first: Int, $after: String, $last: Int, $before: String) {
    page: trainingCourses(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id level } }
    }
  }`,
  'Query.trainingSessions': `query P($first: Int, $after: String, $last: Int, $before: String) {
    page: trainingSessions(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id status } }
    }
  }`,
  // nested lists of one session or person (the same paginate as the others): read a page at a time in
  // test/graphql/training
  'TrainingSession.registrations': null,
  'Viewer.trainingRegistrations': null,
  'Viewer.trainingCertificates': null,
  'Query.institutions': `query P($first: Int, $after: String, $last: Int, $before: String) {
    page: institutions(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id slug } }
    }
  }`,
  'Query.partnershipListings': `query P($first: Int, $after: String, $last: Int, $before: String) {
    page: partnershipListings(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id kind } }
    }
  }`,
  // the listings of one party (a batched first page, then the same paginate): walked in
  // test/graphql/partnerships/queries/partnership-listings.test.ts
  'Organization.partnershipListings': null,
  'Institution.partnershipListings': null,
  // the partnerships' registry and a party's requests (inbox, outbox) are walked page by page in
  // test/graphql/partnerships/queries/partnerships.test.ts and partnership-requests.test.ts; a party's partnerships
  // use the same paginate (a batched first page, as its listings)
  'Query.partnerships': null,
  'Organization.partnerships': null,
  'Institution.partnerships': null,
  'Query.partnershipRequests': null,
  // a ranking for one party (a cursor names a score and an id): walked forward and backward page by page in
  // test/graphql/partnerships/queries/partner-suggestions.test.ts
  'Query.partnerSuggestions': null,
  // matchmaking days and a day's participants: walked page by page in
  // test/graphql/matchmaking/queries/matchmaking-days.test.ts
  'Query.matchmakingDays': null,
  'MatchmakingDay.participants': null,
  // walked page by page in their own tests: the pending requests in
  // test/graphql/partnerships/queries/pending-partnership-requests.test.ts, the services' search in
  // test/graphql/services/queries/services.test.ts, an indicator's records in
  // test/graphql/results/queries/results-indicators.test.ts
  'Query.pendingPartnershipRequests': null,
  'Query.services': null,
  'Query.resultsIndicatorRecords': null,
  // read with their first page only in their own tests (care institutions, consultations, a reviewer's assignments):
  // the same paginate() as the walked ones, a walk of their own is still to write
  'Query.careInstitutions': null,
  'Query.consultations': null,
  // walked forward and backward page by page in participation/challenges/innovation-challenges.test.ts
  'Query.innovationChallenges': null,
  'Viewer.reviewAssignments': null,
  'Viewer.trainingSessionsAsTrainer': null,
  'Organization.trainingRegistrations': null,
  'Query.grantCalls': `query P($first: Int, $after: String, $last: Int, $before: String) {
    page: grantCalls(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id status } }
    }
  }`,
  // the applications of a call (officers) and of a person's organisations: walked page by page in
  // test/graphql/grants/queries/grant-applications.test.ts and viewer-grant-applications.test.ts
  'Query.grantApplications': null,
  'Viewer.grantApplications': null,
  // grant reports: read with their first page only in test/graphql/grants/reports/grant-report-decide.test.ts
  // (the same paginate() as the walked ones)
  'Query.grantReports': null,
  // awarded grants: read with their filters in test/graphql/grants/open-data/awarded-grants.test.ts
  'Query.awardedGrants': null,
  'Query.verificationCases': `query P($first: Int, $after: String, $last: Int, $before: String) {
    page: verificationCases(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id status } }
    }
  }`,
};

describe('Relay connections', () => {
  let api: TestApi;
  let officer: Record<string, string>;
  let claimant: Record<string, string>;
  const claimIds: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    // five people claim five organisations: five pending claims and five audit events
    const organizations = await createOrganizations(
      api.orm,
      [1, 2, 3, 4, 5].map((n) => ({ nameEn: `Walked ${n}` })),
    );
    for (const [index, organization] of organizations.entries()) {
      const person = await createTestPerson(api, { name: `Walker ${index}` });
      const cookie = await signIn(api, person.email, person.password);
      if (index === 0) claimant = { cookie };
      const claimed = await api.graphql<{ organizationClaim: { claimId: string } }>(
        `mutation($input: OrganizationClaimInput!) { organizationClaim(input: $input) { claimId } }`,
        { input: { organizationId: toGlobalId('Organization', organization.id) } },
        { headers: { cookie } },
      );
      claimIds.push(claimed.body.data!.organizationClaim.claimId);
    }
    // five pending organisations with open verification cases, two submitted at the same moment
    const pending = await createOrganizations(
      api.orm,
      [1, 2, 3, 4, 5].map((n) => ({ nameEn: `Pending ${n}`, verificationState: 'PENDING' as const })),
    );
    for (const [index, organization] of pending.entries()) {
      await sqlRows(
        api.orm.em.fork(),
        `insert into verification_case (organization_id, submitted_at) values (?, date_trunc('milliseconds', now()) - ? * interval '1 minute')`,
        [organization.id, Math.min(index, 3)],
      );
    }
    // five training courses and five sessions, two starting at the same moment (the id breaks the tie)
    const knex = api.orm.em.getKnex();
    const start = Date.now() + 10 * 86_400_000;
    for (const n of [1, 2, 3, 4, 5]) {
      const course = randomUUID();
      await knex('training_course').insert({
        id: course,
        title_en: `Walked course ${n}`,
        topic_code: 'GOVERNANCE',
        level: 'INTRODUCTORY',
        audience: 'BOTH',
        expected_hours: 6,
      });
      const startsAt = new Date(start + Math.min(n, 4) * 3_600_000);
      await knex('training_session').insert({
        id: randomUUID(),
        course_id: course,
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + 3_600_000),
        governorate_code: 'JO-AM',
        language: 'ARABIC',
        seats: 10,
        registration_opens_at: new Date(Date.now() - 3_600_000),
        registration_deadline: new Date(Date.now() + 86_400_000),
        cancellation_deadline: new Date(Date.now() + 86_400_000),
        audience: 'BOTH',
      });
    }
    // five institutions, and five listings of one of them, two published at the same moment
    const institutionIds: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      const id = randomUUID();
      institutionIds.push(id);
      await knex('institution').insert({
        id,
        slug: `walked-institution-${n}`,
        type: 'MINISTRY',
        name_en: `Walked ${n}`,
      });
    }
    const published = Date.now() - 86_400_000;
    for (const n of [1, 2, 3, 4, 5]) {
      await knex('partnership_listing').insert({
        id: randomUUID(),
        kind: n % 2 ? 'NEED' : 'OFFER',
        institution_id: institutionIds[0],
        capability_code: 'VENUE',
        description_en: `Walked listing ${n}`,
        expires_at: new Date(Date.now() + 30 * 86_400_000),
        created_at: new Date(published - Math.min(n, 4) * 60_000),
      });
    }
    // five calls for proposals, two with the same deadline (the id breaks the tie)
    const deadline = Date.now() + 30 * 86_400_000;
    for (const n of [1, 2, 3, 4, 5]) {
      await knex('grant_call').insert({
        id: randomUUID(),
        title_en: `Walked call ${n}`,
        jod_rate_micros: 770_000,
        min_grant_minor: 1,
        max_grant_minor: 2,
        opens_at: new Date(Date.now() - 86_400_000),
        deadline_at: new Date(deadline + Math.min(n, 4) * 3_600_000),
        status: n === 5 ? 'CLOSED' : 'PUBLISHED',
      });
    }
    const person = await createTestPerson(api, { name: 'Officer', roles: ['PROGRAMME_OFFICER'] });
    officer = { cookie: await signIn(api, person.email, person.password) };
  });
  afterAll(async () => {
    await api.stop();
  });

  const page = async (query: string, variables: Record<string, unknown>): Promise<Page> => {
    const response = await api.graphql<{ page: Page }>(query, variables, { headers: officer });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.page;
  };

  it('knows every connection of the contract', async () => {
    const schema = buildSchema(await readFile(new URL('../../../../schema/schema.graphql', import.meta.url), 'utf8'));
    const found = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(found.sort()).toEqual(Object.keys(CONNECTIONS).sort());
  });

  for (const [name, query] of Object.entries(CONNECTIONS)) {
    if (!query) continue;

    it(`${name}: walking forward and backward gives each row once, in the same order`, async () => {
      const forward: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const result: Page = await page(query, { first: 2, after });
        expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
        forward.push(...result.edges.map((edge) => edge.node.id));
        pages += 1;
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      const total = (await page(query, { first: 1 })).totalCount;
      expect(total).toBeGreaterThanOrEqual(5);
      expect(forward).toHaveLength(total);
      expect(new Set(forward).size).toBe(total);
      expect(pages).toBe(Math.ceil(total / 2));

      const backward: string[] = [];
      let before: string | null = null;
      for (;;) {
        const result: Page = await page(query, { last: 2, before });
        expect(result.pageInfo.hasNextPage).toBe(before !== null);
        backward.unshift(...result.edges.map((edge) => edge.node.id));
        if (!result.pageInfo.hasPreviousPage) break;
        before = result.pageInfo.startCursor;
      }
      expect(backward).toEqual(forward);

      // a window between two cursors, and the cursors of a page are its edges' cursors
      const whole = await page(query, { first: 100 });
      const window = await page(query, { first: 100, after: whole.edges[0]!.cursor, before: whole.edges[3]!.cursor });
      expect(window.edges.map((edge) => edge.node.id)).toEqual(forward.slice(1, 3));
      expect(window.pageInfo.startCursor).toBe(window.edges[0]!.cursor);
      expect(window.pageInfo.endCursor).toBe(window.edges[1]!.cursor);
    });

    it(`${name}: refuses negative, zero and oversized counts, first with last, and foreign cursors`, async () => {
      const foreign = Buffer.from('{"k":"elsewhere","id":1}').toString('base64url');
      for (const [variables, argument] of [
        [{ first: -1 }, 'first'],
        [{ last: -1 }, 'last'],
        [{ first: 0 }, 'first'],
        [{ first: 101 }, 'first'],
        [{ first: 2, last: 2 }, 'first'],
        [{ after: foreign }, 'after'],
        [{ last: 2, before: 'not a cursor' }, 'before'],
      ] as const) {
        const response = await api.graphql(query, variables, { headers: officer });
        expect(response.body.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({
          code: 'BAD_USER_INPUT',
          argument,
        });
        expect(response.body.data).toBeNull();
      }
    });
  }

  it('fetches claims and audit events by their global ids for officers, and nothing for anyone else', async () => {
    const events = await page(CONNECTIONS['Query.auditEvents']!, { first: 1 });
    const NODE = `query N($id: ID!) { node(id: $id) { __typename id
      ... on OrganizationClaim { claimantName } ... on AuditEvent { action } } }`;
    for (const [id, expected] of [
      [claimIds[0]!, { __typename: 'OrganizationClaim', id: claimIds[0], claimantName: 'Walker 0' }],
      [events.edges[0]!.node.id, { __typename: 'AuditEvent', ...events.edges[0]!.node }],
    ] as const) {
      const seen = await api.graphql<{ node: unknown }>(NODE, { id }, { headers: officer });
      expect(seen.body.data?.node).toEqual(expected);
      for (const headers of [claimant, {}]) {
        const hidden = await api.graphql<{ node: unknown }>(NODE, { id }, { headers });
        expect(hidden.body.errors).toBeUndefined();
        expect(hidden.body.data).toEqual({ node: null });
      }
    }
    // the decision takes the global id the claim was listed with
    const decided = await api.graphql<{ organizationClaimDecide: { userErrors: unknown[] } }>(
      `mutation($input: OrganizationClaimDecideInput!) { organizationClaimDecide(input: $input) { userErrors { code } } }`,
      { input: { claimId: claimIds[4], approve: false, reason: 'Not the director' } },
      { headers: officer },
    );
    expect(decided.body.data?.organizationClaimDecide.userErrors).toEqual([]);
    const malformed = await api.graphql(
      `mutation($input: OrganizationClaimDecideInput!) { organizationClaimDecide(input: $input) { userErrors { code } } }`,
      { input: { claimId: toGlobalId('Organization', '00000000-0000-4000-8000-000000000000'), approve: true } },
      { headers: officer },
    );
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'claimId' });
  });
});
