import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../../common/dataloader/group-by.js';
import { ReviewAssignmentEntity, resultsOf, roundOf, type SubjectResult } from '../../review/index.js';
import { GRANT_APPLICATION_SUBJECT, GRANT_CALL_SCOPE } from './grant-review.service.js';

/** Review facts of grant applications and calls, batched per request. */
export function grantReviewLoaders(em: EntityManager) {
  return {
    resultByApplicationId: new DataLoader<string, SubjectResult | undefined>(async (ids) => {
      const results = await resultsOf(em, GRANT_APPLICATION_SUBJECT, ids);
      return ids.map((id) => results.get(id));
    }),
    assignmentsByApplicationId: new DataLoader<string, ReviewAssignmentEntity[]>(async (ids) => {
      const rows = await em.find(
        ReviewAssignmentEntity,
        { subjectKind: GRANT_APPLICATION_SUBJECT, subjectId: { $in: [...ids] } },
        { orderBy: { assignedAt: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.subjectId);
    }),
    roundByCallId: new DataLoader(
      async (ids: readonly string[]) => Promise.all(ids.map((id) => roundOf(em, GRANT_CALL_SCOPE, id))),
      { batch: false },
    ),
  };
}
