/**
 * The participation aggregates for the results dashboard: counts by the dimensions asked for, every cell under 5
 * suppressed, and complementary suppression so that no suppressed cell follows from the published ones and the total.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  register,
} from '../training-support.js';

const PARTICIPATION = /* GraphQL */ `
  query ($filter: TrainingParticipationFilter, $by: [TrainingParticipationDimension!]!) {
    trainingParticipation(filter: $filter, by: $by) {
      by
      threshold
      cells {
        sex
        disability
        counts {
          confirmed {
            value
            suppressed
          }
        }
      }
      total {
        confirmed {
          value
          suppressed
        }
        attended {
          value
          suppressed
        }
      }
    }
  }
`;

interface Count {
  value: number | null;
  suppressed: boolean;
}
interface Report {
  trainingParticipation: {
    by: string[];
    threshold: number;
    cells: { sex: string | null; disability: boolean | null; counts: { confirmed: Count } }[];
    total: { confirmed: Count; attended: Count };
  };
}

describe('trainingParticipation', () => {
  let api: TestApi;
  let officer = '';
  let version = '';
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    const text = await api.graphql<{ trainingDisaggregationConsentText: { version: string } }>(
      '{ trainingDisaggregationConsentText { version } }',
    );
    version = text.body.data!.trainingDisaggregationConsentText.version;
  });
  afterAll(async () => {
    await api.stop();
  });

  /** A session whose participants answered as given (null: no answers, no consent). */
  const sessionWith = async (answers: (Record<string, string> | null)[]) => {
    const session = await createSession(api, officer, await createCourse(api, officer));
    const organization = await createOrganization(api);
    const people = await createParticipants(api, answers.length, organization.uuid);
    const registrations: string[] = [];
    for (const [i, person] of people.entries()) {
      const given = answers[i];
      const done = await register(api, person.headers, {
        sessionId: session.id,
        organizationId: organization.id,
        ...(given ? { disaggregation: { consent: true, consentTextVersion: version, ...given } } : {}),
      });
      expect(done.userErrors).toEqual([]);
      registrations.push(done.registration!.id);
    }
    return Object.assign(session, { people, registrations });
  };

  const report = async (sessionId: string, by: string[], cookie = officer) => {
    const response = await api.graphql<Report>(PARTICIPATION, { filter: { sessionId }, by }, { headers: { cookie } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.trainingParticipation;
  };

  const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

  it('suppresses a cell under 5 and, complementarily, the smallest other cell of its line', async () => {
    // given 8 women, 6 men and 3 who gave no answer
    const session = await sessionWith([
      ...times(8, { sex: 'FEMALE' }),
      ...times(6, { sex: 'MALE' }),
      ...times(3, null),
    ]);
    // when an officer asks by sex
    const table = await report(session.id, ['SEX']);
    // then "not stated" (3) is suppressed, and so are the men (6): 17 - 8 would otherwise give the 3 away
    expect(table.threshold).toBe(5);
    expect(table.cells).toEqual([
      { sex: 'FEMALE', disability: null, counts: { confirmed: { value: 8, suppressed: false } } },
      { sex: 'MALE', disability: null, counts: { confirmed: { value: null, suppressed: true } } },
      { sex: null, disability: null, counts: { confirmed: { value: null, suppressed: true } } },
    ]);
    expect(table.total.confirmed).toEqual({ value: 17, suppressed: false });
    // nobody attended yet: zero is under 5 too
    expect(table.total.attended).toEqual({ value: null, suppressed: true });
  });

  it('publishes every cell of 5 or more, and derives disability by the Washington Group cut-off', async () => {
    // given 5 with "a lot of difficulty" in one domain, 6 with "some difficulty" at most
    const session = await sessionWith([
      ...times(5, { walking: 'A_LOT_OF_DIFFICULTY', seeing: 'NO_DIFFICULTY' }),
      ...times(6, { walking: 'SOME_DIFFICULTY', hearing: 'SOME_DIFFICULTY' }),
    ]);
    // when
    const table = await report(session.id, ['DISABILITY']);
    // then
    expect(table.cells).toEqual([
      { sex: null, disability: false, counts: { confirmed: { value: 6, suppressed: false } } },
      { sex: null, disability: true, counts: { confirmed: { value: 5, suppressed: false } } },
    ]);
  });

  it('counts withdrawn answers as not stated, and refuses a person who is not an officer', async () => {
    // given 6 women, one of whom withdraws her consent
    const session = await sessionWith(times(6, { sex: 'FEMALE' }));
    const before = await report(session.id, ['SEX']);
    expect(before.cells.map((c) => [c.sex, c.counts.confirmed.value])).toEqual([['FEMALE', 6]]);
    // when
    const withdrawn = await api.graphql<{ trainingDisaggregationWithdraw: { userErrors: unknown[] } }>(
      `mutation($input: TrainingDisaggregationWithdrawInput!) { trainingDisaggregationWithdraw(input: $input) { userErrors { code } } }`,
      { input: { registrationId: session.registrations[0] } },
      { headers: session.people[0]!.headers },
    );
    expect(withdrawn.body.data!.trainingDisaggregationWithdraw.userErrors).toEqual([]);
    // then 5 women and 1 not stated: the 1 is suppressed and the 5 with it (6 - 5 would give it away)
    const after = await report(session.id, ['SEX']);
    expect(after.cells.map((c) => [c.sex, c.counts.confirmed])).toEqual([
      ['FEMALE', { value: null, suppressed: true }],
      [null, { value: null, suppressed: true }],
    ]);
    expect(after.total.confirmed).toEqual({ value: 6, suppressed: false });
    const person = await createTestPerson(api);
    const cookie = await signIn(api, person.email, person.password);
    const refused = await api.graphql(
      PARTICIPATION,
      { filter: { sessionId: session.id }, by: ['SEX'] },
      { headers: { cookie } },
    );
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const anonymous = await api.graphql(PARTICIPATION, { filter: { sessionId: session.id }, by: ['SEX'] });
    expect(anonymous.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
