/**
 * Attachments: an editor of the lead or of a co-applicant attaches a file for each document the call requires while
 * the application is a draft (a later upload replaces it); officers attach the call's guidelines document. The files
 * are stored before (attachment.routes.ts); the row and the audit event are written in one transaction.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../../common/audit/audit.js';
import { isOfficer, type Viewer } from '../../../common/auth/viewer.js';
import type { StoredMediaType } from '../../../common/files/stored-files.js';
import { isUuid } from '../../../common/relay/global-id.js';
import { canEditApplication, canSeeApplication } from '../application.service.js';
import type { GrantActor } from '../call.service.js';
import { GrantApplicationEntity, GrantApplicationPartnerEntity, GrantCallEntity } from '../grants.entities.js';
import { GrantErrorCode as Code, grantError, type GrantError } from '../grants.errors.js';
import { GrantApplicationAttachmentEntity, GrantCallGuidelinesDocumentEntity } from './attachment.entities.js';

export interface StoredUpload {
  storageKey: string;
  sizeBytes: number;
  mediaType: StoredMediaType;
}

type Result<T> = { ok: T } | { errors: GrantError[] };
const fail = (code: Code, message: string, field: string): { errors: GrantError[] } => ({
  errors: [grantError(code, message, field)],
});

/** Whether the viewer reads an application's attachments: whoever sees the application. */
export async function canReadAttachments(
  em: EntityManager,
  viewer: Viewer | null,
  applicationId: string,
): Promise<boolean> {
  const application = await em.findOne(GrantApplicationEntity, { id: applicationId });
  if (!application) return false;
  const partners = await em.find(GrantApplicationPartnerEntity, { applicationId });
  return canSeeApplication(em, viewer, application, partners);
}

export class GrantAttachmentService {
  constructor(private readonly em: EntityManager) {}

  /** Attaches (or replaces) the file for one of the call's required documents on a draft. */
  async attach(
    applicationId: string,
    documentCode: string,
    file: StoredUpload,
    actor: GrantActor,
  ): Promise<Result<GrantApplicationAttachmentEntity>> {
    return this.em.transactional(async (em) => {
      const application = isUuid(applicationId)
        ? await em.findOne(GrantApplicationEntity, { id: applicationId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      const partners = application ? await em.find(GrantApplicationPartnerEntity, { applicationId }) : [];
      if (!application || !(await canSeeApplication(em, actor.viewer, application, partners))) {
        return fail(Code.APPLICATION_NOT_FOUND, 'no such application', 'applicationId');
      }
      if (!canEditApplication(actor.viewer, application, partners)) {
        return fail(Code.NOT_A_MEMBER, "only the applicants' editors and owners attach documents", 'applicationId');
      }
      if (application.status !== 'DRAFT') {
        return fail(Code.NOT_EDITABLE, `it is ${application.status.toLowerCase()}`, 'applicationId');
      }
      const call = await em.findOneOrFail(GrantCallEntity, { id: application.callId });
      if (!call.requiredDocuments.some((d) => d.code === documentCode)) {
        return fail(Code.UNKNOWN_DOCUMENT, 'the call does not ask for this document', 'documentCode');
      }
      let row = await em.findOne(GrantApplicationAttachmentEntity, { applicationId, documentCode });
      const replaced = row !== null;
      row ??= Object.assign(new GrantApplicationAttachmentEntity(), { applicationId, documentCode });
      Object.assign(row, { ...file, uploadedBy: actor.viewer.userId, uploadedAt: new Date() });
      em.persist(row);
      audit(em, {
        actorId: actor.viewer.userId,
        action: replaced ? 'GRANT_APPLICATION_ATTACHMENT_REPLACED' : 'GRANT_APPLICATION_ATTACHMENT_UPLOADED',
        subjectType: 'GrantApplication',
        subjectId: application.id,
        from: application.status,
        to: application.status,
        reason: documentCode,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: row };
    });
  }

  /** Attaches (or replaces) a call's guidelines document: officers only, before the call closes. */
  async attachGuidelines(
    callId: string,
    file: Omit<StoredUpload, 'mediaType'>,
    actor: GrantActor,
  ): Promise<Result<GrantCallGuidelinesDocumentEntity>> {
    return this.em.transactional(async (em) => {
      const call = isUuid(callId)
        ? await em.findOne(GrantCallEntity, { id: callId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!call || !isOfficer(actor.viewer)) return fail(Code.CALL_NOT_FOUND, 'no such call', 'callId');
      if (call.status === 'CLOSED') return fail(Code.CALL_NOT_PUBLISHED, 'the call is closed', 'callId');
      let row = await em.findOne(GrantCallGuidelinesDocumentEntity, { callId });
      const replaced = row !== null;
      row ??= Object.assign(new GrantCallGuidelinesDocumentEntity(), { callId });
      Object.assign(row, { ...file, uploadedBy: actor.viewer.userId, uploadedAt: new Date() });
      em.persist(row);
      audit(em, {
        actorId: actor.viewer.userId,
        action: replaced ? 'GRANT_CALL_GUIDELINES_REPLACED' : 'GRANT_CALL_GUIDELINES_UPLOADED',
        subjectType: 'GrantCall',
        subjectId: call.id,
        from: call.status,
        to: call.status,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: row };
    });
  }
}
