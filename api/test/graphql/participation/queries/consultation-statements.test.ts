import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { insertConsultation, insertContribution, type ConsultationRow } from '../participation-support.js';

const PUBLIC_PAGE = /* GraphQL */ `
  query ConsultationPage($id: ID!) {
    consultation(id: $id) {
      uuid
      phase
      title {
        ar
        en
      }
      summary {
        ar
        en
      }
      ownerKind
      opensAt
      closesAt
      documents {
        language
        url
      }
      ownerInstitution {
        id
      }
      sections {
        position
        title {
          ar
          en
        }
        text {
          ar
          en
        }
        whatChanged {
          ar
          en
        }
        positionCounts {
          support
          supportWithChanges
          oppose
        }
        contributions {
          id
          position
          comment
          evidenceUrl
          endorsementCount
          answer
          answerReason
          organization {
            id
            slug
            name {
              ar
              en
            }
          }
          endorsements {
            id
            name {
              ar
              en
            }
          }
        }
      }
      report {
        organizations {
          value
          fewerThanFive
        }
        byGovernorate {
          key
          organizations {
            value
          }
        }
        bySize {
          key
          organizations {
            value
          }
        }
        byTargetGroup {
          key
          organizations {
            value
          }
        }
        sections {
          positions {
            support
          }
          whatChanged {
            en
          }
        }
      }
    }
  }
`;

describe('the public consultation page: SQL statements per request', () => {
  let api: TestApi;
  let small: ConsultationRow;
  let large: ConsultationRow;
  beforeAll(async () => {
    api = await startTestApi();
    const orgs = await createOrganizations(
      api.orm,
      Array.from({ length: 12 }, () => ({ verificationState: 'VERIFIED' })),
    );
    const knex = api.orm.em.getKnex();
    const fill = async (count: number) => {
      const consultation = await insertConsultation(api, { status: 'ANSWERED', opensInDays: -30, closesInDays: -10 });
      for (let i = 0; i < count; i += 1) {
        const contribution = await insertContribution(api, consultation, i % 3, orgs[i]!.id);
        await knex('consultation_endorsement').insert({
          contribution_id: contribution.uuid,
          organization_id: orgs[(i + 1) % orgs.length]!.id,
        });
      }
      return consultation;
    };
    small = await fill(2);
    large = await fill(12);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('costs a fixed number of statements whatever the number of contributions and endorsements', async () => {
    const run = (id: string) => api.statements(() => api.graphql(PUBLIC_PAGE, { id }));
    await run(small.id);
    const few = await run(small.id);
    const many = await run(large.id);
    expect(few.result.body.errors).toBeUndefined();
    expect(many.result.body.errors).toBeUndefined();
    expect(many.sql).toHaveLength(few.sql.length);
    // the rate-limit counter, the consultation, its sections, their contributions, the endorsements, the
    // organisations, the report's totals, dimensions and positions
    expect(few.sql.length).toBe(9);
  });
});
