import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import { sqlRows } from '../../database/sql.js';
import {
  GrantApplicationEntity,
  GrantApplicationPartnerEntity,
  GrantCallEntity,
  GrantCallQuestionAskedEntity,
  GrantCallQuestionEntity,
} from './grants.entities.js';

/**
 * What the grants module holds about a person: the applications they started and the participations they confirmed
 * for their organisation or institution (calls and answers officers wrote, by id). Applications belong to their
 * organisations: erasure leaves them, no longer naming who started or confirmed them. Screening hits name key
 * people of applicant organisations (their contacts, not accounts): only officers ever read them; the officer's
 * own screening decisions and the attachments they uploaded are exported, and erasure keeps the decisions without naming who made them.
 */
export const grantsPersonalData: PersonalDataSection = {
  holder: 'grants',
  async export(em, person) {
    const decisions = await sqlRows<Record<string, unknown>>(
      em,
      `select id, application_id, status, reason, decided_at from grant_screening_hit where decided_by = ?
       order by decided_at, id`,
      [person.userId],
    );
    const asked = await em.find(
      GrantCallQuestionAskedEntity,
      { askedBy: person.userId },
      { orderBy: { askedAt: 'asc', id: 'asc' } },
    );
    const [started, confirmed] = await Promise.all([
      em.find(GrantApplicationEntity, { createdBy: person.userId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(GrantApplicationPartnerEntity, { confirmedBy: person.userId }, { orderBy: { applicationId: 'asc' } }),
    ]);
    return {
      grantApplicationsStarted: started.map((a) => ({
        id: a.id,
        call_id: a.callId,
        lead_organization_id: a.leadOrganizationId,
        status: a.status,
        receipt_number: a.receiptNumber,
        created_at: a.createdAt,
      })),
      grantParticipationsConfirmed: confirmed.map((p) => ({
        application_id: p.applicationId,
        role: p.role,
        organization_id: p.organizationId,
        institution_id: p.institutionId,
        confirmed_at: p.confirmedAt,
      })),
      grantScreeningDecisions: decisions,
      grantAttachmentsUploaded: await sqlRows<Record<string, unknown>>(
        em,
        `select id, application_id, document_code, media_type, size_bytes, uploaded_at
         from grant_application_attachment where uploaded_by = ? order by uploaded_at, id`,
        [person.userId],
      ),
      grantCallQuestionsAsked: asked.map((q) => ({
        id: q.id,
        call_id: q.callId,
        question_ar: q.questionAr,
        question_en: q.questionEn,
        asked_at: q.askedAt,
        answered_at: q.answeredAt,
      })),
    };
  },
  async erase(em, person) {
    await em.nativeUpdate(GrantApplicationEntity, { createdBy: person.userId }, { createdBy: null });
    await em.nativeUpdate(GrantApplicationPartnerEntity, { confirmedBy: person.userId }, { confirmedBy: null });
    await em.nativeUpdate(GrantCallEntity, { createdBy: person.userId }, { createdBy: null });
    await em.nativeUpdate(GrantCallQuestionEntity, { publishedBy: person.userId }, { publishedBy: null });
    await em.nativeUpdate(GrantCallQuestionAskedEntity, { askedBy: person.userId }, { askedBy: null });
    await em.execute('update grant_screening_hit set decided_by = null where decided_by = ?', [person.userId]);
    await em.execute('update grant_screening_dismissal set dismissed_by = null where dismissed_by = ?', [
      person.userId,
    ]);
    await em.execute('update grant_screening_list set imported_by = null where imported_by = ?', [person.userId]);
    // the files belong to the application (its organisations): they stay, no longer naming who uploaded them
    await em.execute('update grant_application_attachment set uploaded_by = null where uploaded_by = ?', [
      person.userId,
    ]);
    await em.execute('update grant_call_guidelines_document set uploaded_by = null where uploaded_by = ?', [
      person.userId,
    ]);
  },
};
