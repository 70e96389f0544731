import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../../common/dataloader/group-by.js';
import { ReviewAssignmentEntity, resultsOf, roundOf, type SubjectResult } from '../../review/index.js';
import { InnovationChallengeEntity, InnovationIdeaEntity } from './challenge.entities.js';
import { INNOVATION_CHALLENGE_SCOPE, INNOVATION_IDEA_SUBJECT } from './challenge.service.js';

/** Challenges, ideas and their review facts, batched per request. */
export function challengeLoaders(em: EntityManager) {
  return {
    challengeById: new DataLoader<string, InnovationChallengeEntity | null>(async (ids) => {
      const rows = await em.find(InnovationChallengeEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    ideasByChallengeId: new DataLoader<string, InnovationIdeaEntity[]>(async (ids) => {
      const rows = await em.find(
        InnovationIdeaEntity,
        { challengeId: { $in: [...ids] } },
        { orderBy: { submittedAt: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.challengeId);
    }),
    resultByIdeaId: new DataLoader<string, SubjectResult | undefined>(async (ids) => {
      const results = await resultsOf(em, INNOVATION_IDEA_SUBJECT, ids);
      return ids.map((id) => results.get(id));
    }),
    assignmentsByIdeaId: new DataLoader<string, ReviewAssignmentEntity[]>(async (ids) => {
      const rows = await em.find(
        ReviewAssignmentEntity,
        { subjectKind: INNOVATION_IDEA_SUBJECT, subjectId: { $in: [...ids] } },
        { orderBy: { assignedAt: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.subjectId);
    }),
    roundByChallengeId: new DataLoader(
      async (ids: readonly string[]) => Promise.all(ids.map((id) => roundOf(em, INNOVATION_CHALLENGE_SCOPE, id))),
      { batch: false },
    ),
  };
}
