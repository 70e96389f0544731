import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  completeApplication,
  insertCall,
  institution,
  mutate,
  organization,
  settleScreening,
} from '../grants-support.js';

const CALLS = /* GraphQL */ `
  query Calls($first: Int!) {
    grantCalls(first: $first) {
      edges {
        node {
          uuid
          title {
            en
          }
          lots {
            theme
            envelope {
              amountMinor
            }
            applicationsReceived
          }
          questions {
            question {
              en
            }
          }
        }
      }
    }
  }
`;

const APPLICATIONS = /* GraphQL */ `
  query Applications($callId: ID!, $first: Int!) {
    grantApplications(callId: $callId, first: $first) {
      edges {
        node {
          uuid
          call {
            uuid
          }
          lot {
            theme
          }
          lead {
            slug
          }
          partners {
            role
            organization {
              slug
            }
            institution {
              slug
            }
          }
          budgetTotals {
            total {
              amountMinor
            }
          }
        }
      }
    }
  }
`;

/** The calls with their envelopes (awarded and left) and, for officers, each lot's awards. */
const CALLS_WITH_ENVELOPES = /* GraphQL */ `
  query CallsWithEnvelopes($first: Int!) {
    grantProgrammeEnvelope {
      remaining {
        amountMinor
      }
    }
    grantCalls(first: $first) {
      edges {
        node {
          uuid
          awardEnvelope {
            envelope {
              amountMinor
            }
            remaining {
              amountMinor
            }
          }
          lots {
            awardEnvelope {
              awarded {
                amountMinor
              }
            }
            awards {
              amount {
                amountMinor
              }
            }
          }
        }
      }
    }
  }
`;

describe('grants lists: SQL statements per request', () => {
  let api: TestApi;
  let callId = '';
  let officerCookie = '';
  beforeAll(async () => {
    api = await startTestApi();
    const knex = api.orm.em.getKnex();
    for (let n = 0; n < 30; n++) {
      const call = await insertCall(api, { deadlineInDays: n % 2 ? -1 - n : 10 + n, opensInDays: -60 });
      await knex('grant_call_question').insert({
        id: crypto.randomUUID(),
        call_id: call.uuid,
        question_en: 'Q?',
        answer_en: 'A.',
      });
    }
    const call = await insertCall(api, { deadlineInDays: 100 });
    callId = call.id;
    const associate = await institution(api);
    for (let n = 0; n < 12; n++) {
      const lead = await organization(api);
      const co = await organization(api);
      const draft = await completeApplication(api, call, lead, {
        coApplicantIds: [co.id],
        associateIds: [associate.id],
      });
      await mutate(api, 'grantApplicationPartnerConfirm', { applicationId: draft.id, partnerId: co.id }, co.cookie);
      await mutate(
        api,
        'grantApplicationPartnerConfirm',
        { applicationId: draft.id, partnerId: associate.id },
        associate.cookie,
      );
      await mutate(api, 'grantApplicationSubmit', { applicationId: draft.id, idempotencyKey: `s-${n}` }, lead.cookie);
    }
    await settleScreening(api);
    const { createTestPerson, signIn } = await import('../../../support/accounts.js');
    const p = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    officerCookie = await signIn(api, p.email, p.password);
  });
  afterAll(async () => {
    await api.stop();
  });

  const pinned = async (
    query: string,
    variables: Record<string, unknown>,
    sizes: [number, number],
    headers?: Record<string, string>,
  ) => {
    const run = (first: number) =>
      api.statements(() => api.graphql(query, { ...variables, first }, headers ? { headers } : undefined));
    await run(1);
    const small = await run(sizes[0]);
    const large = await run(sizes[1]);
    expect(small.result.body.errors).toBeUndefined();
    expect(large.result.body.errors).toBeUndefined();
    expect(large.sql).toHaveLength(small.sql.length);
    return small.sql.length;
  };

  it('costs a fixed number of statements for the calls with their lots, counts and questions, whatever the page size', async () => {
    // the rate-limit counter, the page and its count, the lots, the questions, the counts per lot (both pages hold
    // calls past their deadline, whose lots show their counts)
    expect(await pinned(CALLS, {}, [20, 31])).toBe(6);
  });

  it('costs a fixed number of statements for the calls with their envelopes and awards, whatever the page size', async () => {
    // the session and rate-limit reads, the page and its count, the programme's envelope, the lots, the envelopes of
    // the calls and lots, the lots' awards
    const statements = await pinned(CALLS_WITH_ENVELOPES, {}, [20, 31], { cookie: officerCookie });
    expect(statements).toBeLessThanOrEqual(9);
    const { body } = await api.graphql<{
      grantCalls: { edges: { node: { awardEnvelope: { envelope: { amountMinor: number } } } }[] };
    }>(CALLS_WITH_ENVELOPES, { first: 1 }, { headers: { cookie: officerCookie } });
    // before any award, a call's envelope is the sum of its lots' (two of 100,000 EUR)
    expect(body.data!.grantCalls.edges[0]!.node.awardEnvelope.envelope.amountMinor).toBe(200_000_00);
  });

  it("costs a fixed number of statements for a page of a call's applications with their consortium", async () => {
    // the session and rate-limit reads, the page and its count, then one batched load each: the calls, the lots,
    // the leads, the partners, their organisations, their institutions
    expect(await pinned(APPLICATIONS, { callId }, [3, 12], { cookie: officerCookie })).toBe(10);
  });
});
