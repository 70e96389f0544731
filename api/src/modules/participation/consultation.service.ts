/**
 * Policy consultations: the rules of creating and publishing one, of contributing to its sections, endorsing and
 * answering contributions, writing what changed, publishing the report, and filling the monitoring scorecard. Each
 * change is one transaction with its audit event (and its emails through the outbox). The open phase is the
 * database's: the statement that checks it reads `clock_timestamp()`.
 */
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import type { EmailOutbox } from '../../common/email/email-outbox.js';
import { hasMemberRole, type Viewer } from '../../common/auth/viewer.js';
import { isUuid } from '../../common/relay/global-id.js';
import { sqlRows } from '../../database/sql.js';
import { cachedCodeLists } from '../directory/index.js';
import { contributionAnsweredEmail } from './participation.emails.js';
import {
  ConsultationContributionEntity,
  ConsultationEndorsementEntity,
  ConsultationEntity,
  ConsultationFileEntity,
  ConsultationOwnerEntity,
  ConsultationSectionEntity,
  PolicyScorecardEntryEntity,
  type ConsultationOwnerKindValue,
  type ContributionAnswerValue,
  type ContributionPositionValue,
  type ScorecardDeliveryValue,
} from './participation.entities.js';
import { ParticipationErrorCode as Code, participationError, type ParticipationError } from './participation.errors.js';

export interface ParticipationActor {
  viewer: Viewer;
  requestId: string;
}

export type Result<T> = { ok: T } | { errors: ParticipationError[] };

const fail = (code: Code, message: string, field: string | string[]): { errors: ParticipationError[] } => ({
  errors: [participationError(code, message, field)],
});

const trimmed = (text: string | null | undefined): string | null => {
  const value = text?.trim();
  return value ? value : null;
};

export interface SectionInput {
  titleAr?: string | null;
  titleEn?: string | null;
  textAr?: string | null;
  textEn?: string | null;
}

export interface ConsultationCreateFields {
  titleAr?: string | null;
  titleEn?: string | null;
  summaryAr?: string | null;
  summaryEn?: string | null;
  ownerKind: ConsultationOwnerKindValue;
  ownerInstitutionId?: string | null;
  governorates?: string[] | null;
  targetGroups?: string[] | null;
  opensAt: Date;
  closesAt: Date;
  answerDueAt: Date;
  sections: SectionInput[];
  /** People of the owning team besides the creator, by their account emails. */
  ownerEmails?: string[] | null;
}

/** Whether the person is of the consultation's owning team. */
export async function isConsultationOwner(em: EntityManager, consultationId: string, userId: string): Promise<boolean> {
  return (await em.count(ConsultationOwnerEntity, { consultationId, userId })) > 0;
}

export class ConsultationService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: EmailOutbox,
    private readonly portalUrl: string | null,
  ) {}

  async create(input: ConsultationCreateFields, actor: ParticipationActor): Promise<Result<ConsultationEntity>> {
    const errors: ParticipationError[] = [];
    const titleAr = trimmed(input.titleAr);
    const titleEn = trimmed(input.titleEn);
    if (!titleAr && !titleEn) errors.push(participationError(Code.TITLE_REQUIRED, 'give a title', 'titleAr'));
    const lists = await cachedCodeLists(this.em);
    for (const [i, code] of (input.governorates ?? []).entries()) {
      if (!lists.governorates.has(code)) {
        errors.push(
          participationError(Code.UNKNOWN_GOVERNORATE, `${code} is not a governorate code`, ['governorates', `${i}`]),
        );
      }
    }
    for (const [i, code] of (input.targetGroups ?? []).entries()) {
      if (!lists.targetGroups.has(code)) {
        errors.push(
          participationError(Code.UNKNOWN_TARGET_GROUP, `${code} is not a target group code`, ['targetGroups', `${i}`]),
        );
      }
    }
    if (input.closesAt <= input.opensAt) {
      errors.push(participationError(Code.DATES_OUT_OF_ORDER, 'must be after opensAt', 'closesAt'));
    } else if (input.answerDueAt < input.closesAt) {
      errors.push(participationError(Code.DATES_OUT_OF_ORDER, 'must not be before closesAt', 'answerDueAt'));
    }
    if (input.sections.length === 0) {
      errors.push(participationError(Code.SECTIONS_REQUIRED, 'give at least one section', 'sections'));
    }
    input.sections.forEach((section, i) => {
      if (!trimmed(section.titleAr) && !trimmed(section.titleEn)) {
        errors.push(
          participationError(Code.SECTIONS_REQUIRED, 'give the section a title', ['sections', `${i}`, 'titleAr']),
        );
      }
    });
    let institutionId: string | null = null;
    if (input.ownerKind === 'DIRECTORATE') {
      institutionId = input.ownerInstitutionId ?? null;
      const found = institutionId
        ? await sqlRows<{ id: string }>(this.em, 'select id from institution where id = ?', [institutionId])
        : [];
      if (found.length === 0) {
        errors.push(
          participationError(
            Code.UNKNOWN_INSTITUTION,
            'a directorate owner needs an institution',
            'ownerInstitutionId',
          ),
        );
      }
    }
    const emails = [...new Set((input.ownerEmails ?? []).map((e) => e.trim().toLowerCase()))];
    const owners = emails.length
      ? await sqlRows<{ id: string; email: string }>(
          this.em,
          'select id, lower(email) as email from auth_user where lower(email) = any(?)',
          [emails],
        )
      : [];
    emails.forEach((email, i) => {
      if (!owners.some((o) => o.email === email)) {
        errors.push(
          participationError(Code.INVALID_VALUE, `${email} is not the email of an account`, ['ownerEmails', `${i}`]),
        );
      }
    });
    if (errors.length) return { errors };
    return this.em.transactional(async (em) => {
      const consultation = Object.assign(new ConsultationEntity(), {
        titleAr,
        titleEn,
        summaryAr: trimmed(input.summaryAr),
        summaryEn: trimmed(input.summaryEn),
        ownerKind: input.ownerKind,
        ownerInstitutionId: institutionId,
        governorateCodes: [...new Set(input.governorates ?? [])],
        targetGroupCodes: [...new Set(input.targetGroups ?? [])],
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        answerDueAt: input.answerDueAt,
        createdBy: actor.viewer.userId,
      });
      // no ORM relations between the tables: the consultation is written first, for its sections' foreign keys
      em.persist(consultation);
      await em.flush();
      input.sections.forEach((section, i) =>
        em.persist(
          Object.assign(new ConsultationSectionEntity(), {
            consultationId: consultation.id,
            position: i + 1,
            titleAr: trimmed(section.titleAr),
            titleEn: trimmed(section.titleEn),
            textAr: trimmed(section.textAr),
            textEn: trimmed(section.textEn),
          }),
        ),
      );
      for (const userId of new Set([actor.viewer.userId, ...owners.map((o) => o.id)])) {
        em.persist(Object.assign(new ConsultationOwnerEntity(), { consultationId: consultation.id, userId }));
      }
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'CONSULTATION_CREATED',
        subjectType: 'Consultation',
        subjectId: consultation.id,
        to: 'DRAFT',
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: consultation };
    });
  }

  /** The consultation, locked, when the actor is of its owning team. */
  private async owned(
    em: EntityManager,
    consultationId: string,
    actor: ParticipationActor,
    field = 'consultationId',
  ): Promise<Result<ConsultationEntity>> {
    const consultation = isUuid(consultationId)
      ? await em.findOne(ConsultationEntity, { id: consultationId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!consultation) return fail(Code.CONSULTATION_NOT_FOUND, 'no such consultation', field);
    if (!(await isConsultationOwner(em, consultation.id, actor.viewer.userId))) {
      return fail(Code.NOT_AN_OWNER, "only the consultation's owning team does this", field);
    }
    return { ok: consultation };
  }

  async publish(consultationId: string, actor: ParticipationActor): Promise<Result<ConsultationEntity>> {
    return this.em.transactional(async (em): Promise<Result<ConsultationEntity>> => {
      const found = await this.owned(em, consultationId, actor);
      if ('errors' in found) return found;
      const consultation = found.ok;
      if (consultation.status !== 'DRAFT') return fail(Code.NOT_A_DRAFT, 'it is published already', 'consultationId');
      consultation.status = 'PUBLISHED';
      consultation.publishedAt = new Date();
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'CONSULTATION_PUBLISHED',
        subjectType: 'Consultation',
        subjectId: consultation.id,
        from: 'DRAFT',
        to: 'PUBLISHED',
        requestId: actor.requestId,
      });
      return { ok: consultation };
    });
  }

  /** The organisation may act: it exists, the actor is its editor or owner, it is verified. */
  private async actingOrganization(
    em: EntityManager,
    organizationId: string,
    actor: ParticipationActor,
    field: string,
  ): Promise<ParticipationError[]> {
    const [org] = isUuid(organizationId)
      ? await sqlRows<{ verification_state: string }>(em, 'select verification_state from organization where id = ?', [
          organizationId,
        ])
      : [];
    if (!org) return fail(Code.UNKNOWN_ORGANIZATION, 'is not an organisation', field).errors;
    if (!hasMemberRole(actor.viewer, organizationId, 'EDITOR')) {
      return fail(Code.NOT_AN_EDITOR, 'only its editors and owners act for it', field).errors;
    }
    if (org.verification_state !== 'VERIFIED') {
      return fail(Code.ORGANIZATION_NOT_VERIFIED, 'only verified organisations take part', field).errors;
    }
    return [];
  }

  /** Whether the consultation's open phase runs now, by the database clock (the row is share-locked meanwhile). */
  private async isOpenNow(em: EntityManager, consultationId: string): Promise<boolean> {
    const [row] = await sqlRows<{ open: boolean }>(
      em,
      `select (status = 'PUBLISHED' and opens_at <= clock_timestamp() and clock_timestamp() < closes_at) as open
       from consultation where id = ? for share`,
      [consultationId],
    );
    return row?.open === true;
  }

  private async evidenceOf(
    em: EntityManager,
    evidenceId: string | null | undefined,
    organizationId: string,
  ): Promise<Result<string | null>> {
    if (!evidenceId) return { ok: null };
    const file = isUuid(evidenceId)
      ? await em.findOne(ConsultationFileEntity, { id: evidenceId, organizationId })
      : null;
    if (!file) return fail(Code.EVIDENCE_NOT_FOUND, 'is not an evidence file of the organisation', 'evidenceId');
    return { ok: file.id };
  }

  async contribute(
    input: {
      sectionId: string;
      organizationId: string;
      position: ContributionPositionValue;
      comment: string;
      evidenceId?: string | null;
    },
    actor: ParticipationActor,
  ): Promise<Result<ConsultationContributionEntity>> {
    const section = isUuid(input.sectionId)
      ? await this.em.findOne(ConsultationSectionEntity, { id: input.sectionId })
      : null;
    const consultation = section ? await this.em.findOne(ConsultationEntity, { id: section.consultationId }) : null;
    if (!section || !consultation || consultation.status === 'DRAFT') {
      return fail(Code.SECTION_NOT_FOUND, 'no such section', 'sectionId');
    }
    const orgErrors = await this.actingOrganization(this.em, input.organizationId, actor, 'organizationId');
    if (orgErrors.length) return { errors: orgErrors };
    const comment = trimmed(input.comment);
    if (!comment) return fail(Code.COMMENT_REQUIRED, 'give the reasons for the position', 'comment');
    try {
      return await this.em.transactional(async (em): Promise<Result<ConsultationContributionEntity>> => {
        if (!(await this.isOpenNow(em, consultation.id))) {
          return fail(Code.NOT_OPEN, 'contributions are taken while the consultation is open', 'sectionId');
        }
        const existing = await em.count(ConsultationContributionEntity, {
          sectionId: section.id,
          organizationId: input.organizationId,
        });
        if (existing > 0) {
          return fail(
            Code.ALREADY_CONTRIBUTED,
            'the organisation has contributed to this section: change it instead',
            'sectionId',
          );
        }
        const evidence = await this.evidenceOf(em, input.evidenceId, input.organizationId);
        if ('errors' in evidence) return evidence;
        const contribution = Object.assign(new ConsultationContributionEntity(), {
          consultationId: consultation.id,
          sectionId: section.id,
          organizationId: input.organizationId,
          position: input.position,
          comment,
          evidenceFileId: evidence.ok,
          writtenBy: actor.viewer.userId,
        });
        em.persist(contribution);
        audit(em, {
          actorId: actor.viewer.userId,
          action: 'CONSULTATION_CONTRIBUTION_CREATED',
          subjectType: 'ConsultationContribution',
          subjectId: contribution.id,
          to: input.position,
          requestId: actor.requestId,
        });
        await em.flush();
        return { ok: contribution };
      });
    } catch (error) {
      // the database's guard: one contribution per organisation and section, concurrent ones included
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return fail(
        Code.ALREADY_CONTRIBUTED,
        'the organisation has contributed to this section: change it instead',
        'sectionId',
      );
    }
  }

  async updateContribution(
    input: {
      contributionId: string;
      version: number;
      position?: ContributionPositionValue | null;
      comment?: string | null;
      evidenceId?: string | null;
    },
    actor: ParticipationActor,
  ): Promise<Result<ConsultationContributionEntity>> {
    return this.em.transactional(async (em): Promise<Result<ConsultationContributionEntity>> => {
      const contribution = isUuid(input.contributionId)
        ? await em.findOne(
            ConsultationContributionEntity,
            { id: input.contributionId },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          )
        : null;
      if (!contribution) return fail(Code.CONTRIBUTION_NOT_FOUND, 'no such contribution', 'contributionId');
      const orgErrors = await this.actingOrganization(em, contribution.organizationId, actor, 'contributionId');
      if (orgErrors.length) return { errors: orgErrors };
      if (!(await this.isOpenNow(em, contribution.consultationId))) {
        return fail(Code.NOT_OPEN, 'a contribution changes while the consultation is open', 'contributionId');
      }
      if (contribution.version !== input.version) {
        return fail(Code.STALE_VERSION, 'changed since you read it: read it again', 'version');
      }
      const comment =
        input.comment === undefined || input.comment === null ? contribution.comment : trimmed(input.comment);
      if (!comment) return fail(Code.COMMENT_REQUIRED, 'give the reasons for the position', 'comment');
      let evidenceFileId = contribution.evidenceFileId;
      if (input.evidenceId !== undefined) {
        const evidence = await this.evidenceOf(em, input.evidenceId, contribution.organizationId);
        if ('errors' in evidence) return evidence;
        evidenceFileId = evidence.ok;
      }
      const from = contribution.position;
      Object.assign(contribution, {
        position: input.position ?? contribution.position,
        comment,
        evidenceFileId,
        writtenBy: actor.viewer.userId,
        updatedAt: new Date(),
      });
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'CONSULTATION_CONTRIBUTION_UPDATED',
        subjectType: 'ConsultationContribution',
        subjectId: contribution.id,
        from,
        to: contribution.position,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: contribution };
    });
  }

  async endorse(
    input: { contributionId: string; organizationId: string },
    actor: ParticipationActor,
  ): Promise<Result<ConsultationContributionEntity>> {
    const contribution = isUuid(input.contributionId)
      ? await this.em.findOne(ConsultationContributionEntity, { id: input.contributionId })
      : null;
    if (!contribution) return fail(Code.CONTRIBUTION_NOT_FOUND, 'no such contribution', 'contributionId');
    const orgErrors = await this.actingOrganization(this.em, input.organizationId, actor, 'organizationId');
    if (orgErrors.length) return { errors: orgErrors };
    if (contribution.organizationId === input.organizationId) {
      return fail(Code.OWN_CONTRIBUTION, 'an organisation does not endorse its own contribution', 'organizationId');
    }
    const already = () =>
      fail(Code.ALREADY_ENDORSED, 'the organisation has endorsed this contribution already', 'organizationId');
    try {
      return await this.em.transactional(async (em): Promise<Result<ConsultationContributionEntity>> => {
        if (!(await this.isOpenNow(em, contribution.consultationId))) {
          return fail(Code.NOT_OPEN, 'endorsements are taken while the consultation is open', 'contributionId');
        }
        if (
          (await em.count(ConsultationEndorsementEntity, {
            contributionId: contribution.id,
            organizationId: input.organizationId,
          })) > 0
        ) {
          return already();
        }
        em.persist(
          Object.assign(new ConsultationEndorsementEntity(), {
            contributionId: contribution.id,
            organizationId: input.organizationId,
            endorsedBy: actor.viewer.userId,
          }),
        );
        audit(em, {
          actorId: actor.viewer.userId,
          action: 'CONSULTATION_CONTRIBUTION_ENDORSED',
          subjectType: 'ConsultationContribution',
          subjectId: contribution.id,
          to: input.organizationId,
          requestId: actor.requestId,
        });
        await em.flush();
        return { ok: contribution };
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return already();
    }
  }

  /** Answers and what changed are written in the analysis phase: after closing, before the report. */
  private async inAnalysis(em: EntityManager, consultationId: string): Promise<boolean> {
    const [row] = await sqlRows<{ analysis: boolean }>(
      em,
      `select (status = 'PUBLISHED' and clock_timestamp() >= closes_at) as analysis from consultation where id = ?`,
      [consultationId],
    );
    return row?.analysis === true;
  }

  async answer(
    input: { contributionId: string; answer: ContributionAnswerValue; reason: string },
    actor: ParticipationActor,
  ): Promise<Result<ConsultationContributionEntity>> {
    return this.em.transactional(async (em): Promise<Result<ConsultationContributionEntity>> => {
      const contribution = isUuid(input.contributionId)
        ? await em.findOne(
            ConsultationContributionEntity,
            { id: input.contributionId },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          )
        : null;
      if (!contribution) return fail(Code.CONTRIBUTION_NOT_FOUND, 'no such contribution', 'contributionId');
      const owned = await this.owned(em, contribution.consultationId, actor, 'contributionId');
      if ('errors' in owned) return owned;
      if (!(await this.inAnalysis(em, contribution.consultationId))) {
        return fail(
          Code.NOT_IN_ANALYSIS,
          'contributions are answered after the open phase, before the report',
          'contributionId',
        );
      }
      const reason = trimmed(input.reason);
      if (!reason) return fail(Code.REASON_REQUIRED, 'say why', 'reason');
      const from = contribution.answer;
      Object.assign(contribution, {
        answer: input.answer,
        answerReason: reason,
        answeredBy: actor.viewer.userId,
        answeredAt: new Date(),
      });
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'CONSULTATION_CONTRIBUTION_ANSWERED',
        subjectType: 'ConsultationContribution',
        subjectId: contribution.id,
        from,
        to: input.answer,
        reason,
        requestId: actor.requestId,
      });
      const consultation = owned.ok;
      const section = await em.findOneOrFail(ConsultationSectionEntity, { id: contribution.sectionId });
      const recipients = await sqlRows<{ email: string }>(
        em,
        `select distinct u.email from organization_member m join auth_user u on u.id = m.user_id
         where m.organization_id = ? and m.role in ('OWNER', 'EDITOR') order by u.email`,
        [contribution.organizationId],
      );
      const content = contributionAnsweredEmail(
        {
          consultationAr: consultation.titleAr ?? consultation.titleEn ?? '',
          consultationEn: consultation.titleEn ?? consultation.titleAr ?? '',
          sectionAr: section.titleAr ?? section.titleEn ?? '',
          sectionEn: section.titleEn ?? section.titleAr ?? '',
          answer: input.answer,
          reason,
          consultationUuid: consultation.id,
        },
        this.portalUrl,
      );
      for (const { email } of recipients) {
        await this.outbox.enqueue(em, email, 'CONSULTATION_CONTRIBUTION_ANSWERED', content);
      }
      await em.flush();
      return { ok: contribution };
    });
  }

  async sectionChangesSet(
    input: { sectionId: string; whatChangedAr?: string | null; whatChangedEn?: string | null },
    actor: ParticipationActor,
  ): Promise<Result<ConsultationSectionEntity>> {
    return this.em.transactional(async (em): Promise<Result<ConsultationSectionEntity>> => {
      const section = isUuid(input.sectionId)
        ? await em.findOne(ConsultationSectionEntity, { id: input.sectionId })
        : null;
      if (!section) return fail(Code.SECTION_NOT_FOUND, 'no such section', 'sectionId');
      const owned = await this.owned(em, section.consultationId, actor, 'sectionId');
      if ('errors' in owned) return owned;
      if (!(await this.inAnalysis(em, section.consultationId))) {
        return fail(
          Code.NOT_IN_ANALYSIS,
          'what changed is written after the open phase, before the report',
          'sectionId',
        );
      }
      section.whatChangedAr = trimmed(input.whatChangedAr);
      section.whatChangedEn = trimmed(input.whatChangedEn);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'CONSULTATION_SECTION_CHANGES_SET',
        subjectType: 'ConsultationSection',
        subjectId: section.id,
        requestId: actor.requestId,
      });
      return { ok: section };
    });
  }

  async reportPublish(consultationId: string, actor: ParticipationActor): Promise<Result<ConsultationEntity>> {
    return this.em.transactional(async (em): Promise<Result<ConsultationEntity>> => {
      const found = await this.owned(em, consultationId, actor);
      if ('errors' in found) return found;
      const consultation = found.ok;
      if (!(await this.inAnalysis(em, consultation.id))) {
        return fail(Code.NOT_IN_ANALYSIS, 'the report is published after the open phase, once', 'consultationId');
      }
      const unanswered = await em.count(ConsultationContributionEntity, {
        consultationId: consultation.id,
        answer: null,
      });
      if (unanswered > 0) {
        return fail(Code.ANSWERS_MISSING, `${unanswered} contributions have no answer yet`, 'consultationId');
      }
      consultation.status = 'ANSWERED';
      consultation.answeredAt = new Date();
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'CONSULTATION_REPORT_PUBLISHED',
        subjectType: 'Consultation',
        subjectId: consultation.id,
        from: 'PUBLISHED',
        to: 'ANSWERED',
        requestId: actor.requestId,
      });
      return { ok: consultation };
    });
  }

  async scorecardSubmit(
    input: {
      consultationId: string;
      organizationId: string;
      governorate: string;
      quarter: string;
      delivered: ScorecardDeliveryValue;
      evidenceNote: string;
    },
    actor: ParticipationActor,
  ): Promise<Result<PolicyScorecardEntryEntity>> {
    const consultation = isUuid(input.consultationId)
      ? await this.em.findOne(ConsultationEntity, { id: input.consultationId })
      : null;
    if (!consultation || consultation.status === 'DRAFT') {
      return fail(Code.CONSULTATION_NOT_FOUND, 'no such consultation', 'consultationId');
    }
    const orgErrors = await this.actingOrganization(this.em, input.organizationId, actor, 'organizationId');
    if (orgErrors.length) return { errors: orgErrors };
    if (consultation.status !== 'ANSWERED') {
      return fail(Code.NOT_ADOPTED, 'only a consultation whose report is published is monitored', 'consultationId');
    }
    const lists = await cachedCodeLists(this.em);
    if (!lists.governorates.has(input.governorate)) {
      return fail(Code.UNKNOWN_GOVERNORATE, `${input.governorate} is not a governorate code`, 'governorate');
    }
    if (consultation.governorateCodes.length > 0 && !consultation.governorateCodes.includes(input.governorate)) {
      return fail(Code.NOT_CONCERNED, 'the consultation does not concern this governorate', 'governorate');
    }
    if (!/^\d{4}-Q[1-4]$/.test(input.quarter)) {
      return fail(Code.INVALID_VALUE, 'is a quarter such as 2027-Q1', 'quarter');
    }
    const note = trimmed(input.evidenceNote);
    if (!note) return fail(Code.EVIDENCE_NOTE_REQUIRED, 'say what the answer rests on', 'evidenceNote');
    return this.em.transactional(async (em) => {
      // one answer per organisation, governorate and quarter: a second one replaces the first
      const [row] = await sqlRows<{ id: string }>(
        em,
        `insert into policy_scorecard_entry
           (id, consultation_id, organization_id, governorate_code, quarter, delivered, evidence_note, written_by)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?)
         on conflict (consultation_id, organization_id, governorate_code, quarter)
         do update set delivered = excluded.delivered, evidence_note = excluded.evidence_note,
                       written_by = excluded.written_by, updated_at = now()
         returning id`,
        [
          consultation.id,
          input.organizationId,
          input.governorate,
          input.quarter,
          input.delivered,
          note,
          actor.viewer.userId,
        ],
      );
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'POLICY_SCORECARD_SUBMITTED',
        subjectType: 'Consultation',
        subjectId: consultation.id,
        to: input.delivered,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: await em.findOneOrFail(PolicyScorecardEntryEntity, { id: row!.id }) };
    });
  }
}
