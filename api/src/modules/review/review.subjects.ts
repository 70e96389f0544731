/**
 * What review needs to know of the subjects it reviews, supplied by their owning domain: the organisations and
 * institutions involved in each (their members are conflicted), who administers the reviews, whether the subject
 * takes assignments now, and what happens when it is first assigned.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';

export interface SubjectParties {
  organizationIds: string[];
  institutionIds: string[];
}

export interface ReviewSubjectAdapter {
  /** The subject's kind, also its GraphQL type name (e.g. GrantApplication). */
  readonly kind: string;
  /** The scope kind of the rounds its subjects belong to (e.g. GrantCall). */
  readonly scopeKind: string;
  /** The organisations and institutions taking part in each subject (one statement for many). */
  partiesOf(em: EntityManager, subjectIds: readonly string[]): Promise<Map<string, SubjectParties>>;
  /** The scope (round) of a subject, or null when it does not exist or cannot be reviewed now. */
  reviewableScope(em: EntityManager, subjectId: string): Promise<string | null>;
  /** Whether the viewer administers reviews of this kind (assigns, reads every score). */
  mayAdminister(viewer: Viewer | null): boolean;
  /** Called in the assigning transaction after new assignments (e.g. a state change). */
  onAssigned?(em: EntityManager, subjectId: string, actor: ReviewActor): Promise<void>;
}

export interface ReviewActor {
  userId: string;
  requestId?: string | null;
}

const adapters = new Map<string, ReviewSubjectAdapter>();

/** Registers a domain's subject kind (once, when its module loads). */
export function registerReviewSubject(adapter: ReviewSubjectAdapter): void {
  adapters.set(adapter.kind, adapter);
}

export function reviewSubject(kind: string): ReviewSubjectAdapter {
  const adapter = adapters.get(kind);
  if (!adapter) throw new Error(`no review subject adapter for ${kind}`);
  return adapter;
}
