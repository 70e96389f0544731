/**
 * Calls for proposals: officers create and change a draft (its rules and lots), publish it, close it, and publish
 * questions with their answers while it runs. Each change of state is audited in its transaction.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { isUuid } from '../../common/relay/global-id.js';
import { cachedCodeLists } from '../directory/index.js';
import {
  GrantCallEntity,
  GrantCallQuestionAskedEntity,
  GrantCallQuestionEntity,
  GrantLotEntity,
  type GrantLotThemeValue,
  type RequiredDocumentValue,
} from './grants.entities.js';
import { GrantErrorCode as Code, grantError, type GrantError } from './grants.errors.js';

export interface GrantActor {
  viewer: Viewer;
  requestId: string;
}

export interface LotFields {
  theme: GrantLotThemeValue;
  titleAr?: string | null;
  titleEn?: string | null;
  envelopeMinor: number;
}

export interface CallFields {
  titleAr?: string | null;
  titleEn?: string | null;
  guidelinesAr?: string | null;
  guidelinesEn?: string | null;
  jodRateMicros?: number;
  minGrantMinor?: number;
  maxGrantMinor?: number;
  cofinancingRateBps?: number;
  requiresVerified?: boolean;
  minYearsRegistered?: number;
  governorates?: string[];
  minCoApplicants?: number;
  maxCoApplicants?: number;
  publicAssociatesAllowed?: boolean;
  maxDurationMonths?: number;
  requiredDocuments?: RequiredDocumentValue[];
  opensAt?: Date;
  deadlineAt?: Date;
  lots?: LotFields[];
}

export type CallResult = { ok: GrantCallEntity } | { errors: GrantError[] };

const fail = (code: Code, message: string, field: string | string[]): { errors: GrantError[] } => ({
  errors: [grantError(code, message, field)],
});
const text = (value: string | null | undefined): string | null => value?.trim() || null;

export class CallService {
  constructor(private readonly em: EntityManager) {}

  /** The rules of the call's fields as they would be after the change; errors name the input field. */
  private async check(call: GrantCallEntity, fields: CallFields): Promise<GrantError[]> {
    const errors: GrantError[] = [];
    if (!call.titleAr && !call.titleEn) errors.push(grantError(Code.TITLE_REQUIRED, 'give a title', 'titleEn'));
    if (call.deadlineAt <= call.opensAt) {
      errors.push(grantError(Code.DEADLINE_BEFORE_OPENING, 'the deadline must be after the opening', 'deadlineAt'));
    }
    if (call.minGrantMinor > call.maxGrantMinor) {
      errors.push(grantError(Code.GRANT_RANGE_INVALID, 'the minimum grant is above the maximum', 'minGrantMinor'));
    }
    if (call.minCoApplicants > call.maxCoApplicants) {
      errors.push(grantError(Code.INVALID_VALUE, 'the fewest co-applicants is above the most', 'minCoApplicants'));
    }
    const { governorates } = await cachedCodeLists(this.em);
    call.governorateCodes.forEach((code, i) => {
      if (!governorates.has(code)) {
        errors.push(
          grantError(Code.UNKNOWN_GOVERNORATE, `${code} is not a governorate code`, ['governorates', `${i}`]),
        );
      }
    });
    if (fields.lots !== undefined && fields.lots.length === 0) {
      errors.push(grantError(Code.LOTS_REQUIRED, 'a call has at least one lot', 'lots'));
    }
    fields.lots?.forEach((lot, i) => {
      if (!text(lot.titleAr) && !text(lot.titleEn)) {
        errors.push(grantError(Code.TITLE_REQUIRED, 'give the lot a title', ['lots', `${i}`, 'titleEn']));
      }
    });
    return errors;
  }

  private assign(call: GrantCallEntity, fields: CallFields): void {
    const set = <K extends keyof GrantCallEntity>(key: K, value: GrantCallEntity[K] | undefined) => {
      if (value !== undefined) call[key] = value;
    };
    if (fields.titleAr !== undefined) call.titleAr = text(fields.titleAr);
    if (fields.titleEn !== undefined) call.titleEn = text(fields.titleEn);
    if (fields.guidelinesAr !== undefined) call.guidelinesAr = text(fields.guidelinesAr);
    if (fields.guidelinesEn !== undefined) call.guidelinesEn = text(fields.guidelinesEn);
    set('jodRateMicros', fields.jodRateMicros);
    set('minGrantMinor', fields.minGrantMinor);
    set('maxGrantMinor', fields.maxGrantMinor);
    set('cofinancingRateBps', fields.cofinancingRateBps);
    set('requiresVerified', fields.requiresVerified);
    set('minYearsRegistered', fields.minYearsRegistered);
    set('governorateCodes', fields.governorates);
    set('minCoApplicants', fields.minCoApplicants);
    set('maxCoApplicants', fields.maxCoApplicants);
    set('publicAssociatesAllowed', fields.publicAssociatesAllowed);
    set('maxDurationMonths', fields.maxDurationMonths);
    set('requiredDocuments', fields.requiredDocuments);
    set('opensAt', fields.opensAt);
    set('deadlineAt', fields.deadlineAt);
  }

  private persistLots(em: EntityManager, callId: string, lots: LotFields[]): void {
    lots.forEach((lot, i) =>
      em.persist(
        Object.assign(new GrantLotEntity(), {
          callId,
          position: i + 1,
          theme: lot.theme,
          titleAr: text(lot.titleAr),
          titleEn: text(lot.titleEn),
          envelopeMinor: lot.envelopeMinor,
        }),
      ),
    );
  }

  async create(fields: CallFields & { lots: LotFields[] }, actor: GrantActor): Promise<CallResult> {
    const call = Object.assign(new GrantCallEntity(), { createdBy: actor.viewer.userId });
    this.assign(call, fields);
    const errors = await this.check(call, fields);
    if (errors.length) return { errors };
    return this.em.transactional(async (em) => {
      em.persist(call);
      await em.flush();
      this.persistLots(em, call.id, fields.lots);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'GRANT_CALL_CREATED',
        subjectType: 'GrantCall',
        subjectId: call.id,
        to: 'DRAFT',
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: call };
    });
  }

  private async locked(em: EntityManager, callId: string): Promise<GrantCallEntity | null> {
    return isUuid(callId)
      ? em.findOne(GrantCallEntity, { id: callId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
  }

  async update(callId: string, fields: CallFields, actor: GrantActor): Promise<CallResult> {
    return this.em.transactional(async (em): Promise<CallResult> => {
      const call = await this.locked(em, callId);
      if (!call) return fail(Code.CALL_NOT_FOUND, 'no such call', 'callId');
      if (call.status !== 'DRAFT') return fail(Code.CALL_NOT_DRAFT, 'only a draft call changes its rules', 'callId');
      this.assign(call, fields);
      const errors = await this.check(call, fields);
      if (errors.length) {
        em.clear();
        return { errors };
      }
      if (fields.lots) {
        await em.nativeDelete(GrantLotEntity, { callId: call.id });
        this.persistLots(em, call.id, fields.lots);
      }
      call.version += 1;
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'GRANT_CALL_UPDATED',
        subjectType: 'GrantCall',
        subjectId: call.id,
        from: 'DRAFT',
        to: 'DRAFT',
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: call };
    });
  }

  private async move(
    callId: string,
    from: 'DRAFT' | 'PUBLISHED',
    to: 'PUBLISHED' | 'CLOSED',
    actor: GrantActor,
  ): Promise<CallResult> {
    return this.em.transactional(async (em): Promise<CallResult> => {
      const call = await this.locked(em, callId);
      if (!call) return fail(Code.CALL_NOT_FOUND, 'no such call', 'callId');
      if (call.status !== from) {
        return fail(
          from === 'DRAFT' ? Code.CALL_NOT_DRAFT : Code.CALL_NOT_PUBLISHED,
          `the call is ${call.status.toLowerCase()}, not ${from.toLowerCase()}`,
          'callId',
        );
      }
      if (to === 'PUBLISHED' && (await em.count(GrantLotEntity, { callId: call.id })) === 0) {
        return fail(Code.LOTS_REQUIRED, 'a call has at least one lot', 'callId');
      }
      call.status = to;
      call.version += 1;
      if (to === 'PUBLISHED') call.publishedAt = new Date();
      audit(em, {
        actorId: actor.viewer.userId,
        action: to === 'PUBLISHED' ? 'GRANT_CALL_PUBLISHED' : 'GRANT_CALL_CLOSED',
        subjectType: 'GrantCall',
        subjectId: call.id,
        from,
        to,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: call };
    });
  }

  publish(callId: string, actor: GrantActor): Promise<CallResult> {
    return this.move(callId, 'DRAFT', 'PUBLISHED', actor);
  }

  close(callId: string, actor: GrantActor): Promise<CallResult> {
    return this.move(callId, 'PUBLISHED', 'CLOSED', actor);
  }

  async publishQuestion(
    callId: string,
    fields: {
      questionAr?: string | null;
      questionEn?: string | null;
      answerAr?: string | null;
      answerEn?: string | null;
      /** The applicant's question it answers (GrantCallQuestionAskedEntity id), marked answered. */
      askedQuestionId?: string | null;
    },
    actor: GrantActor,
  ): Promise<{ ok: GrantCallQuestionEntity } | { errors: GrantError[] }> {
    const question = Object.assign(new GrantCallQuestionEntity(), {
      callId,
      questionAr: text(fields.questionAr),
      questionEn: text(fields.questionEn),
      answerAr: text(fields.answerAr),
      answerEn: text(fields.answerEn),
      publishedBy: actor.viewer.userId,
    });
    if (!question.questionAr && !question.questionEn) return fail(Code.REQUIRED, 'write the question', 'questionEn');
    if (!question.answerAr && !question.answerEn) return fail(Code.REQUIRED, 'write the answer', 'answerEn');
    return this.em.transactional(async (em) => {
      const call = await this.locked(em, callId);
      if (!call) return fail(Code.CALL_NOT_FOUND, 'no such call', 'callId');
      if (call.status !== 'PUBLISHED') {
        return fail(Code.CALL_NOT_PUBLISHED, 'questions are published while the call is', 'callId');
      }
      if (fields.askedQuestionId) {
        const asked = isUuid(fields.askedQuestionId)
          ? await em.findOne(
              GrantCallQuestionAskedEntity,
              { id: fields.askedQuestionId, callId },
              { lockMode: LockMode.PESSIMISTIC_WRITE },
            )
          : null;
        if (!asked)
          return fail(Code.ASKED_QUESTION_NOT_FOUND, "not an applicant's question on this call", 'askedQuestionId');
        if (asked.answeredAt)
          return fail(Code.ASKED_QUESTION_ANSWERED, 'the question is already answered', 'askedQuestionId');
        asked.answeredByQuestionId = question.id;
        asked.answeredAt = new Date();
      }
      em.persist(question);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'GRANT_CALL_QUESTION_PUBLISHED',
        subjectType: 'GrantCall',
        subjectId: call.id,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: question };
    });
  }

  /**
   * An applicant (any signed-in person) asks a question about a published call before its deadline; officers see it
   * and answer it by publishing a question and answer. Audited; the asker is kept for their own data export only.
   */
  async askQuestion(
    callId: string,
    fields: { questionAr?: string | null; questionEn?: string | null },
    actor: GrantActor,
  ): Promise<{ ok: GrantCallQuestionAskedEntity } | { errors: GrantError[] }> {
    const asked = Object.assign(new GrantCallQuestionAskedEntity(), {
      callId,
      questionAr: text(fields.questionAr),
      questionEn: text(fields.questionEn),
      askedBy: actor.viewer.userId,
    });
    if (!asked.questionAr && !asked.questionEn) return fail(Code.REQUIRED, 'write the question', 'questionEn');
    return this.em.transactional(async (em) => {
      const call = isUuid(callId) ? await em.findOne(GrantCallEntity, { id: callId }) : null;
      if (!call || call.status === 'DRAFT') return fail(Code.CALL_NOT_FOUND, 'no such call', 'callId');
      if (call.status !== 'PUBLISHED') return fail(Code.CALL_NOT_PUBLISHED, 'the call is closed', 'callId');
      if (call.deadlineAt < new Date()) return fail(Code.DEADLINE_PASSED, "the call's deadline has passed", 'callId');
      em.persist(asked);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'GRANT_CALL_QUESTION_ASKED',
        subjectType: 'GrantCall',
        subjectId: call.id,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: asked };
    });
  }
}
