/**
 * The results indicators over HTTP on the hand-counted fixture of results-support.ts: actuals per quarter and
 * cumulative, breakdowns, counts of 1 to 4 suppressed with secondary suppression, the records behind a figure for officers, the public CSV, and a
 * bounded number of SQL statements for the whole dashboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { officerCookie } from '../../training/training-support.js';
import { createResultsFixture, partnership, type ResultsFixture } from '../results-support.js';

const INDICATORS = /* GraphQL */ `
  query {
    resultsIndicators {
      code
      name {
        ar
        en
      }
      target
      actual {
        value
        suppressed
      }
      quarters {
        quarter
        count {
          value
          suppressed
        }
        cumulative {
          value
          suppressed
        }
      }
      breakdowns {
        dimension
        cells {
          key
          label {
            ar
            en
          }
          count {
            value
            suppressed
          }
        }
      }
    }
  }
`;

const RECORDS = /* GraphQL */ `
  query ($code: String!, $quarter: String, $first: Int, $after: String) {
    resultsIndicatorRecords(code: $code, quarter: $quarter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          recordId
          recordType
          label {
            en
          }
          quarter
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Count {
  value: number | null;
  suppressed: boolean;
}
interface Indicator {
  code: string;
  target: number | null;
  actual: Count;
  quarters: { quarter: string; count: Count; cumulative: Count }[];
  breakdowns: { dimension: string; cells: { key: string; label: { en: string }; count: Count }[] }[];
}
interface Records {
  resultsIndicatorRecords: {
    totalCount: number;
    edges: { node: { recordId: string; recordType: string; label: { en: string }; quarter: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const shown = (value: number): Count => ({ value, suppressed: false });

/**
 * What a reader can rebuild of the withheld counts of one indicator by subtraction, repeated with what was learnt:
 * each quarter's count is its running total less the previous one, the actual is the last running total (no record
 * after the current quarter in the fixture), and each breakdown in `partitions` adds up to the actual.
 */
function rebuilt(indicator: Indicator, partitions: string[] = []): string[] {
  const view = new Map<string, number | null>();
  const lines: [string[], string][] = [];
  indicator.quarters.forEach((q, k) => {
    view.set(`count ${q.quarter}`, q.count.value);
    view.set(`cumulative ${q.quarter}`, q.cumulative.value);
    const previous = indicator.quarters[k - 1];
    lines.push([
      previous ? [`cumulative ${previous.quarter}`, `count ${q.quarter}`] : [`count ${q.quarter}`],
      `cumulative ${q.quarter}`,
    ]);
  });
  view.set('actual', indicator.actual.value);
  lines.push([[`cumulative ${indicator.quarters.at(-1)!.quarter}`], 'actual']);
  for (const b of indicator.breakdowns.filter((x) => partitions.includes(x.dimension))) {
    b.cells.forEach((c) => view.set(`${b.dimension} ${c.key}`, c.count.value));
    lines.push([b.cells.map((c) => `${b.dimension} ${c.key}`), 'actual']);
  }
  const learnt: string[] = [];
  for (let progress = true; progress;) {
    progress = false;
    for (const [parts, whole] of lines) {
      const open = [...parts, whole].filter((cell) => view.get(cell) === null);
      if (open.length !== 1) continue;
      const sum = parts.reduce((total, cell) => total + (view.get(cell) ?? 0), 0);
      view.set(open[0]!, open[0] === whole ? sum : view.get(whole)! - sum);
      learnt.push(open[0]!);
      progress = true;
    }
  }
  return learnt;
}
const fewerThanFive: Count = { value: null, suppressed: true };

describe('resultsIndicators and resultsIndicatorRecords', () => {
  let api: TestApi;
  let officer = '';
  let fixture: ResultsFixture;
  const indicators = async () => {
    const response = await api.graphql<{ resultsIndicators: Indicator[] }>(INDICATORS);
    expect(response.body.errors).toBeUndefined();
    return new Map(response.body.data!.resultsIndicators.map((i) => [i.code, i]));
  };
  const quarter = (i: Indicator, q: string) => i.quarters.find((x) => x.quarter === q);

  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    fixture = await createResultsFixture(api, officer);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('counts a CSO once however many ways it was supported, in the quarter of its first support', async () => {
    // given the fixture (A trained twice and in a partnership; C unverified; b1 did not complete)
    // when anyone reads the indicators
    const csos = (await indicators()).get('CSOS_SUPPORTED')!;
    // then
    expect(csos.target).toBe(250);
    expect(csos.actual).toEqual(shown(7));
    expect(quarter(csos, '2026-Q2')).toEqual({ quarter: '2026-Q2', count: fewerThanFive, cumulative: fewerThanFive });
    // the 5 of Q3 is withheld too (secondary suppression): else 7 - 5 gives away the 2 of Q2
    expect(quarter(csos, '2026-Q3')).toEqual({ quarter: '2026-Q3', count: fewerThanFive, cumulative: shown(7) });
    expect(quarter(csos, '2026-Q4')?.cumulative).toEqual(shown(7));
    expect(rebuilt(csos)).toEqual([]);
    const support = csos.breakdowns.find((b) => b.dimension === 'SUPPORT')!;
    // A, D, E1..E4 through partnerships; A and B through training
    expect(support.cells.map((c) => [c.key, c.count])).toEqual([
      ['PARTNERSHIP', shown(6)],
      ['TRAINING', fewerThanFive],
    ]);
  });

  it('counts sessions held, participants by sex, audience and governorate, and partnerships by kind', async () => {
    const all = await indicators();
    expect(all.get('TRAINING_SESSIONS_HELD')!.actual).toEqual(fewerThanFive);
    const participants = all.get('TRAINING_PARTICIPANTS')!;
    // 6 in Q2 and 1 in Q3: the 1 is withheld, and with it what would give it away (6 and the running totals)
    expect(quarter(participants, '2026-Q3')?.count).toEqual(fewerThanFive);
    expect(rebuilt(participants, ['SEX', 'AUDIENCE', 'GOVERNORATE'])).toEqual([]);
    const by = (dimension: string) =>
      participants.breakdowns.find((b) => b.dimension === dimension)!.cells.map((c) => [c.key, c.label.en, c.count]);
    // each breakdown adds up to the actual, so it is published as the actual is
    for (const dimension of ['SEX', 'AUDIENCE', 'GOVERNORATE'])
      expect(by(dimension).map(([, , count]) => count)).toEqual([participants.actual]);
    expect(by('SEX').map(([key, label]) => [key, label])).toEqual([['NOT_STATED', 'Not stated']]);
    expect(by('AUDIENCE').map(([key, label]) => [key, label])).toEqual([['CSO_STAFF', 'CSO staff']]);
    expect(by('GOVERNORATE').map(([key, label]) => [key, label])).toEqual([['JO-AM', 'Amman']]);
    expect(all.get('PARTNERSHIPS_CSO_CSO')!.actual).toEqual(fewerThanFive);
    expect(all.get('PARTNERSHIPS_CSO_INSTITUTION')!.actual).toEqual(shown(0));
    expect(all.get('GRANT_APPLICATIONS_SUBMITTED')!.actual).toEqual(shown(0));
  });

  it('lists to an officer the records behind a figure, each once, page by page and by quarter', async () => {
    // when an officer lists the CSOs supported, three at a time
    const page = async (after?: string, quarterFilter?: string) => {
      const response = await api.graphql<Records>(
        RECORDS,
        { code: 'CSOS_SUPPORTED', first: 3, after, quarter: quarterFilter },
        { headers: { cookie: officer } },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.resultsIndicatorRecords;
    };
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const found = await page(after);
      expect(found.totalCount).toBe(7);
      ids.push(...found.edges.map((e) => e.node.recordId));
      if (!found.pageInfo.hasNextPage) break;
      after = found.pageInfo.endCursor!;
    }
    // then the exact figure behind the public one: A, B, D, E1..E4, A once
    const { A, B, D, E1, E2, E3, E4 } = fixture.organizations;
    expect(ids.sort()).toEqual([A, B, D, E1, E2, E3, E4].map((o) => o.id).sort());
    const q2 = await page(undefined, '2026-Q2');
    expect(q2.totalCount).toBe(2);
    expect(q2.edges.map((e) => e.node.recordId).sort()).toEqual([A.id, B.id].sort());
  });

  it('refuses the records to the public and to a person, and an unknown code or quarter', async () => {
    const anonymous = await api.graphql(RECORDS, { code: 'CSOS_SUPPORTED' });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const person = await createTestPerson(api);
    const cookie = await signIn(api, person.email, person.password);
    const refused = await api.graphql(RECORDS, { code: 'CSOS_SUPPORTED' }, { headers: { cookie } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await api.graphql(RECORDS, { code: 'NO_SUCH' }, { headers: { cookie: officer } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badQuarter = await api.graphql(
      RECORDS,
      { code: 'CSOS_SUPPORTED', quarter: '2026-5' },
      { headers: { cookie: officer } },
    );
    expect(badQuarter.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves the public indicators as CSV, withheld counts written as such', async () => {
    const response = await fetch(`${api.url}/exports/results/indicators.csv?indicator=CSOS_SUPPORTED`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('indicator_code,indicator_en,indicator_ar,unit,baseline,target,quarter,count,cumulative');
    expect(lines).toContain(
      'CSOS_SUPPORTED,CSOs supported,الجمعيات المدعومة,ORGANIZATIONS,0,250,2026-Q2,fewer than 5 or withheld,fewer than 5 or withheld',
    );
    expect(lines).toContain(
      'CSOS_SUPPORTED,CSOs supported,الجمعيات المدعومة,ORGANIZATIONS,0,250,2026-Q3,fewer than 5 or withheld,7',
    );
    expect((await fetch(`${api.url}/exports/results/indicators.csv?indicator=NOPE`)).status).toBe(404);
  });

  it('reads the whole dashboard in the same number of SQL statements however many records there are', async () => {
    const run = () => api.statements(() => api.graphql(INDICATORS));
    const before = await run();
    // given many more partnerships
    const { E1, E2 } = fixture.organizations;
    for (let i = 0; i < 20; i++) await partnership(api, 'CSO_INSTITUTION', 'ACTIVE', [i % 2 ? E1.uuid : E2.uuid]);
    const after = await run();
    expect(after.sql.length).toBe(before.sql.length);
    // the dashboard's own: one for the quarters, one for the breakdowns, whatever the number of indicators
    expect(after.sql.filter((sql) => sql.includes('with recs as'))).toHaveLength(2);
    expect((await indicators()).get('PARTNERSHIPS_CSO_INSTITUTION')!.actual).toEqual(shown(20));
  });
});
