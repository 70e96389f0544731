import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import { ReviewAssignmentEntity, ReviewConflictEntity, ReviewScoreEntity } from './review.entities.js';

/**
 * A reviewer's assignments, scores, comments and declared conflicts are part of their export. Erasure keeps the
 * assignments and scores (a ranking rests on them) under the person's id, which then names an anonymous pseudonym,
 * and removes the free text they wrote (comments, conflict reasons), which may name them or others.
 */
export const reviewPersonalData: PersonalDataSection = {
  holder: 'review',
  async export(em, person) {
    const assignments = await em.find(
      ReviewAssignmentEntity,
      { reviewerId: person.userId },
      { orderBy: { assignedAt: 'asc', id: 'asc' } },
    );
    const scores = assignments.length
      ? await em.find(ReviewScoreEntity, { assignmentId: { $in: assignments.map((a) => a.id) } })
      : [];
    const conflicts = await em.find(ReviewConflictEntity, { reviewerId: person.userId });
    return {
      reviewAssignments: assignments.map((a) => ({
        id: a.id,
        subject_kind: a.subjectKind,
        subject_id: a.subjectId,
        status: a.status,
        assigned_at: a.assignedAt,
        submitted_at: a.submittedAt,
        scores: scores
          .filter((s) => s.assignmentId === a.id)
          .map((s) => ({ criterion_code: s.criterionCode, score: s.score, comment: s.comment })),
      })),
      reviewConflicts: conflicts.map((c) => ({
        subject_kind: c.subjectKind,
        subject_id: c.subjectId,
        reason: c.reason,
        declared_at: c.declaredAt,
      })),
    };
  },
  async erase(em, person) {
    const assignments = await em.find(ReviewAssignmentEntity, { reviewerId: person.userId });
    if (assignments.length) {
      await em.nativeUpdate(
        ReviewScoreEntity,
        { assignmentId: { $in: assignments.map((a) => a.id) } },
        { comment: null },
      );
    }
    await em.nativeUpdate(ReviewConflictEntity, { reviewerId: person.userId }, { reason: 'erased' });
  },
};
