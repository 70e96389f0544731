/**
 * Social innovation challenges: creating and publishing one, ideas submitted and changed by verified organisations
 * while it takes them (by the database clock), the jury on the review module (the idea is a review subject of its
 * challenge's round; its lead and team are the conflicted parties), the shortlist, and the pipeline to a pilot grant.
 * Each change is one transaction with its audit event.
 */
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../../common/audit/audit.js';
import { hasMemberRole, isOfficer } from '../../../common/auth/viewer.js';
import { isUuid } from '../../../common/relay/global-id.js';
import { sqlRows } from '../../../database/sql.js';
import { cachedCodeLists } from '../../directory/index.js';
import {
  MIN_REVIEWERS,
  registerReviewSubject,
  resultsOf,
  type ReviewSubjectAdapter,
  type SubjectParties,
} from '../../review/index.js';
import type { ParticipationActor, Result } from '../consultation.service.js';
import type { ConsultationOwnerKindValue } from '../participation.entities.js';
import {
  ParticipationErrorCode as Code,
  participationError,
  type ParticipationError,
} from '../participation.errors.js';
import { InnovationChallengeEntity, InnovationIdeaEntity, type InnovationStageValue } from './challenge.entities.js';

export const INNOVATION_IDEA_SUBJECT = 'InnovationIdea';
export const INNOVATION_CHALLENGE_SCOPE = 'InnovationChallenge';

const fail = (code: Code, message: string, field: string | string[]): { errors: ParticipationError[] } => ({
  errors: [participationError(code, message, field)],
});
const trimmed = (text: string | null | undefined): string | null => text?.trim() || null;

export const innovationIdeaReviewSubject: ReviewSubjectAdapter = {
  kind: INNOVATION_IDEA_SUBJECT,
  scopeKind: INNOVATION_CHALLENGE_SCOPE,
  async partiesOf(em, subjectIds) {
    const ideas = await em.find(InnovationIdeaEntity, { id: { $in: [...subjectIds] } });
    const parties = new Map<string, SubjectParties>();
    for (const idea of ideas) {
      parties.set(idea.id, {
        organizationIds: [idea.organizationId, ...idea.teamOrganizationIds],
        institutionIds: [...idea.teamInstitutionIds],
      });
    }
    return parties;
  },
  async reviewableScope(em, subjectId) {
    const idea = await em.findOne(InnovationIdeaEntity, { id: subjectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    return idea && (idea.stage === 'SUBMITTED' || idea.stage === 'UNDER_REVIEW') ? idea.challengeId : null;
  },
  mayAdminister: isOfficer,
  async onAssigned(em, subjectId, actor) {
    const idea = await em.findOneOrFail(InnovationIdeaEntity, { id: subjectId });
    if (idea.stage !== 'SUBMITTED') return;
    idea.stage = 'UNDER_REVIEW';
    idea.stageChangedAt = new Date();
    idea.version += 1;
    audit(em, {
      actorId: actor.userId,
      action: 'INNOVATION_IDEA_UNDER_REVIEW',
      subjectType: 'InnovationIdea',
      subjectId,
      from: 'SUBMITTED',
      to: 'UNDER_REVIEW',
      requestId: actor.requestId,
    });
  },
};
registerReviewSubject(innovationIdeaReviewSubject);

export interface ChallengeCreateFields {
  titleAr?: string | null;
  titleEn?: string | null;
  problemAr?: string | null;
  problemEn?: string | null;
  ownerKind: ConsultationOwnerKindValue;
  ownerInstitutionId?: string | null;
  governorates?: string[] | null;
  targetGroups?: string[] | null;
  ideasOpenAt: Date;
  ideasCloseAt: Date;
  shortlistDueAt: Date;
}

export interface IdeaFields {
  titleAr?: string | null;
  titleEn?: string | null;
  summaryAr?: string | null;
  summaryEn?: string | null;
  teamOrganizationIds?: string[] | null;
  teamInstitutionIds?: string[] | null;
}

/** Where an idea may go from where it is (shortlisting is its own step, after the jury). */
const MOVES: Record<'PROTOTYPE' | 'PILOT' | 'SCALED' | 'STOPPED', InnovationStageValue[]> = {
  PROTOTYPE: ['SHORTLISTED'],
  PILOT: ['SHORTLISTED', 'PROTOTYPE'],
  SCALED: ['PILOT'],
  STOPPED: ['SHORTLISTED', 'PROTOTYPE', 'PILOT'],
};
export type InnovationMove = keyof typeof MOVES;

export class ChallengeService {
  constructor(private readonly em: EntityManager) {}

  async create(input: ChallengeCreateFields, actor: ParticipationActor): Promise<Result<InnovationChallengeEntity>> {
    const errors: ParticipationError[] = [];
    const titleAr = trimmed(input.titleAr);
    const titleEn = trimmed(input.titleEn);
    if (!titleAr && !titleEn) errors.push(participationError(Code.TITLE_REQUIRED, 'give a title', 'titleAr'));
    const problemAr = trimmed(input.problemAr);
    const problemEn = trimmed(input.problemEn);
    if (!problemAr && !problemEn)
      errors.push(participationError(Code.SUMMARY_REQUIRED, 'state the problem', 'problemAr'));
    const lists = await cachedCodeLists(this.em);
    (input.governorates ?? []).forEach((code, i) => {
      if (!lists.governorates.has(code))
        errors.push(
          participationError(Code.UNKNOWN_GOVERNORATE, `${code} is not a governorate code`, ['governorates', `${i}`]),
        );
    });
    (input.targetGroups ?? []).forEach((code, i) => {
      if (!lists.targetGroups.has(code))
        errors.push(
          participationError(Code.UNKNOWN_TARGET_GROUP, `${code} is not a target group code`, ['targetGroups', `${i}`]),
        );
    });
    if (input.ideasCloseAt <= input.ideasOpenAt) {
      errors.push(participationError(Code.DATES_OUT_OF_ORDER, 'must be after ideasOpenAt', 'ideasCloseAt'));
    } else if (input.shortlistDueAt < input.ideasCloseAt) {
      errors.push(participationError(Code.DATES_OUT_OF_ORDER, 'must not be before ideasCloseAt', 'shortlistDueAt'));
    }
    let institutionId: string | null = null;
    if (input.ownerKind === 'DIRECTORATE') {
      institutionId = input.ownerInstitutionId ?? null;
      const found = institutionId
        ? await sqlRows<{ id: string }>(this.em, 'select id from institution where id = ?', [institutionId])
        : [];
      if (found.length === 0)
        errors.push(
          participationError(
            Code.UNKNOWN_INSTITUTION,
            'a directorate owner needs an institution',
            'ownerInstitutionId',
          ),
        );
    }
    if (errors.length) return { errors };
    return this.em.transactional(async (em) => {
      const challenge = Object.assign(new InnovationChallengeEntity(), {
        titleAr,
        titleEn,
        problemAr,
        problemEn,
        ownerKind: input.ownerKind,
        ownerInstitutionId: institutionId,
        governorateCodes: [...new Set(input.governorates ?? [])],
        targetGroupCodes: [...new Set(input.targetGroups ?? [])],
        ideasOpenAt: input.ideasOpenAt,
        ideasCloseAt: input.ideasCloseAt,
        shortlistDueAt: input.shortlistDueAt,
        createdBy: actor.viewer.userId,
      });
      em.persist(challenge);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'INNOVATION_CHALLENGE_CREATED',
        subjectType: 'InnovationChallenge',
        subjectId: challenge.id,
        to: 'DRAFT',
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: challenge };
    });
  }

  async publish(challengeId: string, actor: ParticipationActor): Promise<Result<InnovationChallengeEntity>> {
    return this.em.transactional(async (em): Promise<Result<InnovationChallengeEntity>> => {
      const challenge = isUuid(challengeId)
        ? await em.findOne(InnovationChallengeEntity, { id: challengeId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!challenge) return fail(Code.CHALLENGE_NOT_FOUND, 'no such challenge', 'challengeId');
      if (challenge.status !== 'DRAFT') return fail(Code.NOT_A_DRAFT, 'it is published already', 'challengeId');
      challenge.status = 'PUBLISHED';
      challenge.publishedAt = new Date();
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'INNOVATION_CHALLENGE_PUBLISHED',
        subjectType: 'InnovationChallenge',
        subjectId: challenge.id,
        from: 'DRAFT',
        to: 'PUBLISHED',
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: challenge };
    });
  }

  /** The organisation may act: it exists, the actor is its editor or owner, it is verified. */
  private async actingOrganization(organizationId: string, actor: ParticipationActor): Promise<ParticipationError[]> {
    const [org] = isUuid(organizationId)
      ? await sqlRows<{ verification_state: string }>(
          this.em,
          'select verification_state from organization where id = ?',
          [organizationId],
        )
      : [];
    if (!org) return fail(Code.UNKNOWN_ORGANIZATION, 'is not an organisation', 'organizationId').errors;
    if (!hasMemberRole(actor.viewer, organizationId, 'EDITOR'))
      return fail(Code.NOT_AN_EDITOR, 'only its editors and owners act for it', 'organizationId').errors;
    if (org.verification_state !== 'VERIFIED')
      return fail(Code.ORGANIZATION_NOT_VERIFIED, 'only verified organisations take part', 'organizationId').errors;
    return [];
  }

  /** The idea's text and team, checked: a title and a summary, team organisations and institutions that exist. */
  private async ideaFields(fields: IdeaFields, leadId: string): Promise<Result<Partial<InnovationIdeaEntity>>> {
    const errors: ParticipationError[] = [];
    const titleAr = trimmed(fields.titleAr);
    const titleEn = trimmed(fields.titleEn);
    if (!titleAr && !titleEn) errors.push(participationError(Code.TITLE_REQUIRED, 'give the idea a title', 'titleAr'));
    const summaryAr = trimmed(fields.summaryAr);
    const summaryEn = trimmed(fields.summaryEn);
    if (!summaryAr && !summaryEn)
      errors.push(participationError(Code.SUMMARY_REQUIRED, 'describe the idea', 'summaryAr'));
    const team = [...new Set((fields.teamOrganizationIds ?? []).filter((id) => id !== leadId))];
    const institutions = [...new Set(fields.teamInstitutionIds ?? [])];
    const orgs = team.filter(isUuid).length
      ? await sqlRows<{ id: string }>(this.em, 'select id from organization where id = any(?)', [team.filter(isUuid)])
      : [];
    team.forEach((id, i) => {
      if (!orgs.some((o) => o.id === id))
        errors.push(
          participationError(Code.UNKNOWN_ORGANIZATION, 'is not an organisation', ['teamOrganizationIds', `${i}`]),
        );
    });
    const insts = institutions.filter(isUuid).length
      ? await sqlRows<{ id: string }>(this.em, 'select id from institution where id = any(?)', [
          institutions.filter(isUuid),
        ])
      : [];
    institutions.forEach((id, i) => {
      if (!insts.some((o) => o.id === id))
        errors.push(
          participationError(Code.UNKNOWN_INSTITUTION, 'is not an institution', ['teamInstitutionIds', `${i}`]),
        );
    });
    if (errors.length) return { errors };
    return {
      ok: { titleAr, titleEn, summaryAr, summaryEn, teamOrganizationIds: team, teamInstitutionIds: institutions },
    };
  }

  /** Whether the challenge takes ideas now, by the database clock (the row is share-locked meanwhile). */
  private async takesIdeasNow(em: EntityManager, challengeId: string): Promise<boolean> {
    const [row] = await sqlRows<{ open: boolean }>(
      em,
      `select (status = 'PUBLISHED' and ideas_open_at <= clock_timestamp() and clock_timestamp() < ideas_close_at)
       as open from innovation_challenge where id = ? for share`,
      [challengeId],
    );
    return row?.open === true;
  }

  async submitIdea(
    input: IdeaFields & { challengeId: string; organizationId: string },
    actor: ParticipationActor,
  ): Promise<Result<InnovationIdeaEntity>> {
    const challenge = isUuid(input.challengeId)
      ? await this.em.findOne(InnovationChallengeEntity, { id: input.challengeId, status: 'PUBLISHED' })
      : null;
    if (!challenge) return fail(Code.CHALLENGE_NOT_FOUND, 'no such challenge', 'challengeId');
    const orgErrors = await this.actingOrganization(input.organizationId, actor);
    if (orgErrors.length) return { errors: orgErrors };
    const fields = await this.ideaFields(input, input.organizationId);
    if ('errors' in fields) return fields;
    const already = () =>
      fail(
        Code.ALREADY_SUBMITTED_IDEA,
        'the organisation has an idea for this challenge: change it instead',
        'organizationId',
      );
    try {
      return await this.em.transactional(async (em): Promise<Result<InnovationIdeaEntity>> => {
        if (!(await this.takesIdeasNow(em, challenge.id)))
          return fail(Code.NOT_OPEN_FOR_IDEAS, 'the challenge is not taking ideas now', 'challengeId');
        if (
          (await em.count(InnovationIdeaEntity, { challengeId: challenge.id, organizationId: input.organizationId })) >
          0
        )
          return already();
        const idea = Object.assign(new InnovationIdeaEntity(), fields.ok, {
          challengeId: challenge.id,
          organizationId: input.organizationId,
          submittedBy: actor.viewer.userId,
        });
        em.persist(idea);
        audit(em, {
          actorId: actor.viewer.userId,
          action: 'INNOVATION_IDEA_SUBMITTED',
          subjectType: 'InnovationIdea',
          subjectId: idea.id,
          to: 'SUBMITTED',
          requestId: actor.requestId,
        });
        await em.flush();
        return { ok: idea };
      });
    } catch (error) {
      // the database's guard: one idea per organisation and challenge, concurrent ones included
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return already();
    }
  }

  /** Changes an idea (its organisation's editors) while the challenge takes ideas and the jury does not have it. */
  async updateIdea(
    input: IdeaFields & { ideaId: string; version: number },
    actor: ParticipationActor,
  ): Promise<Result<InnovationIdeaEntity>> {
    return this.em.transactional(async (em): Promise<Result<InnovationIdeaEntity>> => {
      const idea = isUuid(input.ideaId)
        ? await em.findOne(InnovationIdeaEntity, { id: input.ideaId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!idea) return fail(Code.IDEA_NOT_FOUND, 'no such idea', 'ideaId');
      if (!hasMemberRole(actor.viewer, idea.organizationId, 'EDITOR'))
        return fail(Code.NOT_AN_EDITOR, 'only its organisation’s editors and owners change it', 'ideaId');
      if (idea.version !== input.version) return fail(Code.STALE_VERSION, 'it changed since you read it', 'version');
      if (idea.stage !== 'SUBMITTED')
        return fail(Code.WRONG_STAGE, `it is ${idea.stage.toLowerCase()}: the jury has it`, 'ideaId');
      if (!(await this.takesIdeasNow(em, idea.challengeId)))
        return fail(Code.NOT_OPEN_FOR_IDEAS, 'the challenge is not taking ideas now', 'ideaId');
      const fields = await this.ideaFields(input, idea.organizationId);
      if ('errors' in fields) return fields;
      Object.assign(idea, fields.ok);
      idea.version += 1;
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'INNOVATION_IDEA_UPDATED',
        subjectType: 'InnovationIdea',
        subjectId: idea.id,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: idea };
    });
  }

  private lockedIdea(em: EntityManager, ideaId: string) {
    return isUuid(ideaId)
      ? em.findOne(InnovationIdeaEntity, { id: ideaId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : Promise.resolve(null);
  }

  private move(
    em: EntityManager,
    idea: InnovationIdeaEntity,
    to: InnovationStageValue,
    note: string | null,
    actor: ParticipationActor,
  ) {
    const from = idea.stage;
    idea.stage = to;
    idea.stageNote = note;
    idea.stageChangedAt = new Date();
    idea.version += 1;
    audit(em, {
      actorId: actor.viewer.userId,
      action: `INNOVATION_IDEA_${to}`,
      subjectType: 'InnovationIdea',
      subjectId: idea.id,
      from,
      to,
      reason: note,
      requestId: actor.requestId,
    });
  }

  /** Shortlists an idea under review, or not (with the reason), once the jury submitted at least two reviews. */
  async shortlist(
    ideaId: string,
    shortlisted: boolean,
    note: string | null,
    actor: ParticipationActor,
  ): Promise<Result<InnovationIdeaEntity>> {
    const why = trimmed(note);
    if (!shortlisted && !why) return fail(Code.REASON_REQUIRED, 'say why it is not shortlisted', 'note');
    return this.em.transactional(async (em): Promise<Result<InnovationIdeaEntity>> => {
      const idea = await this.lockedIdea(em, ideaId);
      if (!idea) return fail(Code.IDEA_NOT_FOUND, 'no such idea', 'ideaId');
      if (idea.stage !== 'UNDER_REVIEW')
        return fail(
          Code.WRONG_STAGE,
          `only an idea under review is shortlisted; it is ${idea.stage.toLowerCase()}`,
          'ideaId',
        );
      const result = (await resultsOf(em, INNOVATION_IDEA_SUBJECT, [idea.id])).get(idea.id);
      if ((result?.submittedCount ?? 0) < MIN_REVIEWERS)
        return fail(Code.REVIEWS_INCOMPLETE, `wait for at least ${MIN_REVIEWERS} submitted reviews`, 'ideaId');
      this.move(em, idea, shortlisted ? 'SHORTLISTED' : 'NOT_SHORTLISTED', why, actor);
      await em.flush();
      return { ok: idea };
    });
  }

  /**
   * Moves a shortlisted idea along the pipeline: prototype, pilot (with a grant application of its lead or team in a
   * social innovation lot, submitted and not refused), scaled or stopped (with the lessons learnt).
   */
  async moveStage(
    input: {
      ideaId: string;
      to: InnovationMove;
      note?: string | null;
      grantApplicationId?: string | null;
      lessonsAr?: string | null;
      lessonsEn?: string | null;
    },
    actor: ParticipationActor,
  ): Promise<Result<InnovationIdeaEntity>> {
    const lessonsAr = trimmed(input.lessonsAr);
    const lessonsEn = trimmed(input.lessonsEn);
    if ((input.to === 'SCALED' || input.to === 'STOPPED') && !lessonsAr && !lessonsEn)
      return fail(Code.LESSONS_REQUIRED, 'say what was learnt', 'lessonsAr');
    if (input.to === 'PILOT' && !input.grantApplicationId)
      return fail(Code.GRANT_REQUIRED, 'a pilot needs its grant application', 'grantApplicationId');
    return this.em.transactional(async (em): Promise<Result<InnovationIdeaEntity>> => {
      const idea = await this.lockedIdea(em, input.ideaId);
      if (!idea) return fail(Code.IDEA_NOT_FOUND, 'no such idea', 'ideaId');
      if (!MOVES[input.to].includes(idea.stage))
        return fail(
          Code.WRONG_STAGE,
          `it is ${idea.stage.toLowerCase()}: it cannot move to ${input.to.toLowerCase()}`,
          'to',
        );
      if (input.to === 'PILOT') {
        // the grants module's applications and lots, read as one lookup
        const [grant] = isUuid(input.grantApplicationId!)
          ? await sqlRows<{ id: string }>(
              em,
              `select a.id from grant_application a join grant_lot l on l.id = a.lot_id
               where a.id = ? and l.theme = 'SOCIAL_INNOVATION' and a.lead_organization_id = any(?)
                 and a.status not in ('DRAFT', 'WITHDRAWN', 'INELIGIBLE', 'REJECTED')`,
              [input.grantApplicationId, [idea.organizationId, ...idea.teamOrganizationIds]],
            )
          : [];
        if (!grant)
          return fail(
            Code.GRANT_NOT_ELIGIBLE,
            "not a submitted grant application of the idea's team in a social innovation lot",
            'grantApplicationId',
          );
        idea.pilotGrantApplicationId = grant.id;
      }
      if (lessonsAr || lessonsEn) {
        idea.lessonsAr = lessonsAr;
        idea.lessonsEn = lessonsEn;
      }
      this.move(em, idea, input.to, trimmed(input.note), actor);
      await em.flush();
      return { ok: idea };
    });
  }
}
