import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertCall, officer, type CallRow } from '../grants-support.js';
import { assigned, eligible, review, reviewer, saveScores, setRubric } from './review-support.js';

const ASSIGNMENT = /* GraphQL */ `
  query ($id: ID!) {
    reviewAssignment(id: $id) {
      status
      scores {
        criterionCode
        score
      }
      rubric {
        criteria {
          code
          weight
        }
        divergenceMargin
      }
      grantApplication {
        uuid
        title {
          en
        }
      }
      peerReviews {
        status
        reviewerName
        scores {
          criterionCode
          score
        }
      }
    }
  }
`;

interface Assignment {
  status: string;
  scores: { criterionCode: string; score: number }[] | null;
  grantApplication: { uuid: string } | null;
  peerReviews:
    { status: string; reviewerName: string | null; scores: { criterionCode: string; score: number }[] | null }[] | null;
}

describe('reviewAssignment and viewer.reviewAssignments', () => {
  let api: TestApi;
  let officerCookie: string;
  let call: CallRow;
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
    call = await insertCall(api);
    await setRubric(api, officerCookie, call);
  });
  afterAll(async () => {
    await api.stop();
  });

  const read = async (cookie: string, id: string) =>
    (await api.graphql<{ reviewAssignment: Assignment | null }>(ASSIGNMENT, { id }, { headers: { cookie } })).body;

  it('shows a reviewer only their assignments: the application of another is not found', async () => {
    // given
    const mine = await eligible(api, officerCookie, call);
    const theirs = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const c = await reviewer(api);
    const [ofA] = await assigned(api, officerCookie, mine.id, [a, b]);
    const [ofC] = await assigned(api, officerCookie, theirs.id, [c, b]);
    // when
    const own = await read(a.cookie, ofA!);
    const other = await read(a.cookie, ofC!);
    const application = await api.graphql<{ grantApplication: unknown }>(
      `query($id: ID!) { grantApplication(id: $id) { uuid } }`,
      { id: theirs.id },
      { headers: { cookie: a.cookie } },
    );
    // then
    expect(own.data!.reviewAssignment).toMatchObject({ status: 'ASSIGNED', grantApplication: { uuid: mine.uuid } });
    expect(other.data!.reviewAssignment).toBeNull();
    expect(application.body.data!.grantApplication).toBeNull();
    const list = await api.graphql<{
      viewer: { reviewAssignments: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(
      `query { viewer { reviewAssignments(first: 10) { totalCount edges { node { id } } } } }`,
      {},
      { headers: { cookie: a.cookie } },
    );
    expect(list.body.data!.viewer.reviewAssignments.edges.map((e) => e.node.id)).toEqual([ofA]);
  });

  it("hides the other reviewers' scores until the reviewer has submitted", async () => {
    // given: b has submitted, a has only saved a draft
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const [ofA, ofB] = await assigned(api, officerCookie, application.id, [a, b]);
    await review(api, b, ofB!, 4, 3);
    await saveScores(api, a.cookie, ofA!, [{ criterionCode: 'RELEVANCE', score: 2 }]);
    // when
    const before = await read(a.cookie, ofA!);
    const peersAssignment = await read(a.cookie, ofB!);
    // then: own scores only; no peers, and b's assignment itself is not a's to read
    expect(before.data!.reviewAssignment).toMatchObject({
      scores: [{ criterionCode: 'RELEVANCE', score: 2 }],
      peerReviews: null,
    });
    expect(peersAssignment.data!.reviewAssignment).toBeNull();
    // once a submits, b's submitted scores appear, without b's name
    await saveScores(api, a.cookie, ofA!, [{ criterionCode: 'FEASIBILITY', score: 2 }]);
    await review(api, a, ofA!, 2, 2);
    const after = await read(a.cookie, ofA!);
    const peers = after.data!.reviewAssignment!.peerReviews!;
    expect(peers.map((p) => [p.status, p.reviewerName])).toEqual([['SUBMITTED', null]]);
    expect(peers[0]!.scores).toContainEqual({ criterionCode: 'RELEVANCE', score: 4 });
    // officers read every assignment, with scores and names
    const asOfficer = await read(officerCookie, ofB!);
    expect(asOfficer.data!.reviewAssignment!.scores).toHaveLength(2);
  });
});
